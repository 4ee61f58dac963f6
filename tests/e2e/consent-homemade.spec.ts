import { consentOf, expect, fixtureState, test, withConsent } from './consent-homemade-support';

// A loaded 2-core CI machine can take long to start pages with the extension: allow 2 min per test.
test.describe.configure({ timeout: 120_000 });

const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'ru', 'tr', 'cs'];
/** The control each language's banner offers instead of accepting (see lang-texts.js). */
const EXPECTED_COOKIE: Record<string, string> = { ko: 'necessary', de: 'necessary' };

test('demo page: the Chinese banner is rejected with 拒绝, verified, scrolling restored, 接受 never clicked', async ({ extension, server, reportOf, prefs }) => {
  await prefs(withConsent({}));
  const page = await extension.context.newPage();
  const clicked: string[] = [];
  await page.exposeFunction('__recordConsentClick', (value: string) => void clicked.push(value));
  await page.addInitScript(() => {
    window.addEventListener('click', (e) => {
      const button = (e.target as Element).closest?.('button[data-consent]');
      if (button) (window as unknown as { __recordConsentClick(v: string): void }).__recordConsentClick(button.getAttribute('data-consent')!);
    }, true);
  });
  await page.goto(server.url('/demo-news/', 'demo.candor.test'));
  const consent = await consentOf(reportOf, page);
  expect(consent).toMatchObject({ outcome: 'rejected', verified: true, layer: 'heuristic', categories: [] });
  expect(consent.ms).not.toBeNull();
  const cookies = await page.context().cookies(page.url());
  expect(cookies.find((c) => c.name === 'tidewire_consent')?.value).toBe('rejected');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).not.toBe('hidden');
  expect(await page.locator('#cookie-banner').isVisible()).toBe(false);
  expect(clicked).toEqual(['reject']);
  console.log(`demo-news: ${consent.method} in ${consent.ms} ms`);
  await page.close();
});

for (const lang of LANGUAGES) {
  test(`home-made banner in ${lang}: rejected by words, verified, no accept click`, async ({ extension, server, reportOf, prefs }) => {
    await prefs(withConsent({}));
    const page = await extension.context.newPage();
    await page.goto(server.url(`/consent-homemade/lang.html?l=${lang}`, `${lang.toLowerCase()}.candor.test`));
    const consent = await consentOf(reportOf, page);
    const state = await fixtureState(page);
    expect(state.acceptClicks).toBe(0);
    expect(consent).toMatchObject({ outcome: 'rejected', verified: true, layer: 'heuristic' });
    expect(state.cookies[`hm_${lang.toLowerCase()}`]).toBe(EXPECTED_COOKIE[lang] ?? 'rejected');
    expect(state.bannerShown).toBe(false);
    expect(state.scrollLocked).toBe(false);
    console.log(`${lang}: ${consent.method} in ${consent.ms} ms`);
    await page.close();
  });
}
