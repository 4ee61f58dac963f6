import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onRuntimeMessage } from '@/utils/background/handlers';
import { getHistory, getPreferences, historyItem, preferencesItem } from '@/utils/storage/items';
import { DEFAULT_PREFERENCES } from '@/utils/storage/preferences';
import type { HistoryEntry } from '@/utils/storage/history';

const tab = { id: 3 } as chrome.tabs.Tab;
const contentSender = { id: fakeBrowser.runtime.id, tab, frameId: 0, url: 'https://news.example/a' };
const uiSender = { id: fakeBrowser.runtime.id, url: `${location.origin}/options.html` };

const old: HistoryEntry = {
  url: 'https://old.example/x',
  site: 'old.example',
  title: 'Old',
  scannedAt: new Date(Date.now() - 40 * 86_400_000).toISOString(),
  headline: null,
  aiImages: 1,
  aiStories: 0,
  consentOutcome: 'rejected',
};

describe('background behaviour behind the options page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('keeps history only for the retention the person chose', async () => {
    await preferencesItem.setValue({ ...DEFAULT_PREFERENCES, history: { retentionDays: 30 } });
    await historyItem.setValue([old]);
    await onRuntimeMessage({ type: 'page:start', url: 'https://news.example/a', title: 'A' }, contentSender);
    await onRuntimeMessage({ type: 'ai:found', findings: [] }, contentSender);
    expect((await getHistory()).map((h) => h.site)).toEqual(['news.example']);
  });

  it('keeps older entries under the default 90 days', async () => {
    await historyItem.setValue([old]);
    await onRuntimeMessage({ type: 'page:start', url: 'https://news.example/a', title: 'A' }, contentSender);
    await onRuntimeMessage({ type: 'ai:found', findings: [] }, contentSender);
    expect((await getHistory()).map((h) => h.site)).toEqual(['news.example', 'old.example']);
  });

  it('"clear all data" wipes preferences, rules, history and backups, only from Candor’s pages', async () => {
    const prefs = { ...DEFAULT_PREFERENCES, consent: { ...DEFAULT_PREFERENCES.consent, siteRules: { 'a.example': 'allow-all' as const } } };
    await preferencesItem.setValue(prefs);
    await historyItem.setValue([old]);
    await fakeBrowser.storage.local.set({ 'backup:preferences': { savedAt: 'x', value: 1 } });

    expect(onRuntimeMessage({ type: 'data:clear' }, contentSender)).toBeUndefined();
    expect(await getPreferences()).toEqual(prefs);

    await onRuntimeMessage({ type: 'data:clear' }, uiSender);
    expect(await getPreferences()).toEqual(DEFAULT_PREFERENCES);
    expect(await getHistory()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
