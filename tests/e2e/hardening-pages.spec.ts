import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ConsoleMessage, Page } from '@playwright/test';
import { expect, FIXTURE_PAGES, test, waitForReport } from './support/fixtures';

/** Every fixture page (an index.html or a named .html), except the benchmark's mutation storm. */
function fixturePages(dir = FIXTURE_PAGES): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'bench' ? [] : fixturePages(path);
    return name.endsWith('.html') ? [`/${relative(FIXTURE_PAGES, path).replace(/index\.html$/, '')}`] : [];
  });
}

/** A console message Candor caused: logged from its code, or its own caught-and-logged failure. */
function fromCandor(message: ConsoleMessage, extensionId: string): boolean {
  if (!['error', 'warning'].includes(message.type())) return false;
  const fromExtension = message.location().url.startsWith(`chrome-extension://${extensionId}/`);
  const candorFailure = /\[candor\].*(failed|error)/i.test(message.text());
  return (message.type() === 'error' && fromExtension) || candorFailure;
}

interface PageState {
  locked: string[];
  scrolls: boolean | null;
}

async function pageState(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const locked = [document.documentElement, document.body]
      .filter((el): el is HTMLElement => !!el)
      .filter((el) => ['hidden', 'clip'].includes(getComputedStyle(el).overflowY))
      .map((el) => el.tagName.toLowerCase());
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollHeight <= innerHeight + 20) return { locked, scrolls: null };
    window.scrollTo(0, 0);
    window.scrollBy(0, 120);
    const scrolls = window.scrollY > 0;
    window.scrollTo(0, 0);
    return { locked, scrolls };
  });
}

test('every fixture page still scrolls, is not left locked, does not reload in a loop and logs no Candor error', async ({
  context,
  extensionId,
  server,
  reportOf,
}) => {
  test.setTimeout(300_000);
  const paths = fixturePages();
  expect(paths.length).toBeGreaterThan(10);
  const problems: string[] = [];
  // Five tabs at a time: a 2-core CI machine is busy enough with one browser.
  for (let start = 0; start < paths.length; start += 5) {
    await Promise.all(
      paths.slice(start, start + 5).map(async (path, k) => {
        const page = await context.newPage();
        const logged: string[] = [];
        page.on('console', (m) => fromCandor(m, extensionId) && logged.push(m.text().slice(0, 200)));
        let navigations = 0;
        page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations++);
        const url = server.url(path, `page${start + k}.candor.test`);
        await page.goto(url);
        const report = await waitForReport(reportOf, page, (r) => r.url.startsWith(url.split('#')[0]!));
        // Banners appear late on some pages; give Candor the time it takes to answer them.
        await page.waitForTimeout(2500);
        const state = await pageState(page);
        const consent = (await reportOf(page))?.consent ?? report.consent;
        // A consent-or-pay wall is left for the person to decide: it may keep the page locked.
        if (state.locked.length && consent?.outcome !== 'wall') problems.push(`${path}: overflow hidden on ${state.locked.join(', ')} (consent ${consent?.outcome ?? 'none'})`);
        if (state.scrolls === false && consent?.outcome !== 'wall') problems.push(`${path}: does not scroll`);
        if (navigations > 2) problems.push(`${path}: ${navigations} navigations (reload loop?)`);
        for (const text of logged) problems.push(`${path}: console: ${text}`);
        await page.close();
      }),
    );
  }
  console.log(`[breakage] ${paths.length} fixture pages checked, ${problems.length} problems`);
  expect(problems).toEqual([]);
});

test('the content script does nothing in documents that are not HTML pages (image, text, PDF)', async ({
  context,
  server,
  reportOf,
  serviceWorker,
}) => {
  test.setTimeout(120_000);
  const control = await context.newPage();
  // Control: on the same host an ordinary page gets its report.
  const page = server.url('/demo-news/', 'files.candor.test');
  await control.goto(page);
  await waitForReport(reportOf, control, (r) => r.url === page);
  // Headless Chromium downloads PDFs instead of showing its viewer, so the PDF case is covered by
  // the same rule as these: Candor starts only in text/html and XHTML documents.
  const files = ['/demo-news/img/cable-ship.svg', '/hardening/notes.txt'].map((p) => server.url(p, 'files.candor.test'));
  const opened: Page[] = [control];
  for (const url of files) {
    opened.push(await context.newPage());
    await opened[opened.length - 1]!.goto(url);
  }
  await control.waitForTimeout(1500);
  const seen = await serviceWorker.evaluate(async (urls) => {
    const tabs = (await chrome.tabs.query({})).filter((t) => t.url && urls.includes(t.url));
    const stored = await chrome.storage.session.get(tabs.map((t) => `report:${t.id}`));
    return { tabs: tabs.length, stored: Object.keys(stored) };
  }, files);
  expect(seen).toEqual({ tabs: files.length, stored: [] });
  for (const tab of opened) await tab.close();
});
