import { browser } from 'wxt/browser';
import type { PageReport } from '../report/schema';
import { isQuotaError } from './bounded';
import { reportItem } from './items';

const REPORT_KEY = /^report:(\d+)$/;

/** Other tabs' reports, oldest scan first: what can go when the session area is full. */
async function evictableReports(keepTabId: number): Promise<string[]> {
  const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
  return Object.entries(all)
    .filter(([key]) => REPORT_KEY.test(key) && key !== `report:${keepTabId}`)
    .map(([key, value]) => ({ key, at: String((value as Partial<PageReport> | null)?.scannedAt ?? '') }))
    .sort((a, b) => a.at.localeCompare(b.at))
    .map(({ key }) => key);
}

/**
 * Stores a tab's report. Reports live in storage.session (10 MB in Chromium, shared by all tabs):
 * when it is full, the reports of the tabs scanned longest ago make room, a quarter at a time, so
 * the page being read always gets its report. Other errors are passed on.
 */
export async function saveReport(tabId: number, report: PageReport): Promise<void> {
  for (;;) {
    try {
      await reportItem(tabId).setValue(report);
      return;
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      const evictable = await evictableReports(tabId);
      if (evictable.length === 0) throw error;
      await browser.storage.session.remove(evictable.slice(0, Math.max(1, Math.ceil(evictable.length / 4))));
    }
  }
}
