import { launchWithExtension } from '../../scripts/lib/launch';
import { createReportReader } from '../../scripts/lib/report-reader';
import { expect, test, waitForReport } from './support/fixtures';
import { openPopup, tabIdOf } from './ui-helpers';

/**
 * The popup, options and welcome pages in English and Chinese, light and dark, saved as test artifacts
 * (test-results/…/popup-zh-CN-dark.png and so on) for people to look at. The browser's UI
 * language comes from `--lang`, which is what chrome.i18n follows.
 */
const LANGUAGES = [
  { lang: 'en', article: 'Article', cookies: 'Cookies', options: 'Candor settings' },
  { lang: 'zh-CN', article: '文章', cookies: 'Cookie', options: 'Candor 设置' },
];

for (const { lang, article, cookies, options: optionsTitle } of LANGUAGES) {
  test(`popup and options in ${lang}, light and dark`, async ({ server }, testInfo) => {
    test.setTimeout(120_000);
    const extension = await launchWithExtension({ args: [`--lang=${lang}`] });
    try {
      const { context, extensionId } = extension;
      const page = await context.newPage();
      await page.goto(server.url('/demo-news/', 'news.candor.test'));
      await waitForReport(createReportReader(extension), page, (r) => r.url === page.url() && r.article !== null && r.consent !== null, 30_000);
      const popup = await openPopup(context, extensionId, await tabIdOf(await extension.serviceWorker(), page.url()));
      const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
      const welcome =
        context.pages().find((p) => p.url() === welcomeUrl) ??
        (await context.waitForEvent('page', { predicate: (p) => p.url() === welcomeUrl }));
      await welcome.setViewportSize({ width: 1000, height: 800 });
      const options = await context.newPage();
      await options.setViewportSize({ width: 1100, height: 900 });
      await options.goto(`chrome-extension://${extensionId}/options.html`);

      await expect(popup.getByRole('heading', { level: 2, name: article })).toBeVisible();
      await expect(popup.getByRole('heading', { level: 2, name: cookies })).toBeVisible();
      await expect(popup.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang.split('-')[0]}`));
      await expect(options.getByRole('heading', { level: 1, name: optionsTitle })).toBeVisible();
      await expect(options.locator('#history canvas').first()).toBeVisible();
      await expect(welcome.getByRole('switch', { name: /GPC|Global Privacy Control/ })).toBeChecked();

      for (const colorScheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme });
        await options.emulateMedia({ colorScheme });
        // The chart redraws with the theme's colours on the scheme change.
        await options.waitForFunction(() => document.querySelectorAll('#history canvas').length >= 2);
        await popup.screenshot({ path: testInfo.outputPath(`popup-${lang}-${colorScheme}.png`), fullPage: true });
        await options.screenshot({ path: testInfo.outputPath(`options-${lang}-${colorScheme}.png`), fullPage: true });
        await welcome.emulateMedia({ colorScheme });
        await welcome.screenshot({ path: testInfo.outputPath(`welcome-${lang}-${colorScheme}.png`), fullPage: true });
      }
    } finally {
      await extension.close();
    }
  });
}
