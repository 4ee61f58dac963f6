import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ReportResponseSchema } from '../../utils/messaging/messages';
import type { PageReport } from '../../utils/report/schema';
import type { FirefoxWithExtension } from '../../scripts/lib/firefox';

export const FIXTURE_PAGES = resolve(import.meta.dirname, '../fixtures/pages');
export const NODE_MODULES = resolve(import.meta.dirname, '../../node_modules');

/** Asks the background for the report of the tab showing `page`, as Candor's popup does. */
export async function reportOf(firefox: FirefoxWithExtension, page: Page): Promise<PageReport | null> {
  const probe = await firefox.extensionPage();
  const raw = await probe.evaluate(async (url) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const tab = (await api.tabs.query({})).find((t) => t.url === url);
    if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
    return api.runtime.sendMessage({ type: 'report:get', tabId: tab.id });
  }, page.url());
  return ReportResponseSchema.parse(raw);
}

/** Polls until `ready` holds for the page's report; fails with the last report seen. */
export async function waitForReport(
  firefox: FirefoxWithExtension,
  page: Page,
  ready: (report: PageReport) => boolean,
  timeout = 15_000,
): Promise<PageReport> {
  const deadline = Date.now() + timeout;
  let last: PageReport | null = null;
  while (Date.now() < deadline) {
    last = await reportOf(firefox, page);
    if (last && ready(last)) return last;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`report not ready after ${timeout} ms; last: ${JSON.stringify(last)?.slice(0, 400)}`);
}
