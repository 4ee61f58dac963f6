import type { BrowserContext, Page } from '@playwright/test';
import { PreferencesSchema } from '../../utils/storage/preferences';

export { tabIdOf } from '../../scripts/lib/report-reader';

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
