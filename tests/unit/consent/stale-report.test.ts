import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import { onRuntimeMessage } from '@/utils/background/handlers';
import type { ConsentResult } from '@/utils/report/schema';

/**
 * One tab, two pages one after the other (the consent-platforms E2E walk): a OneTrust page, then
 * a Cookiebot page. The tab's report must never show the first page's cookie result as the second
 * page's: neither while the second page loads (before its `page:start`), nor when a message from
 * the first page's document (top frame or one of its frames) arrives late.
 */
const TAB = 5;
const ui = { id: fakeBrowser.runtime.id, url: `${location.origin}/popup.html` };
const from = (documentId: string, frameId = 0, url = 'https://site0.example/onetrust.html') => ({
  id: fakeBrowser.runtime.id,
  tab: { id: TAB } as chrome.tabs.Tab,
  frameId,
  url,
  documentId,
});
const result = (cmp: string): ConsentResult => ({
  cmp,
  method: 'platform-api',
  outcome: 'rejected',
  verified: true,
  ms: 40,
  categories: [],
  layer: 'platform',
});

describe('a tab report belongs to one document', () => {
  /** What webNavigation.getFrame answers: the document each frame of the tab shows now. */
  let frames: Record<number, string>;
  /** What tabs.get answers as the tab's URL: it changes when the next document commits. */
  let tabUrl: string | undefined;
  const report = () => onRuntimeMessage({ type: 'report:get', tabId: TAB }, ui) as Promise<{ url: string; consent: ConsentResult | null } | null>;

  beforeEach(async () => {
    fakeBrowser.reset();
    frames = { 0: 'doc-onetrust', 2: 'doc-onetrust-frame' };
    const getFrame = vi.fn(async ({ frameId }: { frameId: number }) =>
      frames[frameId] ? { documentId: frames[frameId], frameId } : null,
    );
    (browser as unknown as { webNavigation: unknown }).webNavigation = { getFrame };
    tabUrl = 'https://site0.example/onetrust.html';
    vi.spyOn(browser.tabs, 'get').mockImplementation(async (id) => ({ id, url: tabUrl }) as Browser.tabs.Tab);
    await onRuntimeMessage({ type: 'page:start', url: 'https://site0.example/onetrust.html', title: 'OneTrust' }, from('doc-onetrust'));
    await onRuntimeMessage({ type: 'consent:result', consent: result('OneTrust') }, from('doc-onetrust'));
  });

  it('gives out the page report while the tab shows that page', async () => {
    expect(await report()).toMatchObject({ url: 'https://site0.example/onetrust.html', consent: { cmp: 'OneTrust' } });
  });

  it('gives out no report between a navigation and the next page start', async () => {
    frames = { 0: 'doc-cookiebot' };
    expect(await report()).toBeNull();
  });

  // The two signals of a navigation do not change at the same moment. Either one alone that says
  // "another page" is enough: the report is the previous page's.
  it('gives out no report once the tab shows the next URL, while webNavigation still names the previous document', async () => {
    tabUrl = 'https://site1.example/cookiebot.html';
    expect(await report()).toBeNull();
  });

  it('gives out no report once webNavigation names the next document, while the tab URL is still the same (a reload)', async () => {
    frames = { 0: 'doc-onetrust-reloaded' };
    expect(await report()).toBeNull();
  });

  it('an in-page anchor is the same page: the report is still given out', async () => {
    tabUrl = 'https://site0.example/onetrust.html#comments';
    expect(await report()).toMatchObject({ consent: { cmp: 'OneTrust' } });
  });

  it('drops results the previous page sends late, before or after the next page started', async () => {
    frames = { 0: 'doc-cookiebot' };
    await onRuntimeMessage({ type: 'consent:result', consent: result('OneTrust') }, from('doc-onetrust'));
    await onRuntimeMessage({ type: 'consent:result', consent: result('OneTrust') }, from('doc-onetrust-frame', 2));
    const cookiebot = from('doc-cookiebot', 0, 'https://site1.example/cookiebot.html');
    tabUrl = 'https://site1.example/cookiebot.html';
    await onRuntimeMessage({ type: 'page:start', url: 'https://site1.example/cookiebot.html', title: 'Cookiebot' }, cookiebot);
    await onRuntimeMessage({ type: 'consent:result', consent: result('OneTrust') }, from('doc-onetrust'));
    await onRuntimeMessage({ type: 'consent:result', consent: result('OneTrust') }, from('doc-onetrust-frame', 2));
    expect(await report()).toMatchObject({ url: 'https://site1.example/cookiebot.html', consent: null });

    await onRuntimeMessage({ type: 'consent:result', consent: result('Cookiebot') }, cookiebot);
    expect(await report()).toMatchObject({ consent: { cmp: 'Cookiebot' } });
  });

  it("accepts a result from a frame of the page the report belongs to", async () => {
    await onRuntimeMessage({ type: 'consent:result', consent: result('Sourcepoint') }, from('doc-onetrust-frame', 2));
    expect(await report()).toMatchObject({ consent: { cmp: 'Sourcepoint' } });
  });

  it('keeps working where the browser names no documents', async () => {
    (browser as unknown as { webNavigation: unknown }).webNavigation = undefined;
    const { documentId: _, ...unnamed } = from('x', 0, 'https://site2.example/');
    tabUrl = 'https://site2.example/';
    await onRuntimeMessage({ type: 'page:start', url: 'https://site2.example/', title: 'Two' }, unnamed);
    await onRuntimeMessage({ type: 'consent:result', consent: result('Didomi') }, unnamed);
    expect(await report()).toMatchObject({ url: 'https://site2.example/', consent: { cmp: 'Didomi' } });
    // There, the tab's URL alone tells that the tab moved on.
    tabUrl = 'https://site3.example/';
    expect(await report()).toBeNull();
  });
});
