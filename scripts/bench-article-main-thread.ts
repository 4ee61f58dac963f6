/**
 * bench:article-main-thread — what the article scan costs the page's main thread in Chromium.
 *
 *   npm run --silent bench:article-main-thread -- ../shared/corpus/articles [--limit n]
 *
 * Method: each corpus page is served on loopback (every other request is aborted, so pages load
 * as captured) and opened in a fresh tab of Chromium. The extractor is bundled with esbuild from
 * utils/article/detect.ts — the code the content script runs — and evaluated in the page after
 * DOMContentLoaded, cold (a new JavaScript context per page, as a content script is). The work is
 * run as the feature runs it, as page tasks of their own (setTimeout callbacks, as its idle
 * callbacks are). What the page pays: the copy the content script sends (`pageCopy`, in chunks:
 * utils/article/read-elsewhere.ts) and the JSON serialisation of
 * its chunk messages, a stand-in for `runtime.sendMessage` (bench:copy-transfer times the real
 * sends in a content script); Chromium's offscreen document — Firefox's background page — reads the
 * article from the joined copy, in another process. That reading, `articleFromHtml(copy)`, is timed in the page too,
 * for its cost wherever it runs. The in-page fallback (no answer from the background): task 1
 * `readArticle(document.cloneNode(true))`, task 2 `withHighlights(draft)`.
 * Plain Readability (clone + parse) runs the same way in the same page as a reference, the order
 * alternating between pages. Each task is timed twice: wall clock (performance.now(), and a
 * PerformanceObserver for 'longtask' entries over 50 ms) and CPU time of the renderer's main
 * thread (the task's thread duration in a Chromium trace). Wall time includes preemption by other
 * processes on a busy machine, so the load average is printed; CPU time does not.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { bundleForPage, corpusPageIds, quantile, type TraceEvent } from './lib/corpus-bench';
import { findChromium } from './lib/find-browser';
import { CHROMIUM_FLAGS } from './lib/launch';
import { serveDirectory } from './lib/static-server';

interface Sample {
  /** Wall-clock milliseconds of the task's work. */
  ms: number;
  /** CPU milliseconds of the renderer main thread for the task. */
  cpuMs: number;
  /** Long tasks (> 50 ms wall) the Long Tasks API reported meanwhile. */
  longTasks: number[];
}

/**
 * Runs `work` (a statement) in the page as one task of its own event loop, with a long-task
 * observer and a trace around it; returns wall and main-thread CPU milliseconds of that task.
 */
async function measure(browser: Browser, page: Page, work: string): Promise<Sample> {
  await browser.startTracing(page, { categories: ['toplevel', '__metadata'] });
  const ms = await page.evaluate(`new Promise((done) => {
    window.__longTasks = [];
    window.__observer?.disconnect();
    window.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    });
    window.__observer.observe({ type: 'longtask' });
    setTimeout(() => {
      const start = performance.now();
      ${work};
      done(performance.now() - start);
    }, 0);
  })`);
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  // The page does nothing else meanwhile (its requests are aborted), so the longest top-level task
  // on a renderer main thread is the one that ran `work`.
  const task = events
    .filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`) && e.tdur !== undefined)
    .reduce<TraceEvent | undefined>((longest, e) => (!longest || e.dur! > longest.dur! ? e : longest), undefined);
  // Long-task entries are delivered after the task ends: give the observer a moment.
  const longTasks = await page.evaluate(
    () => new Promise<number[]>((done) => setTimeout(() => done((window as unknown as { __longTasks: number[] }).__longTasks), 100)),
  );
  return { ms: ms as number, cpuMs: (task?.tdur ?? 0) / 1000, longTasks };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  const limitAt = args.indexOf('--limit');
  if (!dir || !existsSync(dir)) {
    console.error('usage: npm run --silent bench:article-main-thread -- <corpus-dir> [--limit n]');
    process.exit(2);
  }
  const ids = corpusPageIds(dir, limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity);
  const candor = await bundleForPage(
    "import { readArticle, withHighlights } from './utils/article/detect'; import { articleFromHtml } from './utils/article/from-html'; import { pageCopy } from './utils/article/page-copy'; import { chunksOf } from './utils/article/read-elsewhere'; Object.assign(window, { __readArticle: readArticle, __withHighlights: withHighlights, __articleFromHtml: articleFromHtml, __copyChunks: (doc: Document) => chunksOf(pageCopy(doc)) });",
  );
  const readability = await bundleForPage("import { Readability } from '@mozilla/readability'; (window as any).__Readability = Readability;");
  const server = await serveDirectory(dir);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  let version = '';
  const skipped: string[] = [];
  const rows: {
    id: string;
    serialise: Sample;
    offscreen: Sample;
    extract: Sample;
    highlights: Sample;
    readability: Sample;
    found: boolean;
    same: boolean;
  }[] = [];
  try {
    for (const [index, id] of ids.entries()) {
      const page = await context.newPage();
      try {
      await page.goto(server.url(`/${id}/page.html`), { waitUntil: 'domcontentloaded', timeout: 60_000 }).catch(() => undefined);
      await page.evaluate(candor);
      await page.evaluate(readability);
      // Both run cold in the same page; alternate which goes first so warm caches favour neither.
      const runCandor = async () => {
        // The copy, and the messages carrying it: extension messages are JSON-serialised by the sender.
        const serialise = await measure(
          browser,
          page,
          "const chunks = window.__copyChunks(document); chunks.forEach((html, index) => JSON.stringify({ type: 'article:chunk', copy: 'bench', index, count: chunks.length, html })); window.__chunks = chunks",
        );
        const offscreen = await measure(browser, page, "window.__copy = window.__articleFromHtml(window.__chunks.join(''), location.href)");
        const extract = await measure(browser, page, 'window.__draft = window.__readArticle(document.cloneNode(true))');
        const highlights = await measure(browser, page, 'if (window.__draft) window.__withHighlights(window.__draft)');
        return { serialise, offscreen, extract, highlights };
      };
      const runReadability = () => measure(browser, page, 'new window.__Readability(document.cloneNode(true)).parse()');
      let ours: { serialise: Sample; offscreen: Sample; extract: Sample; highlights: Sample };
      let plain: Sample;
      if (index % 2) {
        ours = await runCandor();
        plain = await runReadability();
      } else {
        plain = await runReadability();
        ours = await runCandor();
      }
      const found = (await page.evaluate('!!window.__draft')) as boolean;
      const same = (await page.evaluate(
        'JSON.stringify(window.__copy) === JSON.stringify(window.__draft && window.__withHighlights(window.__draft))',
      )) as boolean;
      rows.push({ id, ...ours, readability: plain, found, same });
      } catch (error) {
        // A page that navigates itself away (meta refresh, script redirect) cannot be timed.
        skipped.push(`${id.slice(0, 12)}: ${String(error).split('\n')[0]}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    version = browser.version();
    await browser.close();
    await server.close();
  }
  const f = (x: number) => x.toFixed(1);
  const stats = (xs: number[]) => `median ${f(quantile(xs, 0.5))}  p90 ${f(quantile(xs, 0.9))}  max ${f(Math.max(...xs))}`;
  const line = (name: string, samples: Sample[]) =>
    `${name.padEnd(24)} CPU ms ${stats(samples.map((s) => s.cpuMs))}   wall ms ${stats(samples.map((s) => s.ms))}`;
  console.log(
    `pages ${rows.length} (${dir}), Chromium ${version}, cold per page; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
  );
  if (skipped.length) console.log(`skipped ${skipped.length}: ${skipped.join('; ')}`);
  console.log(line('page: copy + messages', rows.map((r) => r.serialise)));
  console.log(line('offscreen: read the copy', rows.map((r) => r.offscreen)));
  console.log(line('fallback task 1 (extract)', rows.map((r) => r.extract)));
  console.log(line('fallback task 2 (highlights)', rows.map((r) => r.highlights)));
  const total = (r: (typeof rows)[number]): Sample => ({
    ms: r.extract.ms + r.highlights.ms,
    cpuMs: r.extract.cpuMs + r.highlights.cpuMs,
    longTasks: [...r.extract.longTasks, ...r.highlights.longTasks],
  });
  console.log(line('fallback both tasks', rows.map(total)));
  console.log(line('readability (one task)', rows.map((r) => r.readability)));
  const sorted = [...rows].sort((a, b) => a.serialise.cpuMs - b.serialise.cpuMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const observed = median.serialise.longTasks.filter((d) => d > 50);
  console.log(
    `median page ${median.id.slice(0, 12)}: the page's Candor task (serialise) ${f(median.serialise.cpuMs)} ms CPU ` +
      `(${median.serialise.cpuMs > 50 ? 'a long task' : 'no long task'} by CPU time); ` +
      `Long Tasks API saw ${observed.length} over 50 ms wall${observed.length ? ` (${observed.map(f).join(', ')})` : ''}`,
  );
  const long = (pick: (r: (typeof rows)[number]) => number) => rows.filter((r) => pick(r) > 50).length;
  console.log(
    `pages whose Candor task in the page exceeds 50 ms CPU: ${long((r) => r.serialise.cpuMs)} of ${rows.length} ` +
      `(fallback, longest of its two tasks: ${long((r) => Math.max(r.extract.cpuMs, r.highlights.cpuMs))}); ` +
      `articles found: ${rows.filter((r) => r.found).length}; the copy reads the same article: ${rows.filter((r) => r.same).length}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
