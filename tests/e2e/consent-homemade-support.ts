import { test as base, expect, type Frame, type Page } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/launch';
import { createReportReader } from '../../scripts/lib/report-reader';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server';
import type { ConsentResult, PageReport } from '../../utils/report/schema';
import { DEFAULT_PREFERENCES, type Preferences } from '../../utils/storage/preferences';
import { FIXTURE_PAGES, NODE_MODULES } from './support/fixtures';

/**
 * One Chromium with the built extension per worker for all home-made banner tests (each page uses
 * its own *.candor.test host, so cookies do not leak between tests), plus helpers that read the
 * end state of a fixture: the report's consent, the fixture's cookie, scroll lock and clicks.
 */
export const test = base.extend<
  { prefs: (prefs: Preferences) => Promise<void> },
  { extension: ExtensionBrowser; server: StaticServer; reportOf: (page: Page) => Promise<PageReport | null> }
>({
  extension: [
    // Depends on the server so the browser closes (and drops its keep-alive sockets) first.
    async ({ server: _server }, use) => {
      const extension = await launchWithExtension(); // honours CANDOR_EXTENSION_DIR (scripts/lib/launch.ts)
      await use(extension);
      await extension.close();
    },
    { scope: 'worker' },
  ],
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveDirectory(FIXTURE_PAGES, { '/node_modules/': NODE_MODULES });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  reportOf: [async ({ extension }, use) => use(createReportReader(extension)), { scope: 'worker' }],
  /** Saves preferences through the public `prefs:set` message; every test starts from the defaults. */
  prefs: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    const set = async (prefs: Preferences) => {
      await page.evaluate((p) => chrome.runtime.sendMessage({ type: 'prefs:set', prefs: p }), prefs);
    };
    await set(DEFAULT_PREFERENCES);
    await use(set);
    await page.close();
  },
});

export function withConsent(consent: Partial<Preferences['consent']>): Preferences {
  return { ...DEFAULT_PREFERENCES, consent: { ...DEFAULT_PREFERENCES.consent, ...consent } };
}

/** Waits until the tab's report has a consent result, and returns it. */
export async function consentOf(
  reportOf: (page: Page) => Promise<PageReport | null>,
  page: Page,
  timeout = 20_000,
): Promise<ConsentResult> {
  let consent: ConsentResult | null = null;
  await expect
    .poll(async () => (consent = (await reportOf(page).catch(() => null))?.consent ?? null), { timeout })
    .not.toBeNull();
  return consent!;
}

export interface FixtureState {
  cookies: Record<string, string>;
  acceptClicks: number;
  payClicks: number;
  clicks: number;
  scrollLocked: boolean;
  bannerShown: boolean;
}

/** The fixture's own view of itself, summed over the page and its frames (clicks) . */
export async function fixtureState(page: Page, bannerSelector = '[data-banner]'): Promise<FixtureState> {
  const frames: Frame[] = page.frames();
  const perFrame = await Promise.all(
    frames.map((frame) =>
      frame
        .evaluate((selector) => {
          const count = (key: string) => Number(sessionStorage.getItem(key) ?? '0');
          const locked = [document.documentElement, document.body].some((el) =>
            ['hidden', 'clip'].includes(getComputedStyle(el).overflowY),
          );
          const find = (root: Document | ShadowRoot): Element | null => {
            const hit = root.querySelector(selector);
            if (hit) return hit;
            for (const el of root.querySelectorAll('*')) {
              const inner = el.shadowRoot && find(el.shadowRoot);
              if (inner) return inner;
            }
            return null;
          };
          const banner = find(document);
          return {
            cookie: document.cookie,
            accept: count('fixture:accept-clicks'),
            pay: count('fixture:pay-clicks'),
            clicks: count('fixture:clicks'),
            locked,
            shown: !!banner && banner.checkVisibility() && banner.getClientRects().length > 0,
          };
        }, bannerSelector)
        .catch(() => null),
    ),
  );
  const states = perFrame.filter((s) => s !== null);
  const cookies = Object.fromEntries(
    states[0]!.cookie
      .split('; ')
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
  return {
    cookies,
    acceptClicks: states.reduce((n, s) => n + s.accept, 0),
    payClicks: states.reduce((n, s) => n + s.pay, 0),
    clicks: states.reduce((n, s) => n + s.clicks, 0),
    scrollLocked: states[0]!.locked,
    bannerShown: states.some((s) => s.shown),
  };
}

export { expect };
