/**
 * bench:ai-labels — what one AI-disclosure scan costs per page, in Chromium.
 *
 *   npm run --silent bench:ai-labels -- [corpus-dir] [--limit n] [--runs n]
 *
 * corpus-dir defaults to ../shared/corpus/articles (skipped with a message when absent). Each
 * page is served on loopback (every other request is aborted, so pages load as captured) and
 * opened in a fresh tab of Chromium. The detector is bundled with esbuild from
 * utils/ai-labels/detect.ts — the code the content script runs — and evaluated in the page after
 * DOMContentLoaded. "cold" is the first scan in the page's new JavaScript context (it includes
 * compiling the phrase table's regular expressions, as the content script does on every page
 * load); "warm" is the median of the next runs (the idle-time rescans). Each scan runs as one task
 * and is timed in main-thread CPU time (CDP Performance `TaskDuration` in thread ticks, read
 * before and after it), so a loaded machine does not inflate it; the load average is printed too.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { bundleForPage, corpusPageIds, quantile } from './lib/corpus-bench';
import { findChromium } from './lib/find-browser';
import { CHROMIUM_FLAGS } from './lib/launch';
import { serveDirectory } from './lib/static-server';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const corpus = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? join(root, '../shared/corpus/articles'));
const limit = option('--limit', Infinity);
const runs = Math.max(1, option('--runs', 5));

if (!existsSync(corpus)) {
  console.log(`bench:ai-labels skipped: no corpus at ${corpus} (it lives in ../shared, which a plain clone does not have).`);
  process.exit(0);
}

const ids = corpusPageIds(corpus, limit);

const bundle = await bundleForPage(`import { findAiDisclosures } from './utils/ai-labels/detect';
  import { AI_PHRASES } from './utils/ai-labels/phrases';
  window.__candorScan = () => findAiDisclosures(document, AI_PHRASES);`);

const fmt = (n: number) => n.toFixed(1).padStart(7);

const server = await serveDirectory(corpus);
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
const context = await browser.newContext();
await context.route('**/*', (route) =>
  new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
);

const cold: number[] = [];
const warm: number[] = [];
let findings = 0;
console.log(`page${' '.repeat(13)}  cold ms  warm ms  findings  elements   (main-thread CPU)`);
for (const id of ids) {
  const page = await context.newPage();
  try {
    await page.goto(server.url(`/${id}/page.html`), { waitUntil: 'domcontentloaded', timeout: 20_000 });
    await page.addScriptTag({ content: bundle });
    // Main-thread CPU (thread time) of each scan, from CDP's task metrics around it: a loaded
    // machine stretches wall-clock time, not this.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const taskSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    const times: number[] = [];
    let found = 0;
    for (let run = 0; run <= runs; run++) {
      const before = await taskSeconds();
      // A string, not a function: tsx would inject helpers the page does not have.
      found = (await page.evaluate('window.__candorScan().length')) as number;
      times.push(((await taskSeconds()) - before) * 1000);
    }
    const result = { times, found, elements: (await page.evaluate('document.getElementsByTagName("*").length')) as number };
    await cdp.detach();
    const [first, ...rest] = result.times;
    cold.push(first!);
    warm.push(quantile(rest, 0.5));
    findings += result.found;
    console.log(`${id.slice(0, 16)}  ${fmt(first!)}  ${fmt(quantile(rest, 0.5))}  ${String(result.found).padStart(8)}  ${String(result.elements).padStart(8)}`);
  } catch (error) {
    console.log(`${id.slice(0, 16)}  failed: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
}
await browser.close();
await server.close();

const summary = (name: string, values: number[]) =>
  `${name}: mean ${(values.reduce((a, b) => a + b, 0) / values.length).toFixed(1)} ms, median ${quantile(values, 0.5).toFixed(1)} ms, p90 ${quantile(values, 0.9).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;
console.log(`\n${cold.length} pages, ${runs} warm runs each, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(summary('cold (first scan in a new page context)', cold));
console.log(summary('warm (rescan, median per page)', warm));
console.log(`findings on corpus pages: ${findings}`);
