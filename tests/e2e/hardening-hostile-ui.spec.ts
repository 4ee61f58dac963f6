import { expect, test, waitForReport } from './support/fixtures';
import { openPopup, tabIdOf } from './ui-helpers';

/** Elements a page string would have become had it been inserted as HTML anywhere. */
const INJECTED = 'img[src="x"], [onerror], [onload], script:not([src])';

test('hostile headline, site name, labels and alt texts show as text in the popup and the badges; nothing runs; layout stays bounded', async ({
  context,
  extensionId,
  serviceWorker,
  server,
  reportOf,
}) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.goto(server.url('/hardening/hostile/', 'hostile.candor.test'));
  const report = await waitForReport(reportOf, page, (r) => r.url === page.url() && r.article !== null && r.ai.length >= 2, 30_000);
  // The hostile strings reached Candor as data: this test exercises them, it does not dodge them.
  expect(report.article!.headline).toContain(`<img src=x onerror="pwn('headline')">`);
  expect(report.ai.map((f) => f.phrase).join(' ')).toMatch(/AI-generated image/i);

  // Badges: in the page's DOM (a shadow root), built from the findings.
  const badges = page.locator('candor-ai-badges .badge');
  await expect(badges.first()).toBeVisible();
  const inPage = await page.evaluate((injected) => {
    const root = document.querySelector('candor-ai-badges')!.shadowRoot!;
    const boxes = [...root.querySelectorAll('.badge, .tip')].map((el) => el.getBoundingClientRect());
    return {
      injected: root.querySelectorAll(injected).length,
      widest: Math.max(...boxes.map((b) => b.width)),
      tallest: Math.max(...boxes.map((b) => b.height)),
      text: root.textContent ?? '',
    };
  }, INJECTED);
  expect(inPage.injected).toBe(0);
  expect(inPage.widest).toBeLessThanOrEqual(640);
  expect(inPage.tallest).toBeLessThanOrEqual(400);

  // The popup: the same strings as text, inside the popup's width.
  const tabId = await tabIdOf(serviceWorker, page.url());
  const popup = await openPopup(context, extensionId, tabId);
  const headline = popup.getByTestId('article').locator('.headline');
  await expect(headline).toContainText(`<img src=x onerror="pwn('headline')">`);
  await expect(popup.getByTestId('ai-count')).not.toHaveText('0');
  const inPopup = await popup.evaluate((injected) => {
    const box = document.querySelector('[data-testid="article"] .headline')!.getBoundingClientRect();
    return {
      injected: document.querySelectorAll(injected).length,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth,
      headlineHeight: box.height,
      text: document.body.textContent ?? '',
    };
  }, INJECTED);
  expect(inPopup.injected).toBe(0);
  expect(inPopup.scrollWidth).toBeLessThanOrEqual(inPopup.innerWidth);
  expect(inPopup.headlineHeight).toBeLessThanOrEqual(600);
  expect(inPopup.text).toContain('\u202E'); // shown as it is, not "fixed" into other text

  // Nothing ran, in the page or anywhere Candor put the strings.
  expect(await page.evaluate(() => (window as { __pwned?: string[] }).__pwned ?? [])).toEqual([]);
  await popup.close();
  await page.close();
});
