/**
 * bench:copy-transfer — what sending the page copy to the background costs the page's main thread.
 *
 *   npm run --silent bench:copy-transfer -- ../shared/corpus/articles [--limit n]
 *
 * Method: Chromium with a minimal extension made for the bench (its content script is bundled with
 * esbuild from the product's code; its service worker keeps nothing and answers every chunk `true`
 * and every extract `{ read: false }`). Each corpus page is served on loopback (every other request
 * aborted) and opened in a fresh tab; after DOMContentLoaded the page fires an event, in a task of its
 * own, to which the content script answers synchronously with one transfer:
 * - `whole`: the previous product, `pageCopy(document)` sent in one `runtime.sendMessage`;
 * - `chunks`: the product, `readElsewhere(document)` (utils/article/read-elsewhere.ts): every chunk
 *   of the copy sent in this task; its answers and the extract request come in later tasks, the
 *   request being a few dozen characters.
 * Both include `pageCopy` (outerHTML), whose cost varies from run to run far more than the sending:
 * so each is also measured on a copy made beforehand (`send only`: the one message, or the chunks'
 * messages). The figure is the CPU time of the renderer main thread for that task
 * (its thread duration in a Chromium trace), robust on a busy machine; the median of `--rounds`
 * (default 5) per page, the variants' order rotating between rounds.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { bundleForPage, corpusPageIds, quantile, type TraceEvent } from './lib/corpus-bench';
import { launchWithExtension } from './lib/launch';
import { serveDirectory } from './lib/static-server';

const CONTENT = `
import { pageCopy } from './utils/article/page-copy';
import { chunksOf, readElsewhere } from './utils/article/read-elsewhere';
let copy = '';
document.addEventListener('candor-bench', (event) => {
  const send = (message) => void chrome.runtime.sendMessage(message);
  const url = location.href;
  switch (event.detail) {
    case 'whole':
      return send({ type: 'article:extract', url, html: pageCopy(document) });
    case 'chunks':
      return void readElsewhere(document);
    case 'copy':
      copy = pageCopy(document);
      return;
    case 'sizes':
      return document.documentElement.setAttribute('data-candor-bench', JSON.stringify([document.documentElement.outerHTML.length, copy.length]));
    case 'send whole':
      return send({ type: 'article:extract', url, html: copy });
    case 'send chunks': {
      const chunks = chunksOf(copy);
      return chunks.forEach((html, index) => send({ type: 'article:chunk', copy: 'bench', index, count: chunks.length, html }));
    }
  }
});`;
const WORKER = `chrome.runtime.onMessage.addListener((message, _sender, respond) => {
  respond(message.type === 'article:chunk' ? true : { read: false });
});`;

async function makeExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'candor-bench-transfer-'));
  await writeFile(join(dir, 'content.js'), await bundleForPage(CONTENT));
  await writeFile(join(dir, 'worker.js'), WORKER);
  await writeFile(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'candor transfer bench',
      version: '1.0',
      background: { service_worker: 'worker.js' },
      host_permissions: ['<all_urls>'],
      content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_start' }],
    }),
  );
  return dir;
}

/** CPU milliseconds of the renderer main thread's longest task while the page fires the event. */
async function measure(page: Page, how: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { categories: 'toplevel,__metadata', transferMode: 'ReportEvents' });
  await page.evaluate(
    (detail) => new Promise<void>((done) => setTimeout(() => {
      document.dispatchEvent(new CustomEvent('candor-bench', { detail }));
      done();
    }, 0)),
    how,
  );
  // Let the answers arrive (later tasks, short) before the trace ends.
  await page.waitForTimeout(100);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const task = events
    .filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`) && e.tdur !== undefined)
    .reduce<TraceEvent | undefined>((longest, e) => (!longest || e.dur! > longest.dur! ? e : longest), undefined);
  return (task?.tdur ?? 0) / 1000;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  const limitAt = args.indexOf('--limit');
  if (!dir || !existsSync(dir)) {
    console.error('usage: npm run --silent bench:copy-transfer -- <corpus-dir> [--limit n]');
    process.exit(2);
  }
  const ids = corpusPageIds(dir, limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity);
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
  const extensionDir = await makeExtension();
  const server = await serveDirectory(dir);
  const { context, close } = await launchWithExtension({ extensionDir });
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  const VARIANTS = ['whole', 'chunks', 'send whole', 'send chunks'] as const;
  const rows: ({ id: string; chars: number; copyChars: number } & Record<(typeof VARIANTS)[number], number>)[] = [];
  const skipped: string[] = [];
  try {
    for (const id of ids) {
      const page = await context.newPage();
      try {
        await page.goto(server.url(`/${id}/page.html`), { waitUntil: 'domcontentloaded', timeout: 60_000 }).catch(() => undefined);
        await measure(page, 'copy');
        const samples: Record<string, number[]> = {};
        for (let round = 0; round < rounds; round++) {
          for (let k = 0; k < VARIANTS.length; k++) {
            const how = VARIANTS[(k + round) % VARIANTS.length]!;
            (samples[how] ??= []).push(await measure(page, how));
          }
        }
        // Asked last: the content script writes them into the page's DOM.
        await page.evaluate(() => document.dispatchEvent(new CustomEvent('candor-bench', { detail: 'sizes' })));
        const [chars, copyChars] = JSON.parse((await page.getAttribute('html', 'data-candor-bench'))!) as [number, number];
        rows.push({
          id,
          chars,
          copyChars,
          ...(Object.fromEntries(VARIANTS.map((how) => [how, quantile(samples[how]!, 0.5)])) as Record<(typeof VARIANTS)[number], number>),
        });
      } catch (error) {
        skipped.push(`${id.slice(0, 12)}: ${String(error).split('\n')[0]}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await close();
    await server.close();
    await rm(extensionDir, { recursive: true, force: true });
  }
  const f = (x: number) => x.toFixed(2);
  const stats = (xs: number[]) => `median ${f(quantile(xs, 0.5))}  p90 ${f(quantile(xs, 0.9))}  max ${f(Math.max(...xs))}  sum ${f(xs.reduce((a, b) => a + b, 0))}`;
  const sizes = (xs: number[]) => `median ${quantile(xs, 0.5)}, max ${Math.max(...xs)}`;
  console.log(`pages ${rows.length} (${dir}), ${rounds} rounds each; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  if (skipped.length) console.log(`skipped ${skipped.length}: ${skipped.join('; ')}`);
  console.log(`chars: outerHTML ${sizes(rows.map((r) => r.chars))}; copy ${sizes(rows.map((r) => r.copyChars))}`);
  console.log(`before: pageCopy + whole copy in one message   CPU ms ${stats(rows.map((r) => r.whole))}`);
  console.log(`after:  readElsewhere (16 K chunks)            CPU ms ${stats(rows.map((r) => r.chunks))}`);
  console.log(`before, send only: one message                 CPU ms ${stats(rows.map((r) => r['send whole']))}`);
  console.log(`after,  send only: chunk messages              CPU ms ${stats(rows.map((r) => r['send chunks']))}`);
  if (args.includes('--pages')) {
    for (const r of rows) {
      console.log(`  ${r.id.slice(0, 12)} copy ${String(r.copyChars).padStart(7)}  ${VARIANTS.map((how) => `${how} ${f(r[how])}`).join('  ')}`);
    }
  }
}

await main();
