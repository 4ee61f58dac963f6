/** Size of a value as stored: chrome.storage counts the key and the JSON text of the value. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

export interface Bounds {
  entries: number;
  bytes: number;
}

/**
 * Keeps the first entries of a newest-first list that fit both bounds: at most `entries` of them
 * and at most `bytes` of JSON in all. One huge entry (a 100 kB headline) costs its own place,
 * never the whole list's.
 */
export function withinBounds<T>(list: readonly T[], bounds: Bounds): T[] {
  const kept: T[] = [];
  let bytes = 2; // the brackets
  for (const entry of list) {
    if (kept.length >= bounds.entries) break;
    const size = jsonBytes(entry) + 1;
    if (bytes + size > bounds.bytes) continue;
    kept.push(entry);
    bytes += size;
  }
  return kept;
}

/** chrome.storage's "QUOTA_BYTES quota exceeded" (and the QuotaExceededError of other engines). */
export function isQuotaError(error: unknown): boolean {
  return /quota/i.test(error instanceof Error ? `${error.name} ${error.message}` : String(error));
}

/**
 * Stores a newest-first list, bounded; when the storage area is full (other data, or a quota lower
 * than we planned for) it keeps halving the list from its oldest end until the write fits, down to
 * nothing. A full disk costs old history entries, never the write that records the newest one.
 * Returns what was stored.
 */
export async function storeBounded<T>(
  item: { setValue(value: T[]): Promise<void> },
  list: readonly T[],
  bounds: Bounds,
): Promise<T[]> {
  let kept = withinBounds(list, bounds);
  for (;;) {
    try {
      await item.setValue(kept);
      return kept;
    } catch (error) {
      if (!isQuotaError(error) || kept.length === 0) throw error;
      kept = kept.slice(0, Math.floor(kept.length / 2));
    }
  }
}
