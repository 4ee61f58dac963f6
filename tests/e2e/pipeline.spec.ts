import { expect, test, waitForReport } from './support/fixtures';

test('a page report travels from the content script to the background', async ({ context, server, reportOf }) => {
  const page = await context.newPage();
  await page.goto(server.url('/demo-news/'));
  const report = await waitForReport(reportOf, page, (r) => r.url === page.url());
  expect(report.title).toContain('Harbour cities agree');
  expect(report.schemaVersion).toBe(1);
});
