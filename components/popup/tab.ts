import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  url: string;
}

/** Which tab the popup describes: `?tabId=` (tests, the scan CLI) or the active tab. */
export async function targetTab(search = location.search): Promise<TargetTab | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  const tab =
    Number.isInteger(fromQuery) && fromQuery > 0
      ? await browser.tabs.get(fromQuery).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? '' };
}

/** Browser stores forbid extensions from scripting them, so Candor cannot see these pages. */
const STORE_PAGES: Array<[host: string, pathPrefix: string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
];

/** Pages the content script never runs on: browser pages (chrome://, about:, file:…) and stores. */
export function isRestrictedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  return STORE_PAGES.some(([host, path]) => parsed.hostname === host && parsed.pathname.startsWith(path));
}
