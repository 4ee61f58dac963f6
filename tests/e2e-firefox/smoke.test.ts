import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server';
import { FIXTURE_PAGES, NODE_MODULES, waitForReport } from './support';

// One Firefox for the whole file: it takes ~10 s to start on a 2-core machine.
describe('Candor in Firefox (firefox-esr over WebDriver BiDi)', () => {
  let firefox: FirefoxWithExtension;
  let server: StaticServer;

  before(async () => {
    server = await serveDirectory(FIXTURE_PAGES, { '/node_modules/': NODE_MODULES });
    firefox = await launchFirefoxWithExtension();
  });
  after(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('the demo page’s report reaches the background', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/demo-news/', 'news.candor.test'));
    const report = await waitForReport(firefox, page, (r) => r.url === page.url());
    assert.match(report.title, /Harbour cities agree/);
    assert.equal(report.schemaVersion, 1);
    await page.close();
  });
});
