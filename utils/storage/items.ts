import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { PageReportSchema, type PageReport } from '../report/schema';
import { HistoryEntrySchema, type HistoryEntry } from './history';
import { DEFAULT_PREFERENCES, PreferencesSchema, type Preferences } from './preferences';
import { salvage } from './salvage';

/**
 * Storage items, versioned so later schemas can migrate old data. The service worker keeps nothing
 * in memory: MV3 may stop it at any time, so every read goes to storage.
 */
export const preferencesItem = storage.defineItem<Preferences>('local:preferences', {
  fallback: DEFAULT_PREFERENCES,
  version: 1,
});

export const historyItem = storage.defineItem<HistoryEntry[]>('local:history', {
  fallback: [],
  version: 1,
});

/** Per-tab reports live in session storage: they die with the browser session, like the tabs. */
export function reportItem(tabId: number) {
  return storage.defineItem<PageReport | null>(`session:report:${tabId}`, { fallback: null });
}

/** Reads a stored value through its schema; anything that fails validation counts as absent. */
export async function readValidated<T>(
  item: { getValue(): Promise<unknown> },
  schema: z.ZodMiniType<T>,
  fallback: T,
): Promise<T> {
  const parsed = schema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : fallback;
}

/**
 * Preferences and history are read through `salvage`: a partly broken value keeps its valid parts
 * (the background repairs the stored copy at start, with a backup: see recovery.ts).
 */
export const getPreferences = async () =>
  salvage(PreferencesSchema, await preferencesItem.getValue(), DEFAULT_PREFERENCES).value;
export const getHistory = async () => salvage(z.array(HistoryEntrySchema), await historyItem.getValue(), []).value;
export const getReport = (tabId: number) =>
  readValidated(reportItem(tabId), z.nullable(PageReportSchema), null);
