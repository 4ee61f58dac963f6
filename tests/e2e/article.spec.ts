import { expect, test, waitForReport } from './support/fixtures';

const FERRY = 'Valley ferry adds evening crossings after two years of commuter complaints';
const BRIDGE = 'Old rail bridge to reopen as a cycle path in spring after repairs';

test('articles in three languages are read off the page, in the offscreen document; a listing page is no article', async ({
  context,
  extensionId,
  server,
  reportOf,
}) => {
  const cases = [
    { path: '/articles/en-council-budget.html', headline: 'Riverside council backs budget that doubles bus lanes', lang: 'en-GB' },
    { path: '/articles/zh-metro-line.html', headline: '滨江地铁九号线南延段今日开通运营', lang: 'zh-CN' },
    { path: '/articles/ja-city-library.html', headline: '駅前に新しい市立図書館が完成\u3000夜10時まで開館', lang: 'ja-JP' },
  ];
  const page = await context.newPage();
  for (const { path, headline, lang } of cases) {
    await page.goto(server.url(path));
    const report = await waitForReport(reportOf, page, (r) => r.url === page.url() && r.article !== null);
    expect(report.article).toMatchObject({ headline, lang });
    expect(report.article!.highlights.length).toBeGreaterThanOrEqual(3);
    for (const h of report.article!.highlights) expect(report.article!.text).toContain(h.text);
  }
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  expect(targetInfos.map((t) => t.url)).toContain(`chrome-extension://${extensionId}/offscreen.html`);

  await page.goto(server.url('/articles/listing-zh-home.html'));
  await waitForReport(reportOf, page, (r) => r.url === page.url());
  await page.waitForTimeout(2500); // time for a (wrong) article to arrive, were one found
  expect((await reportOf(page))?.article).toBeNull();
});

test('a client-rendered site: each route gets its own report and article, back included', async ({ context, server, reportOf }) => {
  const page = await context.newPage();
  await page.goto(server.url('/articles/spa/'));
  const first = await waitForReport(reportOf, page, (r) => r.article?.headline === FERRY);
  expect(first.article).toMatchObject({ byline: 'Ines Okafor', siteName: 'The Valley Ledger', lang: 'en' });
  expect(first.article!.highlights.map((h) => h.text).join(' ')).toMatch(/ferry|crossings/i);

  await page.click('#next');
  await expect(page).toHaveURL(/story=bridge/);
  const second = await waitForReport(reportOf, page, (r) => r.url === page.url() && r.article?.headline === BRIDGE);
  expect(second.article).toMatchObject({ byline: 'Tomas Lindgren' });
  expect(second.article!.text).not.toContain('ferry');
  expect(second.article!.highlights.map((h) => h.text).join(' ')).toMatch(/bridge|path|deck/i);

  await page.goBack();
  const back = await waitForReport(reportOf, page, (r) => r.url === page.url() && r.article?.headline === FERRY);
  expect(back.url).toBe(server.url('/articles/spa/'));
});
