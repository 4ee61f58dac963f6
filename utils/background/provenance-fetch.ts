import { scanJpegHead, sniffFormat } from '../provenance/prefilter';

/**
 * Downloads one image for provenance reading, with the host permission the extension already has.
 * Streams the body so it can stop early: as soon as the response's length is known and cached, as
 * soon as it exceeds the cap, and, for JPEG, as soon as the image data starts unless a C2PA segment
 * came before it (photos without metadata and XMP-only files: only their first kilobytes are read).
 */
export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
}

export type FetchOutcome =
  /** `length`: the file's full length (content-length or bytes read to the end), 0 when unknown. */
  | { kind: 'bytes'; bytes: Uint8Array; fetched: number; length: number }
  | { kind: 'cached'; key: string; fetched: number }
  | { kind: 'none'; fetched: number; length: number; reason: string };

export const cacheKey = (url: string, length: number) => `${length} ${url}`;

export async function fetchImage(
  url: string,
  limits: FetchLimits,
  isCached: (key: string) => boolean,
  fetcher: typeof fetch = fetch,
): Promise<FetchOutcome> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(new Error('timeout')), limits.timeoutMs);
  let fetched = 0;
  let length = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    // The page's cookies are not sent: provenance is read from the public file.
    const response = await fetcher(url, { signal: abort.signal, credentials: 'omit', cache: 'force-cache' });
    if (!response.ok || !response.body) return { kind: 'none', fetched, length, reason: `HTTP ${response.status}` };
    length = Number(response.headers.get('content-length')) || 0;
    if (length && isCached(cacheKey(url, length))) return { kind: 'cached', key: cacheKey(url, length), fetched };
    if (length > limits.maxBytes) return { kind: 'none', fetched, length, reason: 'too large' };
    reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let needAll = false;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      fetched += value.byteLength;
      if (fetched > limits.maxBytes) return { kind: 'none', fetched, length, reason: 'too large' };
      if (needAll || fetched < 12) continue;
      const head = concat(chunks, fetched);
      const format = sniffFormat(head);
      if (!format) return { kind: 'none', fetched, length, reason: 'not an image Candor reads' };
      // Other containers may put metadata after the image data: they are read whole.
      const verdict = format === 'image/jpeg' ? scanJpegHead(head) : 'c2pa';
      if (verdict === 'none') return { kind: 'none', fetched, length, reason: 'no metadata segments' };
      if (verdict === 'xmp') return { kind: 'bytes', bytes: head, fetched, length }; // XMP lies before the image data
      needAll = verdict === 'c2pa';
    }
    return { kind: 'bytes', bytes: concat(chunks, fetched), fetched, length: length || fetched };
  } catch (error) {
    return { kind: 'none', fetched, length, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
    abort.abort(); // releases the connection when reading stopped early
    reader?.cancel().catch(() => undefined);
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  chunks.splice(0, chunks.length, out);
  return out;
}
