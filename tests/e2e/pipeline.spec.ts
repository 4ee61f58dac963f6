import { DEFAULT_PREFERENCES, type Preferences } from '../../utils/storage/preferences';
import { expect, test, waitForReport } from './support/fixtures';
import { stopServiceWorker } from './support/service-worker';

test('the report and the preferences survive the service worker being stopped', async ({
  context,
  extensionId,
  server,
  reportOf,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const prefs: Preferences = {
    ...DEFAULT_PREFERENCES,
    consent: { ...DEFAULT_PREFERENCES.consent, allowed: ['analytics'], siteRules: { 'example.org': 'leave-alone' } },
  };
  await options.evaluate((p) => chrome.runtime.sendMessage({ type: 'prefs:set', prefs: p }), prefs);

  const page = await context.newPage();
  await page.goto(server.url('/demo-news/'));
  // Wait for the whole scan (article, findings, banner), so nothing may legitimately change after.
  const before = await waitForReport(
    reportOf,
    page,
    (r) => r.url === page.url() && r.article !== null && r.ai.length > 0 && r.consent !== null,
  );
  expect(before.title).toContain('Harbour cities agree');

  await stopServiceWorker(context, page, extensionId);

  // The next message wakes a fresh worker, which must find everything in storage.
  expect(await reportOf(page)).toEqual(before);
  expect(await options.evaluate(() => chrome.runtime.sendMessage({ type: 'prefs:get' }))).toMatchObject(prefs);
});

test('a malformed message from an extension page is dropped and changes nothing', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const before = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'prefs:get' }));
  const answer = await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'prefs:set', prefs: { consent: 'everything' } }).then(
      (value) => ({ value }),
      (error: Error) => ({ error: error.message }),
    ),
  );
  expect(answer).not.toHaveProperty('value', null);
  expect(await options.evaluate(() => chrome.runtime.sendMessage({ type: 'prefs:get' }))).toEqual(before);
});
