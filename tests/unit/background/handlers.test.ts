import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onRuntimeMessage } from '@/utils/background/handlers';
import { getHistory, getReport } from '@/utils/storage/items';

const tab = { id: 7 } as chrome.tabs.Tab;
const contentSender = { id: fakeBrowser.runtime.id, tab, frameId: 0, url: 'https://news.example/a' };
const uiSender = { id: fakeBrowser.runtime.id, url: `${location.origin}/popup.html` };

describe('background message handling', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('builds a tab report from content messages and serves it to the UI', async () => {
    await onRuntimeMessage({ type: 'page:start', url: 'https://news.example/a', title: 'A' }, contentSender);
    await onRuntimeMessage(
      {
        type: 'ai:found',
        findings: [
          { id: 'f1', kind: 'image', evidence: 'caption', phrase: 'AI 生成的图像', lang: 'zh', target: { src: 'https://news.example/i.jpg' } },
        ],
      },
      contentSender,
    );
    const report = await onRuntimeMessage({ type: 'report:get', tabId: 7 }, uiSender);
    expect(report).toMatchObject({ url: 'https://news.example/a', title: 'A', ai: [{ phrase: 'AI 生成的图像' }] });
    expect(await getHistory()).toMatchObject([{ site: 'news.example', aiImages: 1, aiStories: 0 }]);
  });

  it('drops malformed messages with a logged reason and keeps the stored report', async () => {
    await onRuntimeMessage({ type: 'page:start', url: 'https://news.example/a', title: 'A' }, contentSender);
    const before = await getReport(7);
    expect(onRuntimeMessage({ type: 'ai:found', findings: [{ id: 1 }] }, contentSender)).toBeUndefined();
    expect(onRuntimeMessage({ type: 'report:get', tabId: 'x' }, uiSender)).toBeUndefined();
    expect(onRuntimeMessage({ type: 'nope' }, contentSender)).toBeUndefined();
    expect(console.warn).toHaveBeenCalledTimes(3);
    expect(await getReport(7)).toEqual(before);
  });

  it('does not let a content script ask for another tab’s report', async () => {
    expect(onRuntimeMessage({ type: 'report:get', tabId: 7 }, contentSender)).toBeUndefined();
  });

  it('ignores messages from other extensions', async () => {
    const foreign = { ...uiSender, id: 'someone-else' };
    expect(onRuntimeMessage({ type: 'history:clear' }, foreign)).toBeUndefined();
  });
});

describe('preferences through the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a site rule and removes it again with "default"', async () => {
    await onRuntimeMessage({ type: 'site-rule:set', site: 'news.example', rule: 'allow-all' }, uiSender);
    expect(await onRuntimeMessage({ type: 'prefs:get' }, uiSender)).toMatchObject({
      consent: { siteRules: { 'news.example': 'allow-all' } },
    });
    await onRuntimeMessage({ type: 'site-rule:set', site: 'news.example', rule: 'default' }, uiSender);
    expect(await onRuntimeMessage({ type: 'prefs:get' }, uiSender)).toMatchObject({ consent: { siteRules: {} } });
  });
});
