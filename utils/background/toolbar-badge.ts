import { browser } from 'wxt/browser';
import type { PageReport } from '../report/schema';

/** The toolbar badge shows the number of AI findings on the tab, nothing when there are none. */
export async function showFindingCount(tabId: number, report: PageReport | null): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const count = report?.ai.length ?? 0;
  try {
    await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    await action.setBadgeBackgroundColor({ tabId, color: '#6d28d9' });
  } catch {
    // The tab may have closed between the message and this call; nothing to show then.
  }
}
