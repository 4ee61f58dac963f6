import type { Page, Worker } from '@playwright/test';
import { ReportResponseSchema } from '../../utils/messaging/messages';
import type { PageReport } from '../../utils/report/schema';
import type { ExtensionBrowser } from './launch';

/** The tab id of the tab showing `url`, asked of the extension's (running) service worker. */
export async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  const id = await serviceWorker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null,
    url,
  );
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/**
 * Reads a page's report the way Candor's own UI does: an extension page (the popup, opened in a
 * tab of its own) finds the page's tab and sends the public `report:get` message to the
 * background. Going through a page rather than the worker keeps this working while the worker is
 * stopped and restarted. The answer is validated against the report schema.
 */
export function createReportReader(extension: ExtensionBrowser) {
  const open = async () => {
    const probe = await extension.context.newPage();
    await probe.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    return probe;
  };
  // One probe for every caller, opened once: callers polling several tabs at the same time (five
  // in hardening-pages) each opened their own and navigated the shared one under the others'
  // evaluate ("Execution context was destroyed"), so their pages never got a report.
  let opening: Promise<Page> | undefined;
  return async function reportOf(page: Page): Promise<PageReport | null> {
    if (!opening || (await opening.catch(() => null))?.isClosed() !== false) {
      opening = open();
    }
    const probe = await opening;
    const raw = await probe.evaluate(async (url) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
      return chrome.runtime.sendMessage({ type: 'report:get', tabId: tab.id });
    }, page.url());
    return ReportResponseSchema.parse(raw);
  };
}
