import type { BrowserContext, Page, Worker } from '@playwright/test';
import { PreferencesSchema } from '../../utils/storage/preferences';

/** The id of the tab showing `url`, asked of the extension's service worker. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** The stored preferences, read through the public `prefs:get` message from an extension page. */
export async function prefsOf(extensionPage: Page) {
  return PreferencesSchema.parse(await extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'prefs:get' })));
}

/** The popup for `tabId`, opened in a tab of its own at the size Chrome gives the real popup. */
export async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}
