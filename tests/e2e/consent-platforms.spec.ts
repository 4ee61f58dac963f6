import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from '@playwright/test';
import { serveDirectory } from '../../scripts/lib/static-server';
import type { Preferences } from '../../utils/storage/preferences';
import {
  CONSENT_PAGES,
  CONSENT_PAGES_DIR,
  MIXED_ALLOWED,
  SOURCEPOINT_CMP_DIR,
  acceptClicks,
  scrollLocked,
  type Mode,
} from '../fixtures/pages/consent-platforms/catalog';
import { expect, test, waitForReport } from './support/fixtures';

/** Sets preferences the way Candor's options page does: `prefs:set` from an extension page. */
async function updatePreferences(
  context: BrowserContext,
  extensionId: string,
  change: (prefs: Preferences) => Preferences,
): Promise<void> {
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/popup.html`);
  await probe.evaluate(async (next) => {
    await chrome.runtime.sendMessage({ type: 'prefs:set', prefs: next });
  }, change(await probe.evaluate(() => chrome.runtime.sendMessage({ type: 'prefs:get' }))));
  await probe.close();
}

const unhidden = (page: Page) => page.evaluate(() => document.documentElement.hasAttribute('data-candor-consent-shown'));

for (const mode of ['reject', 'mixed'] as Mode[]) {
  const title =
    mode === 'reject'
      ? 'default preferences: every known platform ends verified rejected in its own stored state'
      : 'functional + analytics allowed: each platform stores exactly those, or rejects all where it cannot say it';
  test(title, async ({ context, extensionId, server, reportOf }) => {
    test.setTimeout(300_000);
    const cmpServer = await serveDirectory(SOURCEPOINT_CMP_DIR, { '/shared/': CONSENT_PAGES_DIR });
    try {
      if (mode === 'mixed') {
        await updatePreferences(context, extensionId, (prefs) => ({
          ...prefs,
          consent: { ...prefs.consent, allowed: [...MIXED_ALLOWED] },
        }));
      }
      const page = await context.newPage();
      for (const [index, fixture] of CONSENT_PAGES.entries()) {
        // Each fixture is its own site, so no cookie carries over from one platform to the next.
        const query = fixture.needsCmpOrigin ? `?cmp=${encodeURIComponent(cmpServer.url('/', 'cmp.candor.test').slice(0, -1))}` : '';
        await page.goto(server.url(`/consent-platforms/${fixture.file}${query}`, `site${index}.candor.test`));
        // This page's report: right after a navigation the tab may still answer with the previous one.
        const report = await waitForReport(
          reportOf,
          page,
          (r) => r.url === page.url() && !!r.consent && r.consent.outcome !== 'none',
          20_000,
        );
        const consent = report.consent!;
        const outcome = mode === 'reject' ? 'rejected' : fixture.mixedOutcome;
        const label = `${fixture.name}: ${JSON.stringify(consent)}`;
        expect.soft(consent.cmp ?? '', label).toMatch(fixture.cmp);
        expect.soft(consent.outcome, label).toBe(outcome);
        expect.soft(consent.verified, label).toBe(true);
        expect.soft(consent.categories, label).toEqual(outcome === 'custom' ? ['functional', 'analytics'] : []);
        expect.soft(await fixture.read(page), `${fixture.name}: the library's own stored consent`).toEqual(fixture.expected[mode]);
        expect.soft(await acceptClicks(page), `${fixture.name}: clicks on accept controls`).toEqual([]);
        expect.soft(await scrollLocked(page), `${fixture.name}: page left scroll-locked`).toBe(false);
        expect.soft(await unhidden(page), `${fixture.name}: prehiding ended`).toBe(true);
      }
    } finally {
      await cmpServer.close();
    }
  });
}

test('Global Privacy Control: Sec-GPC header and navigator.globalPrivacyControl while on, neither once off', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(90_000);
  let lastHeader: string | null = null;
  const echo = createServer((req, res) => {
    if (req.url === '/') lastHeader = (req.headers['sec-gpc'] as string | undefined) ?? null;
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>gpc</title><p>GPC probe</p>');
  });
  await new Promise<void>((done) => echo.listen(0, '127.0.0.1', done));
  const url = `http://gpc.candor.test:${(echo.address() as AddressInfo).port}/`;
  const page = await context.newPage();
  const signals = async () => {
    await page.goto(url);
    return {
      header: lastHeader,
      navigator: await page.evaluate(() => (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true),
    };
  };
  try {
    // The dynamic rule and the main-world script are put in place when the worker starts.
    await expect.poll(signals, { timeout: 30_000 }).toEqual({ header: '1', navigator: true });
    await updatePreferences(context, extensionId, (prefs) => ({
      ...prefs,
      consent: { ...prefs.consent, globalPrivacyControl: false },
    }));
    await expect.poll(signals, { timeout: 30_000 }).toEqual({ header: null, navigator: false });
  } finally {
    echo.closeAllConnections();
    await new Promise((done) => echo.close(done));
  }
});
