/**
 * npm run bench:page — what Candor costs a page, in Chromium, against @mozilla/readability.
 *
 * Over the demo page and corpus pages (../shared/corpus/articles, skipped with a message when
 * absent), it alternates runs with and without the extension and prints per page and in total:
 * - main-thread time Candor's content script costs: compiling its scripts (trace `v8.compile`,
 *   thread time; the profiler shows it as "(program)") plus CPU-profiler samples whose stack is in
 *   the extension's code (precise, includes async continuations), each scaled by the CPU share of
 *   its task in a trace (thread time / wall time), so preemption on a loaded machine does not count;
 *   and the with/without difference of CDP Performance `TaskDuration` (thread time of everything
 *   the page's main thread did, noisier);
 * - the longest main-thread task that ran Candor code (trace `RunTask` containing its samples,
 *   in thread time);
 * - its memory: the with/without difference of `JSHeapUsedSize` after a forced GC (isolated
 *   worlds share the page's heap);
 * - in the without-extension runs, the CPU time Readability alone takes when injected: compiling it,
 *   and parsing the same page (a clone of the document, as Firefox's reader view does) in a task of its
 *   own, under the same profiler and trace as Candor's runs.
 * Then a mutation storm (10,000 DOM changes/s for 5 s, started once the page settled) with and
 * without Candor: the extra main-thread CPU during the storm, and the bundle
 * size of each entrypoint. The last line is `ratio candor/readability: <median over pages>`.
 *
 * Env: BENCH_PAGES (corpus pages, default 30), BENCH_RUNS (runs per arm and page, default 2),
 * BENCH_ONLY_STORM=1 (only the mutation storm), BENCH_STORM_RUNS (pairs of storm runs, default 5),
 * BENCH_COMPARE_DIR=<other built extensions, separated by ":"> (measure them too, in the same runs,
 * and print how each compares page by page: two builds run minutes apart differ by ±10 % on this
 * kind of machine; `npm run bench:features` compares builds that start only some features),
 * BENCH_BY_SOURCE=1 (also print Candor's CPU per source file or package; needs a build made with
 * CANDOR_SOURCEMAP=1, e.g. `CANDOR_SOURCEMAP=1 npx wxt build`; BENCH_BY_SOURCE=function splits
 * it per function).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { ensureBuilt } from './lib/ensure-build';
import { findChromium } from './lib/find-browser';
import { CHROMIUM_FLAGS, EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './lib/launch';
import { serveDirectory } from './lib/static-server';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus/articles');
const FIXTURES = join(ROOT, 'tests/fixtures/pages');
const READABILITY = readFileSync(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
const PAGE_COUNT = Number(process.env.BENCH_PAGES ?? 30);
const RUNS = Number(process.env.BENCH_RUNS ?? 2);
const ONLY_STORM = process.env.BENCH_ONLY_STORM === '1';
const STORM_RUNS = Math.max(1, Number(process.env.BENCH_STORM_RUNS ?? 5));
/** After `load`, how long Candor gets to finish its scan before the figures are read. */
const SETTLE_MS = 1200;
const CORPUS_HOST = 'corpus.candor.test';
const BY_SOURCE = process.env.BENCH_BY_SOURCE === '1' || process.env.BENCH_BY_SOURCE === 'function';
const BY_FUNCTION = process.env.BENCH_BY_SOURCE === 'function';
/** Other builds measured in the same runs, page by page, to compare builds through the noise of separate runs. */
const COMPARE_DIRS = (process.env.BENCH_COMPARE_DIR ?? '').split(delimiter).filter(Boolean);

interface RunFigures {
  taskMs: number;
  heapBytes: number;
  /** CPU ms of Candor code on the page's main thread: compile + samples (see cpuMsPerSample). */
  candorMs: number;
  /** Of which compiling Candor's scripts (trace `v8.compile`, thread time): the profiler has no frame for it. */
  compileMs: number;
  candorWallMs: number;
  longestCandorTaskMs: number;
  readabilityMs: number | null;
}

const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** Corpus pages are served without their scripts (no network here; JSON-LD metadata is kept). */
function stripScripts(html: string): string {
  return html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '');
}

/** Loopback only: fixture server and routed corpus pages; everything else is aborted. */
async function isolate(context: BrowserContext, corpusPages: Map<string, string>): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === CORPUS_HOST) {
      const id = url.pathname.split('/')[2] ?? '';
      const file = corpusPages.get(id);
      if (file && url.pathname === `/corpus/${id}/`) {
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: stripScripts(readFileSync(file, 'utf8')) });
      }
      return route.abort();
    }
    if (url.hostname === '127.0.0.1' || url.hostname.endsWith('.candor.test')) return route.continue();
    return route.abort();
  });
}

interface CallFrame {
  url: string;
  functionName: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface Sample {
  ts: number;
  dur: number;
  /** The innermost extension frame on the sample's stack (native calls count for their caller). */
  frame: CallFrame;
}

/** Timestamps (µs) and durations of the CPU samples whose stack runs extension code. */
function extensionSamples(profile: Profile, origin: string): Sample[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const innermost = new Map<number, CallFrame | null>();
  const extensionFrame = (id: number): CallFrame | null => {
    const known = innermost.get(id);
    if (known !== undefined) return known;
    const own = byId.get(id)?.callFrame;
    const up = parent.get(id);
    const result = own?.url.startsWith(origin) ? own : up !== undefined ? extensionFrame(up) : null;
    innermost.set(id, result);
    return result;
  };
  const out: Sample[] = [];
  let ts = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    ts += profile.timeDeltas[i] ?? 0;
    const dur = profile.timeDeltas[i + 1] ?? 0;
    const frame = extensionFrame(profile.samples[i]!);
    if (frame) out.push({ ts, dur, frame });
  }
  return out;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; fileName?: string };
}

async function readTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream: string }>((done) => cdp.once('Tracing.tracingComplete', done as never));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** Top-level tasks of the renderer main thread that evaluated the content script. */
function mainThreadTasks(trace: TraceEvent[], origin: string): TraceEvent[] {
  const main = trace.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(origin));
  return trace.filter(
    (e) =>
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
      e.ph === 'X' &&
      e.dur &&
      (!main || (e.tid === main.tid && e.pid === main.pid)),
  );
}

/**
 * Each sample's CPU time (ms): its wall duration scaled by the CPU share of the task it fell in
 * (thread time / wall time), so time the thread spent preempted by other processes on a loaded
 * machine does not count. Samples outside any traced task count in full.
 */
function cpuMsPerSample(trace: TraceEvent[], samples: Sample[], origin: string): { sample: Sample; ms: number }[] {
  const tasks = mainThreadTasks(trace, origin).sort((a, b) => a.ts - b.ts);
  let i = 0;
  return [...samples]
    .sort((a, b) => a.ts - b.ts)
    .map((sample) => {
      while (i < tasks.length && tasks[i]!.ts + tasks[i]!.dur! < sample.ts) i++;
      const task = tasks[i];
      const share = task && task.ts <= sample.ts && task.tdur !== undefined ? Math.min(1, task.tdur / task.dur!) : 1;
      return { sample, ms: (sample.dur * share) / 1000 };
    });
}

/** CPU ms per source file (or npm package) of Candor's code, over every with-Candor page run. */
const cpuBySource = new Map<string, number>();
const sourceMaps = new Map<string, TraceMap | null>();

/** `utils/ai-labels/match.ts`, or `zod` for anything under node_modules/zod. */
function sourceOf(frame: CallFrame, origin: string): string {
  const file = frame.url.slice(origin.length);
  if (!sourceMaps.has(file)) {
    const mapFile = join(EXTENSION_DIR, `${file}.map`);
    sourceMaps.set(file, existsSync(mapFile) ? new TraceMap(readFileSync(mapFile, 'utf8')) : null);
  }
  const map = sourceMaps.get(file);
  if (!map) return `${file} (no source map)`;
  const { source, name } = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  if (!source) return `${file} (unmapped)`;
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  const where = packageMatch ? packageMatch[1]! : source.replace(/^(\.\.\/)+/, '');
  // The minified name is what the profile has; the source map usually names the original.
  return BY_FUNCTION ? `${where} ${frame.functionName ? (name ?? frame.functionName) : '(top level)'}` : where;
}

/** The longest top-level main-thread task during which Candor code was sampled (ms). */
function longestCandorTask(trace: TraceEvent[], samples: { ts: number }[], origin: string): number {
  if (!samples.length) return 0;
  // The page's main thread is the one that evaluated the content script.
  const tasks = mainThreadTasks(trace, origin);
  let longest = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    // Thread time (tdur) where the trace has it: a busy machine stretches wall time, not CPU time.
    const ms = (task.tdur ?? task.dur!) / 1000;
    if (ms > longest && samples.some((s) => s.ts >= task.ts && s.ts <= end)) longest = ms;
  }
  return longest;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function startInstruments(cdp: CDPSession): Promise<void> {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8', transferMode: 'ReturnAsStream' });
}

/** Thread time (ms) of the `v8.compile` events (script compiles) whose script matches `isOurs`. */
function compileMs(trace: TraceEvent[], isOurs: (url: string) => boolean): number {
  return trace
    .filter((e) => e.name === 'v8.compile' && e.ph === 'X' && isOurs(String(e.args?.data?.url ?? e.args?.fileName ?? '')))
    .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;
}

async function stopInstruments(cdp: CDPSession, origin: string | null, bySource = BY_SOURCE) {
  const { profile } = await cdp.send('Profiler.stop');
  const trace = await readTrace(cdp);
  const samples = origin ? extensionSamples(profile as Profile, origin) : [];
  const cpu = origin ? cpuMsPerSample(trace, samples, origin) : [];
  if (bySource && origin) {
    for (const { sample, ms } of cpu) {
      const source = sourceOf(sample.frame, origin);
      cpuBySource.set(source, (cpuBySource.get(source) ?? 0) + ms);
    }
  }
  // Compiling the content scripts is "(program)" in the profile, so it is not in the samples.
  const compile = origin ? compileMs(trace, (url) => url.startsWith(origin)) : 0;
  return {
    candorMs: compile + cpu.reduce((sum, { ms }) => sum + ms, 0),
    compileMs: compile,
    candorWallMs: samples.reduce((sum, s) => sum + s.dur, 0) / 1000,
    longestCandorTaskMs: origin ? longestCandorTask(trace, samples, origin) : 0,
  };
}

async function measurePage(context: BrowserContext, url: string, origin: string | null, bySource = BY_SOURCE): Promise<RunFigures> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await startInstruments(cdp);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForTimeout(SETTLE_MS);
  await cdp.send('HeapProfiler.collectGarbage');
  const m = await metrics(cdp);
  const attributed = await stopInstruments(cdp, origin, bySource);
  let readabilityMs: number | null = null;
  if (!origin) readabilityMs = await timeReadability(page, cdp);
  await cdp.detach();
  await page.close();
  return { taskMs: (m.TaskDuration ?? 0) * 1000, heapBytes: m.JSHeapUsedSize ?? 0, readabilityMs, ...attributed };
}

/**
 * Readability alone, injected into the same page, parsing a clone of its document in a task of its
 * own: the CPU (thread) time of that task plus compiling Readability, as Candor's figure counts
 * compiling Candor. Under the same instruments as Candor's runs (sampling profiler, the same trace
 * categories): they slow the code they watch, Readability's parse by about a fifth on the corpus
 * (median 25.6 → 31.1 ms over 12 pages), so measuring only Candor under them overstated the ratio.
 */
async function timeReadability(page: Page, cdp: CDPSession): Promise<number> {
  await startInstruments(cdp);
  await page.addScriptTag({ content: READABILITY });
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        setTimeout(() => {
          const Readability = (window as unknown as { Readability: new (doc: Document) => { parse(): unknown } }).Readability;
          new Readability(document.cloneNode(true) as Document).parse();
          done();
        }, 0),
      ),
  );
  await cdp.send('Profiler.stop');
  const trace = await readTrace(cdp);
  // The page does nothing else meanwhile (its requests are aborted): the longest task that is not
  // the one compiling Readability is the parse.
  const compiled = trace
    .filter((e) => e.name === 'v8.compile' && e.ph === 'X')
    .reduce<TraceEvent | undefined>((longest, e) => (!longest || e.dur! > longest.dur! ? e : longest), undefined);
  const task = trace
    .filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ph === 'X' && e.dur)
    .filter((e) => !compiled || compiled.ts < e.ts || compiled.ts > e.ts + e.dur!)
    .reduce<TraceEvent | undefined>((longest, e) => (!longest || e.dur! > longest.dur! ? e : longest), undefined);
  // The page runs no scripts of its own (corpus pages are served without them): every compile is Readability's.
  return ((task?.tdur ?? task?.dur) ?? 0) / 1000 + compileMs(trace, () => true);
}

async function measureStorm(context: BrowserContext, url: string, origin: string | null) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'load' });
  // Start-up is what the per-page figures measure; the storm starts once the page and Candor settled.
  await page.waitForTimeout(SETTLE_MS * 2);
  await startInstruments(cdp);
  const before = await metrics(cdp);
  await page.evaluate(() => (window as unknown as { __startStorm(): void }).__startStorm());
  await page.waitForFunction(() => (window as unknown as { __storm?: { done: boolean } }).__storm?.done, undefined, {
    timeout: 30_000,
    polling: 250,
  });
  const after = await metrics(cdp);
  const changes = await page.evaluate(() => (window as unknown as { __storm: { changes: number } }).__storm.changes);
  const attributed = await stopInstruments(cdp, origin);
  await cdp.detach();
  await page.close();
  return { taskMs: ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000, changes, ...attributed };
}

/** Files an HTML entrypoint or script loads, following static imports between chunks. */
function entryFiles(outDir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const refs = file.endsWith('.html')
      ? [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!)
      : [...text.matchAll(/(?:from|import)\s*["']([^"']+\.(?:js|css))["']/g)].map((m) => m[1]!);
    for (const ref of refs) visit(ref.startsWith('/') ? join(outDir, ref) : resolve(dirname(file), ref));
  };
  visit(join(outDir, entry));
  return [...seen];
}

function bundleSizes(outDir: string): { entry: string; bytes: number; gzip: number }[] {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: { js?: string[] }[];
    action?: { default_popup?: string };
    options_ui?: { page?: string };
  };
  const entries = new Set<string>([
    ...(manifest.background?.service_worker ? [manifest.background.service_worker] : manifest.background?.scripts ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
    ...(manifest.action?.default_popup ? [manifest.action.default_popup] : []),
    ...(manifest.options_ui?.page ? [manifest.options_ui.page] : []),
    ...readdirSync(outDir).filter((f) => f.endsWith('.html')),
    // Unlisted scripts at the root: the content modules, injected only into frames that need them.
    ...readdirSync(outDir).filter((f) => f.endsWith('.js')),
  ]);
  return [...entries].map((entry) => {
    const files = entryFiles(outDir, entry);
    const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
    const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
    return { entry, bytes, gzip };
  });
}

function printBySource(): void {
  const total = [...cpuBySource.values()].reduce((a, b) => a + b, 0);
  console.log(`candor CPU by source, all with-Candor page runs (${fmt(total)} ms):`);
  for (const [source, ms] of [...cpuBySource].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`  ${fmt((ms / total) * 100).padStart(5)} %  ${fmt(ms).padStart(9)} ms  ${source}`);
  }
}

function corpusPages(): Map<string, string> {
  const pages = new Map<string, string>();
  if (!existsSync(CORPUS)) {
    console.log(`corpus: ${CORPUS} not found — skipping corpus pages (only the demo page is measured)`);
    return pages;
  }
  for (const id of readdirSync(CORPUS).sort()) {
    const file = join(CORPUS, id, 'page.html');
    if (existsSync(file)) pages.set(id, file);
    if (pages.size >= PAGE_COUNT) break;
  }
  return pages;
}

async function main(): Promise<void> {
  // A private build (CANDOR_EXTENSION_DIR) is measured as it is; only the shared .output is rebuilt.
  if (!process.env.CANDOR_EXTENSION_DIR) ensureBuilt();
  const corpus = corpusPages();
  const server = await serveDirectory(FIXTURES);
  const withExtension = await launchWithExtension();
  const origin = `chrome-extension://${withExtension.extensionId}/`;
  const plainProfile = await mkdtemp(join(tmpdir(), 'candor-bench-'));
  const plain = await chromium.launchPersistentContext(plainProfile, {
    executablePath: findChromium(),
    headless: true,
    ignoreDefaultArgs: ['--enable-automation'],
    args: CHROMIUM_FLAGS,
  });
  await isolate(withExtension.context, corpus);
  await isolate(plain, corpus);
  const compared: { dir: string; browser: ExtensionBrowser; origin: string; runs: RunFigures[] }[] = [];
  for (const dir of COMPARE_DIRS) {
    const browser = await launchWithExtension({ extensionDir: dir });
    await isolate(browser.context, corpus);
    compared.push({ dir, browser, origin: `chrome-extension://${browser.extensionId}/`, runs: [] });
  }
  /** Per page: Candor's median in this build and in each compared one (b, in COMPARE_DIRS order), and Readability's. */
  const pairs: { a: number; b: number[]; readability: number }[] = [];

  const pages: { name: string; url: string }[] = ONLY_STORM ? [] : [
    { name: 'demo-news', url: server.url('/demo-news/', 'news.candor.test') },
    ...[...corpus.keys()].map((id) => ({ name: id.slice(0, 12), url: `http://${CORPUS_HOST}/corpus/${id}/` })),
  ];
  console.log(
    `bench:page — ${pages.length} pages × ${RUNS} runs per arm, alternating with/without Candor (Chromium ${withExtension.context.browser()?.version() ?? ''})`,
  );
  console.log(
    ['page', 'task with', 'task w/o', 'Δtask', 'candor', 'compile', 'longest', 'Δheap KB', 'readab.', 'ratio'].map((h) => h.padStart(12)).join(''),
  );
  const rows: { candor: number; compile: number; candorWall: number; delta: number; longest: number; heap: number; readability: number; ratio: number }[] = [];
  for (const { name, url } of pages) {
    const on: RunFigures[] = [];
    const off: RunFigures[] = [];
    for (const build of compared) build.runs = [];
    try {
      for (let run = 0; run < RUNS; run++) {
        // Alternate which arm goes first, so warm caches favour neither.
        const arms = [
          async () => on.push(await measurePage(withExtension.context, url, origin)),
          async () => off.push(await measurePage(plain, url, null)),
          ...compared.map((build) => async () => build.runs.push(await measurePage(build.browser.context, url, build.origin, false))),
        ];
        for (const arm of run % 2 === 0 ? arms : arms.reverse()) await arm();
      }
    } catch (error) {
      console.log(`${name.padStart(12)}  failed: ${String(error).split('\n')[0]}`);
      continue;
    }
    const row = {
      taskOn: median(on.map((r) => r.taskMs)),
      taskOff: median(off.map((r) => r.taskMs)),
      candor: median(on.map((r) => r.candorMs)),
      compile: median(on.map((r) => r.compileMs)),
      candorWall: median(on.map((r) => r.candorWallMs)),
      longest: Math.max(...on.map((r) => r.longestCandorTaskMs)),
      heap: (median(on.map((r) => r.heapBytes)) - median(off.map((r) => r.heapBytes))) / 1024,
      readability: median(off.map((r) => r.readabilityMs ?? NaN)),
    };
    const ratio = row.candor / row.readability;
    if (compared.length) pairs.push({ a: row.candor, b: compared.map((build) => median(build.runs.map((r) => r.candorMs))), readability: row.readability });
    rows.push({ candor: row.candor, compile: row.compile, candorWall: row.candorWall, delta: row.taskOn - row.taskOff, longest: row.longest, heap: row.heap, readability: row.readability, ratio });
    console.log(
      [name, fmt(row.taskOn), fmt(row.taskOff), fmt(row.taskOn - row.taskOff), fmt(row.candor), fmt(row.compile), fmt(row.longest), fmt(row.heap, 0), fmt(row.readability), fmt(ratio, 2)]
        .map((c) => c.padStart(12))
        .join(''),
    );
  }
  console.log(
    [
      `median(${rows.length})`,
      '',
      '',
      fmt(median(rows.map((r) => r.delta))),
      fmt(median(rows.map((r) => r.candor))),
      fmt(median(rows.map((r) => r.compile))),
      fmt(median(rows.map((r) => r.longest))),
      fmt(median(rows.map((r) => r.heap)), 0),
      fmt(median(rows.map((r) => r.readability))),
      fmt(median(rows.map((r) => r.ratio)), 2),
    ]
      .map((c) => c.padStart(12))
      .join(''),
  );
  console.log(
    `total: candor ${fmt(rows.reduce((s, r) => s + r.candor, 0))} ms, readability ${fmt(rows.reduce((s, r) => s + r.readability, 0))} ms, longest candor task ${fmt(Math.max(0, ...rows.map((r) => r.longest)))} ms`,
  );
  console.log(
    `(ms of main-thread CPU; candor = compiling its scripts (compile) + profiler samples in extension code scaled to CPU (wall: ${fmt(median(rows.map((r) => r.candorWall)))} ms median); ` +
      `readab. = compiling Readability + its parse task; Δtask/Δheap = with − without, medians; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`,
  );
  for (const [index, build] of compared.entries()) {
    const b = pairs.map((p) => p.b[index]!);
    const diffs = pairs.map((p) => p.b[index]! - p.a);
    console.log(
      `compared build ${build.dir}, measured in the same runs: Candor median ${fmt(median(b))} ms against ${fmt(median(pairs.map((p) => p.a)))} ms; ` +
        `per page, compared − this: median ${fmt(median(diffs))} ms, lower on ${diffs.filter((d) => d < 0).length} of ${diffs.length} pages; ` +
        `ratio ${fmt(median(pairs.map((p) => p.b[index]! / p.readability)), 2)} against ${fmt(median(pairs.map((p) => p.a / p.readability)), 2)}`,
    );
    await build.browser.close();
  }
  // Before the storm, whose samples would otherwise be counted too.
  if (BY_SOURCE) printBySource();

  // One pair of storm runs says little on a shared machine (the page's own work varies with its frame
  // rate, ±30 % between runs): pairs alternate which arm runs first, and the medians are compared.
  const stormUrl = server.url('/bench/mutation-storm/', 'storm.candor.test');
  const stormOn: Awaited<ReturnType<typeof measureStorm>>[] = [];
  const stormOff: Awaited<ReturnType<typeof measureStorm>>[] = [];
  for (let run = 0; run < STORM_RUNS; run++) {
    const on = () => measureStorm(withExtension.context, stormUrl, origin).then((r) => stormOn.push(r));
    const off = () => measureStorm(plain, stormUrl, null).then((r) => stormOff.push(r));
    if (run % 2) await off().then(on);
    else await on().then(off);
    const [a, b] = [stormOn.at(-1)!, stormOff.at(-1)!];
    console.log(
      `  storm pair ${run + 1}: ${a.changes} / ${b.changes} changes, main thread ${fmt(a.taskMs)} ms with Candor, ${fmt(b.taskMs)} ms without; Candor code ${fmt(a.candorMs)} ms, longest task ${fmt(a.longestCandorTaskMs)} ms`,
    );
  }
  const [withMs, withoutMs] = [median(stormOn.map((r) => r.taskMs)), median(stormOff.map((r) => r.taskMs))];
  const spread = (xs: number[]) => `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`;
  const candorStorm = median(stormOn.map((r) => r.candorMs));
  console.log(
    `mutation storm (10,000 changes/s for 5 s, ${STORM_RUNS} pairs): main thread median ${fmt(withMs)} ms with Candor (${spread(stormOn.map((r) => r.taskMs))}), ` +
      `${fmt(withoutMs)} ms without (${spread(stormOff.map((r) => r.taskMs))}) → extra ${fmt(((withMs - withoutMs) / withoutMs) * 100)}% (target ≤ 5%); ` +
      `Candor code median ${fmt(candorStorm)} ms = ${fmt((candorStorm / withoutMs) * 100)}% of the page's own ${fmt(withoutMs)} ms, ` +
      `longest task ${fmt(Math.max(...stormOn.map((r) => r.longestCandorTaskMs)))} ms; load average ${loadavg()[0]!.toFixed(1)}`,
  );

  console.log('bundle sizes (entrypoint: files it loads, raw / gzip; root .js besides background.js: content modules, injected on demand):');
  for (const { entry, bytes, gzip } of bundleSizes(EXTENSION_DIR)) {
    console.log(`  ${entry.padEnd(36)} ${fmt(bytes / 1024)} KiB / ${fmt(gzip / 1024)} KiB`);
  }

  await withExtension.close();
  await plain.close();
  await rm(plainProfile, { recursive: true, force: true });
  await server.close();
  const ratio = median(rows.map((r) => r.ratio));
  console.log(`ratio candor/readability: ${fmt(ratio, 2)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
