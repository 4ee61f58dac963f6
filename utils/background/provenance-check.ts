import type { ProvenanceRecord } from '../report/schema';
import type { ProvenanceClaim } from '../provenance/classify';
import type { ReadC2pa } from '../provenance/c2pa-reader';
import { readImageProvenance } from '../provenance/read-image';
import { cacheKey, fetchImage, type FetchLimits } from './provenance-fetch';

/**
 * Reads the provenance of a page's images in the background: bounded in size per image, in images
 * and bytes per page, in concurrency across all tabs, and cached by URL + content length so an image
 * seen on several pages (or reloaded) is read once. The cache and budgets live in memory on purpose:
 * losing them when the worker stops only costs a re-read, never a wrong answer.
 */
export interface CheckLimits extends FetchLimits {
  concurrency: number;
  maxImagesPerPage: number;
  maxBytesPerPage: number;
  cacheEntries: number;
}

export const DEFAULT_CHECK_LIMITS: CheckLimits = {
  maxBytes: 15 * 1024 * 1024,
  timeoutMs: 10_000,
  concurrency: 4,
  maxImagesPerPage: 60,
  maxBytesPerPage: 60 * 1024 * 1024,
  cacheEntries: 500,
};

export interface ImageToCheck {
  src: string;
  /** Encoded size the page's Resource Timing reported (0 when unknown): lets a cached image skip the network. */
  size: number;
}

/** A short stable id per image URL, so repeated checks of one image update one finding. */
export function provenanceId(src: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < src.length; i++) hash = Math.imul(hash ^ src.charCodeAt(i), 0x01000193) >>> 0;
  return `metadata:${hash.toString(36)}`;
}

function createLimiter(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (active >= max) await new Promise<void>((go) => waiting.push(go));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

export function createProvenanceChecker(
  readC2pa: ReadC2pa,
  limits: CheckLimits = DEFAULT_CHECK_LIMITS,
  fetcher: typeof fetch = (...args) => fetch(...args),
) {
  const cache = new Map<string, ProvenanceClaim | null>();
  const budgets = new Map<string, { images: number; bytes: number }>();
  const seen = new Map<string, Set<string>>();
  const limit = createLimiter(limits.concurrency);

  function remember(key: string, claim: ProvenanceClaim | null): void {
    cache.delete(key);
    cache.set(key, claim);
    if (cache.size > limits.cacheEntries) cache.delete(cache.keys().next().value!);
  }

  async function checkOne(src: string, size: number, budget: { images: number; bytes: number }) {
    const started = performance.now();
    const known = size > 0 ? cache.get(cacheKey(src, size)) : undefined;
    if (known !== undefined) return { src, claim: known, bytes: 0, ms: performance.now() - started };
    const outcome = await fetchImage(src, limits, (key) => cache.has(key), fetcher);
    budget.bytes += outcome.fetched;
    let claim: ProvenanceClaim | null = null;
    if (outcome.kind === 'cached') claim = cache.get(outcome.key) ?? null;
    if (outcome.kind === 'bytes') {
      claim = await readImageProvenance(outcome.bytes, readC2pa).catch((error: unknown) => {
        console.warn('[candor] provenance read failed', src, error);
        return null;
      });
    }
    // Remembered under the file's length and the page's size hint (they differ for compressed transfers).
    const decided = outcome.kind === 'bytes' || (outcome.kind === 'none' && outcome.reason === 'no metadata segments');
    if (decided) for (const length of new Set([outcome.length, size])) if (length > 0) remember(cacheKey(src, length), claim);
    return { src, claim, bytes: outcome.fetched, ms: performance.now() - started };
  }

  /** Checks the images of one page (tab + URL); images already checked for that page are skipped. */
  return async function check(tabId: number, pageUrl: string, images: ImageToCheck[]): Promise<ProvenanceRecord[]> {
    const page = `${tabId} ${pageUrl}`;
    if (!budgets.has(page)) {
      for (const key of budgets.keys()) if (key.startsWith(`${tabId} `)) (budgets.delete(key), seen.delete(key));
      budgets.set(page, { images: 0, bytes: 0 });
      seen.set(page, new Set());
    }
    const budget = budgets.get(page)!;
    const done = seen.get(page)!;
    const fresh = images.filter(({ src }) => /^(https?|data):/i.test(src) && !done.has(src) && (done.add(src), true));
    const admitted = fresh.slice(0, Math.max(0, limits.maxImagesPerPage - budget.images));
    budget.images += admitted.length;
    const results = await Promise.all(
      admitted.map(({ src, size }) =>
        limit(() => (budget.bytes >= limits.maxBytesPerPage ? Promise.resolve(null) : checkOne(src, size, budget))),
      ),
    );
    return results.flatMap((r) =>
      r?.claim ? [{ id: provenanceId(r.src), src: r.src, ...r.claim, bytes: r.bytes, ms: Math.round(r.ms * 10) / 10 }] : [],
    );
  };
}
export type ProvenanceChecker = ReturnType<typeof createProvenanceChecker>;
