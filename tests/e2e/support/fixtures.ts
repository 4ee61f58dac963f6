import { resolve } from 'node:path';
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../../../scripts/lib/launch';
import { createReportReader } from '../../../scripts/lib/report-reader';
import { serveDirectory, type StaticServer } from '../../../scripts/lib/static-server';
import type { PageReport } from '../../../utils/report/schema';

export const FIXTURE_PAGES = resolve(import.meta.dirname, '../../fixtures/pages');
export const NODE_MODULES = resolve(import.meta.dirname, '../../../node_modules');

interface Fixtures {
  extension: ExtensionBrowser;
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** tests/fixtures/pages served on loopback, with /node_modules/ for real consent libraries. */
  server: StaticServer;
  /** Asks the background for a tab's report through the public `report:get` message. */
  reportOf: (page: Page) => Promise<PageReport | null>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  extension: async ({}, use) => {
    const extension = await launchWithExtension();
    await use(extension);
    await extension.close();
  },
  context: async ({ extension }, use) => use(extension.context),
  extensionId: async ({ extension }, use) => use(extension.extensionId),
  serviceWorker: async ({ extension }, use) => use(await extension.serviceWorker()),
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await serveDirectory(FIXTURE_PAGES, { '/node_modules/': NODE_MODULES });
    await use(server);
    await server.close();
  },
  reportOf: async ({ extension }, use) => use(createReportReader(extension)),
});

/** Polls the report until `ready` holds, failing with the last report seen. */
export async function waitForReport(
  reportOf: (page: Page) => Promise<PageReport | null>,
  page: Page,
  ready: (report: PageReport) => boolean,
  timeout = 15_000,
): Promise<PageReport> {
  let last: PageReport | null = null;
  try {
    await expect
      .poll(async () => {
        last = await reportOf(page);
        return last !== null && ready(last);
      }, { timeout })
      .toBe(true);
  } catch (error) {
    const seen = last ? { ...(last as PageReport), article: (last as PageReport).article && '…' } : null;
    throw new Error(`the report never became ready; last seen: ${JSON.stringify(seen)}`, { cause: error });
  }
  return last!;
}

export { expect };
