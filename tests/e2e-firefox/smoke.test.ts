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

  it('reads an article from its copy sent in chunks: emoji, bidi controls and JSON-LD come back exact', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/articles/unicode-hostile.html', 'unicode.candor.test'));
    const report = await waitForReport(firefox, page, (r) => r.url === page.url() && r.article !== null);
    assert.equal(report.article?.headline, 'Café “Zukunft” 🚲 — \u200fمدينة الدراجات\u200f');
    assert.ok(report.article?.text.includes('😀🇩🇪👍🏽'), 'emoji read back');
    assert.ok(report.article?.text.includes('\u202egnirts desrever\u202c'), 'bidi override read back');
    await page.close();
  });

  it('the demo page gets its AI badges and its banner is rejected', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/demo-news/', 'badges.candor.test'));
    const report = await waitForReport(firefox, page, (r) => r.ai.length > 0 && r.consent !== null);
    assert.ok(report.ai.some((f) => f.kind === 'image' && f.phrase.includes('AI 生成的图像')), 'image labels found');
    assert.ok(report.ai.some((f) => f.kind === 'text' && f.phrase.includes('由 AI 报道')), 'story labels found');
    assert.equal(report.consent?.outcome, 'rejected');
    // The badges are drawn in Candor's own element with a shadow root, one per labelled item.
    await page.waitForFunction(() => (document.querySelector('candor-ai-badges')?.shadowRoot?.childElementCount ?? 0) > 0, {
      timeout: 10_000,
    });
    const cookie = await page.evaluate(() => document.cookie);
    assert.match(cookie, /tidewire_consent=rejected/);
    const banner = await page.evaluate(() => (document.getElementById('cookie-banner') as HTMLElement).hidden);
    assert.equal(banner, true);
    const locked = await page.evaluate(() => getComputedStyle(document.documentElement).overflowY);
    assert.notEqual(locked, 'hidden');
    await page.close();
  });
});
