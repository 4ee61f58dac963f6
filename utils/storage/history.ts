import * as z from 'zod/mini';
import type { PageReport } from '../report/schema';
import type { Bounds } from './bounded';

/** One page visit as kept in history: a digest, not the whole report, so the log stays small. */
export const HistoryEntrySchema = z.object({
  url: z.string(),
  site: z.string(),
  title: z.string(),
  scannedAt: z.string(),
  headline: z.nullable(z.string()),
  aiImages: z.int().check(z.nonnegative()),
  aiStories: z.int().check(z.nonnegative()),
  consentOutcome: z.nullable(z.string()),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const HISTORY_LIMIT = 500;
/** History is kept within both bounds (storage.local holds 10 MB in Chromium, shared with everything else). */
export const HISTORY_BOUNDS: Bounds = { entries: HISTORY_LIMIT, bytes: 1_000_000 };

/** A page's strings are cut to these lengths in history: a 100 kB headline is not a digest. */
const MAX_URL = 2048;
const MAX_TEXT = 300;

export function historyEntryOf(report: PageReport): HistoryEntry {
  let site = '';
  try {
    site = new URL(report.url).hostname;
  } catch {
    // A report URL that does not parse keeps an empty site rather than being lost.
  }
  return {
    url: report.url.slice(0, MAX_URL),
    site,
    title: report.title.slice(0, MAX_TEXT),
    scannedAt: report.scannedAt,
    headline: report.article?.headline.slice(0, MAX_TEXT) ?? null,
    aiImages: report.ai.filter((f) => f.kind === 'image').length,
    aiStories: report.ai.filter((f) => f.kind === 'text').length,
    consentOutcome: report.consent?.outcome ?? null,
  };
}

/**
 * Adds an entry, replacing an earlier one for the same URL (a page rescanned after an SPA update
 * is one visit), newest first, capped at HISTORY_LIMIT.
 */
export function appendHistory(history: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const rest = history.filter((h) => h.url !== entry.url);
  return [entry, ...rest].slice(0, HISTORY_LIMIT);
}

/** Keeps the entries scanned within the last `retentionDays` (the person's history setting). */
export function withinRetention(history: HistoryEntry[], retentionDays: number, now = new Date()): HistoryEntry[] {
  const oldest = now.getTime() - retentionDays * 86_400_000;
  return history.filter((h) => !(Date.parse(h.scannedAt) < oldest));
}
