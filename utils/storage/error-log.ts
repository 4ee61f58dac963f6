import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { salvage } from './salvage';
import type { Bounds } from './bounded';

/**
 * Candor's own failures in pages (a detector that threw), reported by content scripts with their
 * context: which feature, on which site, what was thrown. Kept small and newest first, for the
 * options page and bug reports; never page content beyond the URL's origin and path.
 */
export const ErrorLogEntrySchema = z.object({
  at: z.string(),
  feature: z.string().check(z.maxLength(100)),
  message: z.string().check(z.maxLength(500)),
  stack: z.optional(z.string().check(z.maxLength(2000))),
  /** Origin and path of the page, without query or fragment (which can carry personal data). */
  page: z.string().check(z.maxLength(500)),
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
