import * as z from 'zod/mini';
import { HistoryEntrySchema } from '../storage/history';
import { PreferencesSchema, type Preferences, type SiteRule } from '../storage/preferences';
import { deliver } from './deliver';
import { ReportResponseSchema, type UiToBackground } from './messages';

/**
 * The UI's only way to talk to the background: typed requests, validated answers, re-sent when the
 * worker stopped before answering (every UI request is idempotent), so "saved" means stored.
 */
async function request<T>(message: UiToBackground, answer: z.ZodMiniType<T>): Promise<T> {
  return answer.parse(await deliver(message));
}

export const backgroundClient = {
  getReport: (tabId: number) => request({ type: 'report:get', tabId }, ReportResponseSchema),
  getHistory: () => request({ type: 'history:get' }, z.array(HistoryEntrySchema)),
  clearHistory: () => request({ type: 'history:clear' }, z.null()),
  clearAllData: () => request({ type: 'data:clear' }, z.null()),
  getPreferences: () => request({ type: 'prefs:get' }, PreferencesSchema),
  setPreferences: (prefs: Preferences) => request({ type: 'prefs:set', prefs }, z.null()),
  setSiteRule: (site: string, rule: SiteRule) => request({ type: 'site-rule:set', site, rule }, z.null()),
};
