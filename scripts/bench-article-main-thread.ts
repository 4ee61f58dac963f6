/**
 * bench:article-main-thread — what the article scan costs the page's main thread in Chromium.
 *
 *   npm run --silent bench:article-main-thread -- ../shared/corpus/articles [--limit n]
 *
 * Method: each corpus page is served on loopback (every other request is aborted, so pages load
 * as captured) and opened in a fresh tab of /usr/bin/chromium. The extractor is bundled with esbuild
 * from utils/article/detect.ts — the same code the content script runs — and evaluated in the page
 * after DOMContentLoaded, cold (a new JavaScript context per page, as a content script is). The timed work is
 * exactly what the feature does in its idle callback — `document.cloneNode(true)` then
 * `detectArticle(clone)` — run as one page task (setTimeout) and timed with performance.now(); a
 * PerformanceObserver for 'longtask' records every main-thread task over 50 ms meanwhile. Plain
 * Readability (clone + parse) is timed the same way in the same page, as a reference, the order
 * alternating between pages. Wall-clock figures include any preemption by other processes on the
 * machine, so the load average is printed with them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { findChromium } from './lib/find-browser';
import { CHROMIUM_FLAGS } from './lib/launch';
import { serveDirectory } from './lib/static-server';

const root = resolve(import.meta.dirname, '..');

async function bundle(entry: string): Promise<string> {
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
    alias: { '@': root },
  });
  return out.outputFiles[0]!.text;
}

interface Sample {
  ms: number;
  longTasks: number[];
}

/**
 * Runs `work` (an expression using `clone`) in the page as one task of its own event loop (a
 * setTimeout callback, as the feature's idle callback is), with a long-task observer around it.
 */
async function measure(page: Page, work: string): Promise<Sample> {
  const ms = await page.evaluate(`new Promise((done) => {
    window.__longTasks = [];
    window.__observer?.disconnect();
    window.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    });
    window.__observer.observe({ type: 'longtask' });
    setTimeout(() => {
      const start = performance.now();
      const clone = document.cloneNode(true);
      ${work};
      done(performance.now() - start);
    }, 0);
  })`);
  // Long-task entries are delivered after the task ends: give the observer a moment.
  const longTasks = await page.evaluate(
    () => new Promise<number[]>((done) => setTimeout(() => done((window as unknown as { __longTasks: number[] }).__longTasks), 100)),
  );
  return { ms: ms as number, longTasks };
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  const limitAt = args.indexOf('--limit');
  if (!dir || !existsSync(dir)) {
    console.error('usage: npm run --silent bench:article-main-thread -- <corpus-dir> [--limit n]');
    process.exit(2);
  }
  let ids = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'page.html')))
    .map((e) => e.name)
    .sort();
  if (limitAt >= 0) ids = ids.slice(0, Number(args[limitAt + 1]));
  const candor = await bundle("import { detectArticle } from './utils/article/detect'; (window as any).__candorDetect = detectArticle;");
  const readability = await bundle("import { Readability } from '@mozilla/readability'; (window as any).__Readability = Readability;");
  const server = await serveDirectory(dir);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  let version = '';
  const rows: { id: string; candor: Sample; readability: Sample; found: boolean }[] = [];
  try {
    for (const [index, id] of ids.entries()) {
      const page = await context.newPage();
      await page.goto(server.url(`/${id}/page.html`), { waitUntil: 'domcontentloaded', timeout: 60_000 }).catch(() => undefined);
      await page.evaluate(candor);
      await page.evaluate(readability);
      // Both run cold in the same page; alternate which goes first so warm caches favour neither.
      const runCandor = () => measure(page, 'window.__found = !!window.__candorDetect(clone)');
      const runReadability = () => measure(page, 'new window.__Readability(clone).parse()');
      const [ours, plain] =
        index % 2 ? [await runCandor(), await runReadability()] : (([b, a]) => [a, b])([await runReadability(), await runCandor()]);
      const found = (await page.evaluate('window.__found')) as boolean;
      await page.close();
      rows.push({ id, candor: ours!, readability: plain!, found });
    }
  } finally {
    version = browser.version();
    await browser.close();
    await server.close();
  }
  const f = (x: number) => x.toFixed(1);
  const summary = (name: string, xs: number[]) =>
    `${name.padEnd(12)} ms/page median ${f(quantile(xs, 0.5))}  p90 ${f(quantile(xs, 0.9))}  max ${f(Math.max(...xs))}`;
  const ours = rows.map((r) => r.candor.ms);
  console.log(
    `pages ${rows.length} (${dir}), Chromium ${version}, cold run per page, clone + extraction; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
  );
  console.log(summary('candor', ours));
  console.log(summary('readability', rows.map((r) => r.readability.ms)));
  const sorted = [...rows].sort((a, b) => a.candor.ms - b.candor.ms);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const over = median.candor.longTasks.filter((d) => d > 50);
  console.log(
    `median page ${median.id.slice(0, 12)}: candor ${f(median.candor.ms)} ms, long tasks > 50 ms: ${over.length}${over.length ? ` (${over.map(f).join(', ')} ms)` : ''}`,
  );
  const withLong = rows.filter((r) => r.candor.longTasks.some((d) => d > 50)).length;
  console.log(`pages with a long task > 50 ms during the scan: ${withLong} of ${rows.length}; articles found: ${rows.filter((r) => r.found).length}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
