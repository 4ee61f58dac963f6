import type { Page, Worker } from '@playwright/test';
import { PageReportSchema, type PageReport } from '../../utils/report/schema';
import type { ExtensionBrowser } from './launch';

/** The tab id of the tab showing `url`, asked of the extension's service worker. */
export async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  const id = await serviceWorker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/**
 * Reads a page's report the way Candor's own UI does: an extension page sends the public
 * `report:get` message to the background. The answer is validated against the report schema.
 */
export function createReportReader(extension: ExtensionBrowser) {
  let probe: Page | undefined;
  return async function reportOf(page: Page): Promise<PageReport | null> {
    const tabId = await tabIdOf(await extension.serviceWorker(), page.url());
    probe ??= await extension.context.newPage();
    if (!probe.url().startsWith(`chrome-extension://${extension.extensionId}/`)) {
      await probe.goto(`chrome-extension://${extension.extensionId}/popup.html?tabId=${tabId}`);
    }
    const raw = await probe.evaluate((id) => chrome.runtime.sendMessage({ type: 'report:get', tabId: id }), tabId);
    return PageReportSchema.nullable().parse(raw);
  };
}
