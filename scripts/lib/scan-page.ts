import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { PageReport } from '../../utils/report/schema';
import { ensureBuilt } from './ensure-build';
import { launchWithExtension } from './launch';
import { createReportReader } from './report-reader';
import { serveDirectory, type StaticServer } from './static-server';

export interface ScanOptions {
  target: string;
  screenshot?: string;
  /** Minimum time to watch the page after it loads, in ms. */
  waitMs: number;
  /** Hard limit for the whole scan after navigation starts, in ms. */
  timeoutMs: number;
  /**
   * What the report must hold before the scan may end (until the timeout), on a page known to have
   * it: a quiet second is not enough for a cookie banner, whose answer comes after the platforms'
   * grace time and the check that the banner stays gone, often a second after the rest settled.
   */
  expect?: (report: PageReport) => boolean;
}

/** How long the report must stay unchanged before the scan counts as settled. */
const SETTLE_MS = 1000;
const POLL_MS = 200;

/** Scrolls down one screen at a time, as a reader would, so lazy content loads; then back up. */
async function readThrough(page: Page, deadline: number): Promise<void> {
  for (let step = 0; step < 40 && Date.now() < deadline; step++) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.9);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(120);
    if (atBottom) break;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Serves a local file's folder on loopback (content scripts do not run on file:// pages). */
async function resolveTarget(target: string): Promise<{ url: string; server?: StaticServer }> {
  const path = resolve(target);
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) {
      const server = await serveDirectory(path);
      return { url: server.url('/'), server };
    }
    const server = await serveDirectory(dirname(path));
    return { url: server.url(`/${encodeURIComponent(basename(path))}`), server };
  }
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new Error(`no such file, and not a URL: ${target}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`only http(s) URLs can be scanned: ${target}`);
  return { url: url.href };
}

/**
 * The scan behind the CLI and the demo: loads the target in Chromium with Candor, reads it
 * through once, watches for at least `waitMs`, then returns the report as soon as it has been
 * unchanged for a second (and holds what `expect` asks for), or whatever it is at the timeout.
 */
export async function scanPage(options: ScanOptions): Promise<PageReport> {
  const { url, server } = await resolveTarget(options.target);
  try {
    ensureBuilt();
  } catch (error) {
    await server?.close();
    throw error;
  }
  const extension = await launchWithExtension().catch((error: Error) => {
    throw new Error(`the browser or the extension failed to start: ${error.message.split('\n')[0]}`);
  });
  try {
    const page = await extension.context.newPage();
    const started = Date.now();
    const deadline = started + options.timeoutMs;
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: options.timeoutMs });
    } catch (error) {
      throw new Error(`could not open ${url}: ${(error as Error).message.split('\n')[0]}`);
    }
    await readThrough(page, deadline);
    const reportOf = createReportReader(extension);
    const watchUntil = started + options.waitMs;
    let last = '';
    let stableSince = Date.now();
    let report: PageReport | null = null;
    // Always read at least once, even when a slow page used up the time before this point.
    do {
      report = await reportOf(page);
      const { scannedAt: _ignored, ...content } = report ?? { scannedAt: '' };
      const key = JSON.stringify(content);
      if (key !== last) {
        last = key;
        stableSince = Date.now();
      } else if (report && Date.now() >= watchUntil && Date.now() - stableSince >= SETTLE_MS && (options.expect?.(report) ?? true)) {
        break;
      }
      await page.waitForTimeout(POLL_MS);
    } while (Date.now() < deadline);
    if (!report) throw new Error('the extension produced no report for the page (did its content script run?)');
    if (options.screenshot) {
      await page.bringToFront();
      await page.screenshot({ path: options.screenshot, fullPage: true });
    }
    return report;
  } finally {
    await extension.close();
    await server?.close();
  }
}
