import { describe, expect, it, vi } from 'vitest';
import { createProvenanceChecker, DEFAULT_CHECK_LIMITS, provenanceId } from '@/utils/background/provenance-check';
import type { ReadC2pa } from '@/utils/provenance/c2pa-reader';
import { jpegWithXmp, SKELETON_JPEG, xmpPacket } from './make-images';

const AI_JPEG = jpegWithXmp(xmpPacket({ digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia' }));
/** A plain JPEG with a large scan after SOS: a reader that stops at SOS reads only the first chunk. */
const PLAIN_JPEG = new Uint8Array(200_000);
PLAIN_JPEG.set(SKELETON_JPEG.subarray(0, SKELETON_JPEG.length - 2));

const noC2pa: ReadC2pa = async () => ({ facts: null, remoteManifest: null });

/** A fake network: serves bytes per URL in 16 KB chunks, counting bytes read and requests in flight. */
function fakeNetwork(files: Record<string, Uint8Array>, { delayMs = 0, withLength = true } = {}) {
  const stats = { requests: 0, bytesRead: 0, inFlight: 0, maxInFlight: 0 };
  const fetcher = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const bytes = files[String(input)];
    stats.requests++;
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    await new Promise((r) => setTimeout(r, delayMs));
    if (!bytes) return (stats.inFlight--, new Response('missing', { status: 404 }));
    let at = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (init?.signal?.aborted || at >= bytes.length) {
          stats.inFlight--;
          return controller.close();
        }
        const chunk = bytes.slice(at, at + 16_384);
        at += chunk.length;
        stats.bytesRead += chunk.length;
        controller.enqueue(chunk);
      },
      cancel() {
        stats.inFlight--;
      },
    }, { highWaterMark: 0 }); // pulled only when read, so bytesRead counts what the checker consumed
    return new Response(body, { headers: withLength ? { 'content-length': String(bytes.length) } : {} });
  });
  return { fetcher: fetcher as unknown as typeof fetch, stats };
}

describe('background provenance checker', () => {
  it('reads an AI image and returns a record with its cost', async () => {
    const { fetcher } = fakeNetwork({ 'https://img.example/ai.jpg': AI_JPEG });
    const check = createProvenanceChecker(noC2pa, DEFAULT_CHECK_LIMITS, fetcher);
    const [record] = await check(1, 'https://news.example/', [{ src: 'https://img.example/ai.jpg', size: 0 }]);
    expect(record).toMatchObject({ id: provenanceId('https://img.example/ai.jpg'), verdict: 'ai', bytes: AI_JPEG.length });
    expect(record!.ms).toBeGreaterThanOrEqual(0);
  });

  it('stops downloading a JPEG without metadata at its image data', async () => {
    const { fetcher, stats } = fakeNetwork({ 'https://img.example/plain.jpg': PLAIN_JPEG });
    const check = createProvenanceChecker(noC2pa, DEFAULT_CHECK_LIMITS, fetcher);
    expect(await check(1, 'https://news.example/', [{ src: 'https://img.example/plain.jpg', size: 0 }])).toEqual([]);
    expect(stats.bytesRead).toBeLessThanOrEqual(16_384);
  });

  it('reads only the head of an XMP-only JPEG', async () => {
    const big = new Uint8Array(200_000);
    const head = jpegWithXmp(xmpPacket({ digitalSourceType: 'trainedAlgorithmicMedia' }));
    big.set(head.subarray(0, head.length - 2));
    const { fetcher } = fakeNetwork({ 'https://img.example/xmp.jpg': big });
    const check = createProvenanceChecker(noC2pa, DEFAULT_CHECK_LIMITS, fetcher);
    const [record] = await check(1, 'https://news.example/', [{ src: 'https://img.example/xmp.jpg', size: 0 }]);
    expect(record).toMatchObject({ verdict: 'ai', bytes: 16_384 });
  });

  it('answers from the cache by URL + length, without the network when the page knows the size', async () => {
    const { fetcher, stats } = fakeNetwork({ 'https://img.example/ai.jpg': AI_JPEG });
    const check = createProvenanceChecker(noC2pa, DEFAULT_CHECK_LIMITS, fetcher);
    await check(1, 'https://a.example/', [{ src: 'https://img.example/ai.jpg', size: 0 }]);
    const again = await check(2, 'https://b.example/', [{ src: 'https://img.example/ai.jpg', size: AI_JPEG.length }]);
    expect(again[0]).toMatchObject({ verdict: 'ai', bytes: 0 });
    expect(stats.requests).toBe(1);
    // Unknown size on the page: the response's content-length finds the cached result, the body is not read.
    const third = await check(3, 'https://c.example/', [{ src: 'https://img.example/ai.jpg', size: 0 }]);
    expect(third[0]).toMatchObject({ verdict: 'ai', bytes: 0 });
    expect(stats.bytesRead).toBe(AI_JPEG.length);
  });

  it('respects the size cap, with and without a content-length', async () => {
    // A C2PA (APP11) JPEG must be read whole, so the cap is what stops it.
    const big = Uint8Array.from([0xff, 0xd8, 0xff, 0xeb, 0x00, 0x08, 0x4a, 0x50, 0, 0, ...SKELETON_JPEG.subarray(2), ...new Uint8Array(50_000)]);
    for (const withLength of [true, false]) {
      const { fetcher, stats } = fakeNetwork({ 'https://img.example/big.jpg': big }, { withLength });
      const check = createProvenanceChecker(noC2pa, { ...DEFAULT_CHECK_LIMITS, maxBytes: 20_000 }, fetcher);
      expect(await check(1, 'https://news.example/', [{ src: 'https://img.example/big.jpg', size: 0 }])).toEqual([]);
      expect(stats.bytesRead).toBeLessThanOrEqual(20_000 + 16_384);
    }
  });

  it('keeps at most 4 downloads in flight and a per-page image budget', async () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`https://img.example/${i}.jpg`, AI_JPEG]));
    const { fetcher, stats } = fakeNetwork(files, { delayMs: 5 });
    const check = createProvenanceChecker(noC2pa, { ...DEFAULT_CHECK_LIMITS, maxImagesPerPage: 10 }, fetcher);
    const images = Object.keys(files).map((src) => ({ src, size: 0 }));
    const records = await check(1, 'https://news.example/', images);
    expect(records).toHaveLength(10);
    expect(stats.maxInFlight).toBeLessThanOrEqual(4);
    expect(stats.maxInFlight).toBeGreaterThan(1);
    // The same page asking again gets nothing new; a new page of the tab starts a new budget.
    expect(await check(1, 'https://news.example/', images)).toEqual([]);
    expect(await check(1, 'https://news.example/next', images.slice(0, 2))).toHaveLength(2);
  });

  it('gives up on a slow server at the timeout and skips what is not http(s)', async () => {
    const { fetcher } = fakeNetwork({ 'https://img.example/slow.jpg': AI_JPEG }, { delayMs: 200 });
    const check = createProvenanceChecker(noC2pa, { ...DEFAULT_CHECK_LIMITS, timeoutMs: 20 }, (input, init) =>
      new Promise((resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
        void fetcher(input, init).then(resolve);
      }),
    );
    const started = Date.now();
    expect(await check(1, 'https://news.example/', [{ src: 'https://img.example/slow.jpg', size: 0 }, { src: 'blob:x', size: 0 }])).toEqual([]);
    expect(Date.now() - started).toBeLessThan(180);
  });

  it('passes C2PA-bearing bytes to the C2PA reader only', async () => {
    const readC2pa = vi.fn(noC2pa);
    const jumbf = Uint8Array.from([0xff, 0xd8, 0xff, 0xeb, 0x00, 0x0c, 0x4a, 0x50, 0, 0, ...Array.from('jumb', (c) => c.charCodeAt(0)), 0xff, 0xd9]);
    const { fetcher } = fakeNetwork({ 'https://img.example/c.jpg': jumbf, 'https://img.example/x.jpg': AI_JPEG });
    const check = createProvenanceChecker(readC2pa, DEFAULT_CHECK_LIMITS, fetcher);
    await check(1, 'https://news.example/', [{ src: 'https://img.example/c.jpg', size: 0 }, { src: 'https://img.example/x.jpg', size: 0 }]);
    expect(readC2pa).toHaveBeenCalledTimes(1);
    expect(readC2pa.mock.calls[0]![0]).toBe('image/jpeg');
  });
});
