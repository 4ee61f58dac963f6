import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onRuntimeMessage, startBackground } from '@/utils/background/handlers';
import { getHistory, getPreferences, historyItem } from '@/utils/storage/items';
import { backupItem, dismissStorageNotice, getStorageNotice } from '@/utils/storage/notice';
import { DEFAULT_PREFERENCES } from '@/utils/storage/preferences';
import { historyRecovery, preferencesRecovery, repairItem } from '@/utils/storage/recovery';

const uiSender = { id: fakeBrowser.runtime.id, url: `${location.origin}/options.html` };
const entry = (url: string) => ({
  url,
  site: new URL(url).hostname,
  title: 'T',
  scannedAt: '2026-01-01T00:00:00.000Z',
  headline: null,
  aiImages: 0,
  aiStories: 1,
  consentOutcome: 'rejected',
});

const storePrefs = (value: unknown) => fakeBrowser.storage.local.set({ preferences: value });
const storedPrefs = async () => (await fakeBrowser.storage.local.get('preferences')).preferences;

describe('corrupted storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('resets garbage JSON text to the defaults, keeping the original in a backup and a notice', async () => {
    await storePrefs('{"consent": {"allowed": [');
    expect(await getPreferences()).toEqual(DEFAULT_PREFERENCES);
    expect(await repairItem(preferencesRecovery)).toBe(true);
    expect(await storedPrefs()).toEqual(DEFAULT_PREFERENCES);
    expect(await backupItem('preferences').getValue()).toMatchObject({ value: '{"consent": {"allowed": [' });
    const notice = await getStorageNotice();
    expect(notice?.items).toEqual([expect.objectContaining({ item: 'preferences', backupKey: 'backup:preferences' })]);
    await dismissStorageNotice();
    expect(await getStorageNotice()).toBeNull();
    expect(await backupItem('preferences').getValue()).not.toBeNull();
  });

  it('keeps every valid part of a value with wrong types and drops only the broken parts', async () => {
    const broken = {
      consent: {
        allowed: ['analytics', 'everything', 7],
        siteRules: { 'kept.example': 'allow-all', 'bad.example': 42, 'odd.example': 'accept-everything' },
        globalPrivacyControl: 'yes',
      },
      badges: { enabled: false, minImagePx: 'big', disabledSites: 'all' },
    };
    await storePrefs(broken);
    const expected = {
      ...DEFAULT_PREFERENCES,
      consent: { ...DEFAULT_PREFERENCES.consent, allowed: ['analytics'], siteRules: { 'kept.example': 'allow-all' } },
      badges: { ...DEFAULT_PREFERENCES.badges, enabled: false },
    };
    expect(await getPreferences()).toEqual(expected);
    await repairItem(preferencesRecovery);
    expect(await storedPrefs()).toEqual(expected);
    expect(await backupItem('preferences').getValue()).toMatchObject({ value: broken });
  });

  it('reads preferences stored as JSON text (an older format) as the value they encode', async () => {
    const prefs = { ...DEFAULT_PREFERENCES, badges: { ...DEFAULT_PREFERENCES.badges, enabled: false } };
    await storePrefs(JSON.stringify(prefs));
    expect(await getPreferences()).toEqual(prefs);
  });

  it('resets an older, unversioned schema that no migration knows to the defaults', async () => {
    await storePrefs({ rejectAll: false, whitelist: ['a.example'] });
    await repairItem(preferencesRecovery);
    expect(await storedPrefs()).toEqual(DEFAULT_PREFERENCES);
    expect((await getStorageNotice())?.items[0]?.reason).toContain('consent');
  });

  it('leaves valid and absent values alone: no backup, no notice', async () => {
    expect(await repairItem(preferencesRecovery)).toBe(false);
    await storePrefs(DEFAULT_PREFERENCES);
    expect(await repairItem(preferencesRecovery)).toBe(false);
    expect(await getStorageNotice()).toBeNull();
    expect(await backupItem('preferences').getValue()).toBeNull();
  });

  it('keeps the valid history entries and drops the broken ones', async () => {
    await historyItem.setValue([entry('https://a.example/1'), { url: 5 }, 'x', entry('https://b.example/2')] as never);
    expect((await getHistory()).map((h) => h.url)).toEqual(['https://a.example/1', 'https://b.example/2']);
    await repairItem(historyRecovery);
    expect(await historyItem.getValue()).toHaveLength(2);
    expect((await getStorageNotice())?.items.map((i) => i.item)).toEqual(['history']);
  });

  it('a history that is not a list at all becomes empty', async () => {
    await historyItem.setValue({ 0: 'nope' } as never);
    expect(await getHistory()).toEqual([]);
  });

  it('repairs at worker start before a site rule is written, so no intact rule is lost', async () => {
    await storePrefs({ ...DEFAULT_PREFERENCES, consent: { ...DEFAULT_PREFERENCES.consent, siteRules: { 'kept.example': 'leave-alone', x: null } } });
    startBackground();
    await onRuntimeMessage({ type: 'site-rule:set', site: 'new.example', rule: 'reject-all' }, uiSender);
    expect(await storedPrefs()).toMatchObject({
      consent: { siteRules: { 'kept.example': 'leave-alone', 'new.example': 'reject-all' } },
    });
    expect(await backupItem('preferences').getValue()).not.toBeNull();
    expect((await getStorageNotice())?.items.map((i) => i.item)).toEqual(['preferences']);
  });
});
