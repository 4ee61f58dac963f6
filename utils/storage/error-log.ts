import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { salvage } from './salvage';
import type { Bounds } from './bounded';

/**
 * Candor's own failures in pages (a detector that threw), reported by content scripts with their
 * context: which feature, on which site, what was thrown. Kept small and newest first, for the
 * options page and bug reports; never page content beyond the URL's origin and path.
 */
export const ErrorLogEntrySchema = z.object({
  at: z.string(),
  feature: z.string().max(100),
  message: z.string().max(500),
  stack: z.string().max(2000).optional(),
  /** Origin and path of the page, without query or fragment (which can carry personal data). */
  page: z.string().max(500),
});
export type ErrorLogEntry = z.infer<typeof ErrorLogEntrySchema>;

export const ERROR_LOG_BOUNDS: Bounds = { entries: 50, bytes: 40_000 };

export const errorLogItem = storage.defineItem<ErrorLogEntry[]>('local:errorLog', { fallback: [] });

export const getErrorLog = async () => salvage(z.array(ErrorLogEntrySchema), await errorLogItem.getValue(), []).value;

/** The page part worth keeping: origin + path, cut to the schema's length. */
export function pageOf(url: string): string {
  try {
    const { origin, pathname } = new URL(url);
    return `${origin}${pathname}`.slice(0, 500);
  } catch {
    return '';
  }
}
