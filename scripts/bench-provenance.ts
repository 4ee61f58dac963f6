/**
 * Cost of reading image provenance, printed as figures (no assertions):
 * 1. Node, sequential, same code as the extension: per image the bytes the background downloads
 *    (a JPEG without metadata stops at its image data), the parse time (median of 5) and the verdict;
 *    plus the one-off WASM compile.
 * 2. Chromium with the built extension: the per-image cost the background recorded in the report
 *    (download + parse, wall clock, 4 in parallel, the first C2PA read including the WASM load).
 * Images: ../shared/fixtures/images when present, else generated XMP images only.
 *   npm run --silent bench:provenance [-- --no-browser]
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './lib/launch';
import { createReportReader } from './lib/report-reader';
import { serveDirectory } from './lib/static-server';
import { createC2paReader } from '../utils/provenance/c2pa-reader';
import { scanJpegHead, sniffFormat } from '../utils/provenance/prefilter';
import { readImageProvenance } from '../utils/provenance/read-image';
import { jpegWithXmp, SKELETON_JPEG, xmpPacket } from '../tests/unit/provenance/make-images';

const SHARED = resolve(import.meta.dirname, '../../shared/fixtures/images');
const PAGES = resolve(import.meta.dirname, '../tests/fixtures/pages');

/** Bytes the background reads (in 4 KB steps here): a JPEG head up to its scan unless it carries C2PA. */
function bytesNeeded(bytes: Uint8Array): number {
  if (sniffFormat(bytes) !== 'image/jpeg') return bytes.length;
  for (let n = 4096; n < bytes.length; n += 4096) {
    const verdict = scanJpegHead(bytes.subarray(0, n));
    if (verdict === 'none' || verdict === 'xmp') return n;
    if (verdict === 'c2pa') return bytes.length;
  }
  return bytes.length;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function nodeFigures(images: [string, Uint8Array][]): Promise<void> {
  const wasm = createRequire(import.meta.url).resolve('@contentauth/c2pa-wasm/c2pa.wasm');
  const readC2pa = createC2paReader(() => readFile(wasm));
  const started = performance.now();
  await readC2pa('image/jpeg', SKELETON_JPEG);
  console.log(`node: WASM load + compile (9.05 MB, once per worker start): ${(performance.now() - started).toFixed(0)} ms`);
  console.log('image | bytes | bytes read | parse ms (median of 5) | verdict');
  let totalRead = 0;
  let totalBytes = 0;
  for (const [name, bytes] of images) {
    const times: number[] = [];
    let verdict = 'none';
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      verdict = (await readImageProvenance(bytes, readC2pa))?.verdict ?? 'none';
      times.push(performance.now() - t);
    }
    const read = bytesNeeded(bytes);
    totalRead += read;
    totalBytes += bytes.length;
    console.log(`${name} | ${bytes.length} | ${read} | ${median(times).toFixed(1)} | ${verdict}`);
  }
  console.log(`node: bytes read ${totalRead} of ${totalBytes} (${((100 * totalRead) / totalBytes).toFixed(1)}%)`);
}

async function browserFigures(page: 'shared' | 'generated', routes: Record<string, string>): Promise<void> {
  const server = await serveDirectory(PAGES, routes);
  const extension = await launchWithExtension();
  try {
    const reportOf = createReportReader(extension);
    const tab = await extension.context.newPage();
    const t = Date.now();
    await tab.goto(server.url(`/provenance/${page}.html`));
    const expected = page === 'shared' ? 11 : 4;
    let report = await reportOf(tab);
    while ((report?.provenance?.length ?? 0) < expected && Date.now() - t < 90_000) {
      await new Promise((done) => setTimeout(done, 250));
      report = await reportOf(tab);
    }
    console.log(`chromium: ${report?.provenance?.length ?? 0} images with provenance reported ${Date.now() - t} ms after navigation`);
    console.log('image | ms (download + parse, wall clock) | bytes downloaded | verdict');
    for (const r of report?.provenance ?? []) console.log(`${r.src.split('/').pop()} | ${r.ms} | ${r.bytes} | ${r.verdict}`);
  } finally {
    await extension.close();
    await server.close();
  }
}

const images: [string, Uint8Array][] = existsSync(join(SHARED, 'SOURCES.md'))
  ? await Promise.all(
      readdirSync(SHARED).filter((f) => !f.endsWith('.md')).sort().map(async (f) => [f, new Uint8Array(await readFile(join(SHARED, f)))] as [string, Uint8Array]),
    )
  : [
      ['generated-ai.jpg', jpegWithXmp(xmpPacket({ digitalSourceType: 'trainedAlgorithmicMedia' }))],
      ['generated-plain.jpg', SKELETON_JPEG],
    ];
if (!existsSync(join(SHARED, 'SOURCES.md'))) console.log(`(${SHARED} absent: generated images only)`);
await nodeFigures(images);
if (!process.argv.includes('--no-browser') && existsSync(join(SHARED, 'SOURCES.md'))) {
  await browserFigures('shared', { '/shared-images/': SHARED });
}
