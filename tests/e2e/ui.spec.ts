import { readFile } from 'node:fs/promises';
import type { Worker } from '@playwright/test';
import { PageReportSchema } from '../../utils/report/schema';
import { DEFAULT_PREFERENCES } from '../../utils/storage/preferences';
import { expect, test, waitForReport } from './support/fixtures';
import { openPopup, prefsOf, tabIdOf } from './ui-helpers';

const badgeText = (worker: Worker, tabId: number) =>
  worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

test('first run opens the welcome tab with the defaults on one screen', async ({ context, extensionId }) => {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const welcome = context.pages().find((p) => p.url() === url) ?? (await context.waitForEvent('page', { predicate: (p) => p.url() === url }));
  await expect(welcome.getByRole('heading', { level: 1, name: 'Welcome to Candor' })).toBeVisible();
  // The defaults are shown as they are stored: nothing but necessary cookies, GPC on, badges on.
  await expect(welcome.getByRole('checkbox', { name: /Statistics/ })).not.toBeChecked();
  await expect(welcome.getByRole('switch', { name: /Global Privacy Control/ })).toBeChecked();
  await welcome.getByRole('checkbox', { name: /Statistics/ }).check();
  await expect.poll(async () => (await prefsOf(welcome)).consent.allowed).toEqual(['analytics']);
});

test('the popup shows the demo page and a site rule set there applies on reload', async ({
  context,
  extensionId,
  serviceWorker,
  server,
  reportOf,
}) => {
  // A long walk through the popup (and a reload) on what may be a busy 2-core CI machine.
  test.setTimeout(180_000);
  const page = await context.newPage();
  await page.goto(server.url('/demo-news/', 'news.candor.test'));
  const report = await waitForReport(reportOf, page, (r) => r.url === page.url() && r.article !== null && r.consent !== null, 30_000);
  const tabId = await tabIdOf(serviceWorker, page.url());

  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('article').locator('.headline')).toHaveText(report.article!.headline);
  // The count in the popup is the toolbar badge's number (metadata findings may still arrive).
  const counts = async () => [await popup.getByTestId('ai-count').textContent(), (await badgeText(serviceWorker, tabId)) || '0'];
  await expect.poll(async () => new Set(await counts()).size).toBe(1);
  expect(Number((await counts())[0])).toBeGreaterThan(0);

  // Export: the page's report as JSON, valid against the public schema.
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export report (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^candor-report-news\.candor\.test-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = PageReportSchema.parse(JSON.parse(await readFile(await download.path(), 'utf8')));
  expect(exported.url).toBe(page.url());

  // "Show on page" brings the last labelled story into view.
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await popup.getByRole('button', { name: /^Show on page/ }).last().click();
  await page.bringToFront();
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
  await popup.bringToFront();
  await expect(popup.getByRole('alert')).toHaveCount(0);
  // By default the demo banner is refused.
  await expect(popup.getByTestId('consent-outcome')).toHaveAttribute('data-outcome', 'rejected');
  await expect(popup.getByTestId('consent-outcome')).toHaveText('Rejected all non-essential cookies');

  await popup.getByRole('radio', { name: 'Allow all here' }).check();
  await expect(popup.getByText('Reload the page to apply.')).toBeVisible();
  await expect.poll(async () => (await prefsOf(popup)).consent.siteRules).toEqual({ 'candor.test': 'allow-all' });

  // The demo site remembers the earlier refusal in a cookie and would not ask again; forget it,
  // as a person changing their mind would, so the reload shows the banner to the new rule.
  await context.clearCookies();
  await popup.getByRole('button', { name: 'Reload page' }).click();
  // The rule reached the consent engine: on this site it now allows everything, and the live
  // popup shows the new answer without being reopened.
  await waitForReport(reportOf, page, (r) => r.consent?.outcome === 'accepted', 30_000);
  await expect(popup.getByTestId('consent-outcome')).toHaveAttribute('data-outcome', 'accepted');

  await popup.getByRole('radio', { name: 'Use my defaults' }).check();
  await expect.poll(async () => (await prefsOf(popup)).consent.siteRules).toEqual({});

  // Keyboard only: arrow keys move through the rules, and the focused one is visibly outlined.
  await popup.getByRole('radio', { name: 'Use my defaults' }).focus();
  await popup.keyboard.press('ArrowLeft');
  await expect(popup.getByRole('radio', { name: 'Leave alone here' })).toBeFocused();
  await expect(popup.getByRole('radio', { name: 'Leave alone here' })).toBeChecked();
  await expect.poll(async () => (await prefsOf(popup)).consent.siteRules).toEqual({ 'candor.test': 'leave-alone' });
  expect(await popup.evaluate(() => getComputedStyle(document.activeElement!.closest('label')!).outlineStyle)).toBe('solid');
});

test('the popup says so on pages Candor may not read', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto('chrome://version/');
  const tabId = await tabIdOf(serviceWorker, 'chrome://version/');
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('restricted')).toContainText('Candor can’t look at this page');
});

test('options: a malformed settings file is refused and changes nothing; a good one is applied', async ({
  context,
  extensionId,
  server,
  reportOf,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('/demo-news/', 'news.candor.test'));
  await waitForReport(reportOf, page, (r) => r.url === page.url() && r.consent !== null, 30_000);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const before = await prefsOf(options);
  const input = options.getByTestId('import-file');

  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
  await expect(options.getByTestId('import-message')).toContainText('This file is not JSON. Nothing was changed.');
  const wrongShape = { format: 'candor-settings', version: 1, exportedAt: 'x', preferences: { consent: 'all' } };
  await input.setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrongShape)) });
  await expect(options.getByTestId('import-message')).toContainText('not a Candor settings file. Nothing was changed.');
  expect(await prefsOf(options)).toEqual(before);

  const good = {
    format: 'candor-settings',
    version: 1,
    exportedAt: new Date().toISOString(),
    preferences: { ...DEFAULT_PREFERENCES, consent: { ...DEFAULT_PREFERENCES.consent, siteRules: { 'example.org': 'leave-alone' } } },
  };
  await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(options.getByTestId('import-message')).toContainText('Settings loaded from good.json.');
  await expect(options.getByRole('row', { name: /example\.org/ })).toBeVisible();
  expect((await prefsOf(options)).consent.siteRules).toEqual({ 'example.org': 'leave-alone' });

  // Site rules: add one through the form, then remove it.
  await options.getByRole('textbox', { name: 'Site', exact: true }).fill('https://www.news.example.co.uk/story');
  await options.getByRole('button', { name: 'Add rule' }).click();
  await expect(options.getByRole('row', { name: /example\.co\.uk/ })).toBeVisible();
  await options.getByRole('button', { name: 'Remove the rule for example.co.uk' }).click();
  await expect(options.getByRole('row', { name: /example\.co\.uk/ })).toHaveCount(0);

  // History: the demo visit is charted, and the same figures are in the table for screen readers.
  await expect(options.locator('#history canvas').first()).toBeVisible();
  await expect(options.getByTestId('per-site-table').getByRole('row', { name: /news\.candor\.test/ })).toHaveCount(1);
});

test('options: a site rule set elsewhere (the popup) while the options page is open survives its next save', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('checkbox', { name: /Statistics/ })).not.toBeChecked();

  // What the popup's "Leave banners alone here" sends, from another extension page.
  const popupLike = await context.newPage();
  await popupLike.goto(`chrome-extension://${extensionId}/popup.html`);
  await popupLike.evaluate(() => chrome.runtime.sendMessage({ type: 'site-rule:set', site: 'example.net', rule: 'leave-alone' }));
  await expect(options.getByRole('row', { name: /example\.net/ })).toBeVisible();

  await options.getByRole('checkbox', { name: /Statistics/ }).check();
  await expect.poll(async () => (await prefsOf(options)).consent.allowed).toEqual(['analytics']);
  expect((await prefsOf(options)).consent.siteRules).toEqual({ 'example.net': 'leave-alone' });
});
