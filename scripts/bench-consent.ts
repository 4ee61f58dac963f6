/**
 * npm run bench:consent — Candor and autoconsent alone (the peer: DuckDuckGo's own reference
 * extension shipped in node_modules/@duckduckgo/autoconsent/dist/addon-mv3, autoAction optOut),
 * each in its own fresh Chromium, over the same fixture pages in the same run. Default
 * preferences for Candor (reject everything non-essential).
 *
 * Per page and in total, for each: detected (the tool says it saw the banner), verified-rejected
 * (the platform's *own* stored consent reads as reject-all, checked by this script the same way for
 * both), accept clicks (clicks on the fixture's marked accept controls), and the median ms from the
 * banner appearing in the page (the fixture's own MutationObserver) to the stored state first
 * reading rejected (polled by this script).
 *
 * Options: --runs N (default 1: each page N times per tool), --timeout ms (per page, default 15000),
 * --cold (stop the tool's service worker before each page, as Chromium does after 30 s idle: the
 * page then waits for the worker to start, as on a person's first page in a while).
 */
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { ensureBuilt } from './lib/ensure-build';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './lib/launch';
import { createReportReader, tabIdOf } from './lib/report-reader';
import { serveDirectory, type StaticServer } from './lib/static-server';
import { stopServiceWorker } from '../tests/e2e/support/service-worker';
import {
  CONSENT_PAGES,
  CONSENT_PAGES_DIR,
  SOURCEPOINT_CMP_DIR,
  acceptClicks,
  type ConsentPage,
} from '../tests/fixtures/pages/consent-platforms/catalog';

const ROOT = resolve(import.meta.dirname, '..');
const PEER_DIR = resolve(ROOT, 'node_modules/@duckduckgo/autoconsent/dist/addon-mv3');

/** The home-made demo banner ("拒绝"), which no catalogue knows: Candor's heuristic layer. */
const DEMO_PAGE: ConsentPage & { path: string; instrument: () => void } = {
  name: 'Home-made banner, demo news page (zh/en)',
  file: '',
  path: '/demo-news/index.html',
  cmp: /.*/,
  read: async (page) => {
    const value = await page.evaluate(() => document.cookie.match(/(?:^|; )tidewire_consent=([^;]*)/)?.[1] ?? null);
    return value ? [value] : null;
  },
  expected: { reject: ['rejected'], mixed: ['rejected'] },
  mixedOutcome: 'rejected',
  // The demo page is not a consent-platform fixture: the same instrumentation as guard.js, added here.
  instrument: () => {
    const state = { acceptClicks: [] as string[], bannerAt: null as number | null };
    (window as { __consentFixture?: typeof state }).__consentFixture = state;
    addEventListener('click', (e) => {
      if ((e.target as Element | null)?.closest?.('[data-consent="accept"]')) state.acceptClicks.push('accept');
    }, true);
    new MutationObserver(() => {
      const banner = document.getElementById('cookie-banner');
      if (banner && !banner.hidden && state.bannerAt === null) state.bannerAt = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  },
};

interface Row {
  detected: boolean;
  rejected: boolean;
  acceptClicks: number;
  ms: number | null;
}

type Tool = 'candor' | 'autoconsent';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

/** Whether the tool itself says it found a banner on this page. */
async function detectedBy(tool: Tool, extension: ExtensionBrowser, page: Page, reportOf: ReturnType<typeof createReportReader>) {
  if (tool === 'candor') {
    const consent = (await reportOf(page))?.consent;
    return !!consent && consent.outcome !== 'none';
  }
  // autoconsent's reference extension keeps each frame's last lifecycle report in storage.session.
  const worker = await extension.serviceWorker();
  const tabId = await tabIdOf(worker, page.url());
  return worker.evaluate(async (id) => {
    const key = `reports-${id}`;
    const reports = ((await chrome.storage.session.get(key))[key] ?? {}) as Record<string, { state?: { detectedPopups?: string[] } }>;
    return Object.values(reports).some((r) => (r?.state?.detectedPopups?.length ?? 0) > 0);
  }, tabId);
}

async function measure(
  tool: Tool,
  extension: ExtensionBrowser,
  context: BrowserContext,
  url: string,
  fixture: ConsentPage,
  timeout: number,
  reportOf: ReturnType<typeof createReportReader>,
  cold: boolean,
): Promise<Row> {
  const page = await context.newPage();
  if (cold) await stopServiceWorker(context, page, extension.extensionId);
  if ('instrument' in fixture && typeof fixture.instrument === 'function') await page.addInitScript(fixture.instrument as () => void);
  await page.goto(url);
  const end = Date.now() + timeout;
  let rejectedAt: number | null = null;
  let state: string[] | null = null;
  while (Date.now() < end) {
    state = await fixture.read(page).catch(() => null);
    if (state !== null) {
      if (JSON.stringify(state) === JSON.stringify(fixture.expected.reject)) rejectedAt = await page.evaluate(() => performance.now());
      break;
    }
    await page.waitForTimeout(50);
  }
  // Give the tool a moment to report after the platform stored the choice.
  await page.waitForTimeout(tool === 'candor' ? 1500 : 500);
  const bannerAt = await page.evaluate(() => (window as { __consentFixture?: { bannerAt: number | null } }).__consentFixture?.bannerAt ?? null);
  const row: Row = {
    detected: await detectedBy(tool, extension, page, reportOf).catch(() => false),
    rejected: rejectedAt !== null,
    acceptClicks: (await acceptClicks(page)).length,
    ms: rejectedAt !== null && bannerAt !== null ? Math.max(0, Math.round(rejectedAt - bannerAt)) : null,
  };
  await page.close();
  return row;
}

const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
};

async function runTool(
  tool: Tool,
  pages: (ConsentPage & { path?: string; instrument?: () => void })[],
  servers: { main: StaticServer; cmp: StaticServer },
  runs: number,
  timeout: number,
  cold: boolean,
) {
  const extension = await launchWithExtension({ extensionDir: tool === 'candor' ? EXTENSION_DIR : PEER_DIR });
  const reportOf = createReportReader(extension);
  const rows = new Map<string, Row[]>();
  try {
    if (tool === 'autoconsent') {
      // Its onInstalled handler stores the rules and the config; make the opt-out choice explicit.
      const worker = await extension.serviceWorker();
      await worker.evaluate(async () => {
        for (let i = 0; i < 50 && !(await chrome.storage.local.get('rules')).rules; i++) await new Promise((d) => setTimeout(d, 100));
        const { config } = await chrome.storage.local.get('config');
        await chrome.storage.local.set({ config: { ...(config ?? {}), autoAction: 'optOut' } });
      });
    }
    let site = 0;
    for (let run = 0; run < runs; run++) {
      for (const fixture of pages) {
        const query = fixture.needsCmpOrigin
          ? `?cmp=${encodeURIComponent(servers.cmp.url('/', 'cmp.candor.test').slice(0, -1))}`
          : '';
        // A fresh site per visit, so no stored choice carries over.
        const url = servers.main.url(`${fixture.path ?? `/consent-platforms/${fixture.file}`}${query}`, `b${site++}.candor.test`);
        const row = await measure(tool, extension, extension.context, url, fixture, timeout, reportOf, cold);
        rows.set(fixture.name, [...(rows.get(fixture.name) ?? []), row]);
      }
    }
  } finally {
    await extension.close();
  }
  return rows;
}

function summarize(rows: Row[]) {
  return {
    detected: rows.filter((r) => r.detected).length,
    rejected: rows.filter((r) => r.rejected).length,
    clicks: rows.reduce((sum, r) => sum + r.acceptClicks, 0),
    ms: median(rows.flatMap((r) => (r.ms === null ? [] : [r.ms]))),
    n: rows.length,
  };
}

async function main(): Promise<void> {
  const runs = argument('runs', 1);
  const timeout = argument('timeout', 15_000);
  const cold = process.argv.includes('--cold');
  if (!process.env.CANDOR_EXTENSION_DIR) ensureBuilt();
  const main = await serveDirectory(resolve(ROOT, 'tests/fixtures/pages'), { '/node_modules/': resolve(ROOT, 'node_modules') });
  const cmp = await serveDirectory(SOURCEPOINT_CMP_DIR, { '/shared/': CONSENT_PAGES_DIR });
  const pages = [...CONSENT_PAGES, DEMO_PAGE];
  try {
    // Same pages, same run, one tool after the other (each in a fresh browser and profile).
    const candor = await runTool('candor', pages, { main, cmp }, runs, timeout, cold);
    const peer = await runTool('autoconsent', pages, { main, cmp }, runs, timeout, cold);
    const cell = (s: ReturnType<typeof summarize>) =>
      `${s.detected}/${s.n} det, ${s.rejected}/${s.n} rej, ${s.clicks} acc, ${s.ms === null ? '–' : `${s.ms} ms`}`;
    const width = Math.max(...pages.map((p) => p.name.length));
    console.log(`${'page'.padEnd(width)} | ${'candor'.padEnd(38)} | autoconsent (optOut)`);
    console.log(`${'-'.repeat(width)}-+-${'-'.repeat(38)}-+-${'-'.repeat(38)}`);
    for (const page of pages) {
      console.log(`${page.name.padEnd(width)} | ${cell(summarize(candor.get(page.name)!)).padEnd(38)} | ${cell(summarize(peer.get(page.name)!))}`);
    }
    const all = (tool: Map<string, Row[]>) => summarize([...tool.values()].flat());
    console.log(`${'-'.repeat(width)}-+-${'-'.repeat(38)}-+-${'-'.repeat(38)}`);
    console.log(`${'total'.padEnd(width)} | ${cell(all(candor)).padEnd(38)} | ${cell(all(peer))}`);
    console.log(
      'det = the tool reported the banner; rej = the platform\'s own stored consent reads reject-all; acc = clicks on accept controls; ms = median from banner shown to stored reject.',
    );
    if (cold) console.log('--cold: each page loaded with the tool\'s service worker stopped first.');
  } finally {
    await main.close();
    await cmp.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:consent: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
