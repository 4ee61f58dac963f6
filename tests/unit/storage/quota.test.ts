import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onRuntimeMessage } from '@/utils/background/handlers';
import { jsonBytes, storeBounded, withinBounds } from '@/utils/storage/bounded';
import { ERROR_LOG_BOUNDS, getErrorLog } from '@/utils/storage/error-log';
import { HISTORY_BOUNDS } from '@/utils/storage/history';
import { emptyReport } from '@/utils/report/schema';
import { getHistory, getPreferences, getReport, historyItem } from '@/utils/storage/items';

const uiSender = { id: fakeBrowser.runtime.id, url: `${location.origin}/options.html` };
const contentSender = (tabId: number, url: string) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId }, frameId: 0, url });

/**
 * storage.local as Chromium enforces it: a set that would take the area over `quota` bytes
 * (keys + JSON values) fails with "QUOTA_BYTES quota exceeded" and changes nothing.
 */
function enforceQuota(quota: number) {
  const local = fakeBrowser.storage.local;
  const set = local.set.bind(local);
  const refused = { count: 0 };
  vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const current = (await local.get(null)) as Record<string, unknown>;
    const next = { ...current, ...items };
    const bytes = Object.entries(next).reduce((sum, [key, value]) => sum + key.length + jsonBytes(value), 0);
    if (bytes > quota) {
      refused.count++;
      throw new Error('QUOTA_BYTES quota exceeded');
    }
    return set(items);
  });
  return refused;
}

async function visit(tabId: number, url: string, title: string): Promise<void> {
  await onRuntimeMessage({ type: 'page:start', url, title }, contentSender(tabId, url) as never);
  await onRuntimeMessage({ type: 'ai:found', findings: [] }, contentSender(tabId, url) as never);
}

describe('bounded lists', () => {
  it('keep the newest entries within both the entry and the byte bound, skipping one oversized entry', () => {
    const list = ['a', 'x'.repeat(500), 'b', 'c', 'd'];
    expect(withinBounds(list, { entries: 3, bytes: 100 })).toEqual(['a', 'b', 'c']);
    expect(jsonBytes(withinBounds(list, { entries: 10, bytes: 12 }))).toBeLessThanOrEqual(12);
  });

  it('halve from the oldest end until a write fits the quota, and rethrow other errors', async () => {
    const stored: string[][] = [];
    const item = {
      setValue: vi.fn(async (value: string[]) => {
        if (jsonBytes(value) > 30) throw new Error('QUOTA_BYTES quota exceeded');
        stored.push(value);
      }),
    };
    const list = Array.from({ length: 16 }, (_, i) => `entry${i}`);
    const kept = await storeBounded(item, list, { entries: 100, bytes: 10_000 });
    expect(kept[0]).toBe('entry0');
    expect(jsonBytes(kept)).toBeLessThanOrEqual(30);
    expect(stored).toEqual([kept]);
    const broken = { setValue: vi.fn().mockRejectedValue(new Error('IO error')) };
    await expect(storeBounded(broken, list, { entries: 100, bytes: 10_000 })).rejects.toThrow('IO error');
  });
});

describe('history and the error log under a full storage area', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('history stays within its bounds with 100 kB titles, and records the newest visit when the quota is hit', async () => {
    await onRuntimeMessage({ type: 'site-rule:set', site: 'kept.example', rule: 'reject-all' }, uiSender as never);
    const huge = 'T'.repeat(100_000);
    for (let i = 0; i < 40; i++) await visit(1, `https://news.example/${i}`, `${huge}${i}`);
    const before = await getHistory();
    expect(before).toHaveLength(40);
    expect(jsonBytes(before)).toBeLessThanOrEqual(HISTORY_BOUNDS.bytes);
    expect(before[0]!.title.length).toBeLessThanOrEqual(300);

    // The area is now nearly full (other data): the next visits must still be recorded.
    const used = jsonBytes(await fakeBrowser.storage.local.get(null));
    const refused = enforceQuota(used + 2_000);
    for (let i = 40; i < 60; i++) await visit(1, `https://news.example/${i}`, `page ${i}`);
    expect(refused.count).toBeGreaterThan(0);
    const after = await getHistory();
    expect(after[0]!.url).toBe('https://news.example/59');
    expect(after.length).toBeLessThan(60);
    expect(new Set(after.map((h) => h.url)).size).toBe(after.length);
    // Nothing else was lost to make room.
    expect((await getPreferences()).consent.siteRules).toEqual({ 'kept.example': 'reject-all' });
  });

  it('keeps the newest error reports within entries and bytes, with the page taken from the sender', async () => {
    for (let i = 0; i < 80; i++) {
      const answer = await onRuntimeMessage(
        { type: 'error:report', feature: 'article', message: `TypeError: boom ${i}`, stack: 'at scan\n'.repeat(200).slice(0, 2000) },
        contentSender(3, `https://news.example/story?id=${i}#top`) as never,
      );
      expect(answer).toBeNull();
    }
    const log = await getErrorLog();
    expect(log.length).toBeLessThanOrEqual(ERROR_LOG_BOUNDS.entries);
    expect(jsonBytes(log)).toBeLessThanOrEqual(ERROR_LOG_BOUNDS.bytes);
    expect(log[0]).toMatchObject({ feature: 'article', message: 'TypeError: boom 79', page: 'https://news.example/story' });
  });

  it('an error report still lands when the storage area is full', async () => {
    await onRuntimeMessage({ type: 'error:report', feature: 'consent', message: 'first' }, contentSender(3, 'https://a.example/') as never);
    await historyItem.setValue([]);
    const refused = enforceQuota(jsonBytes(await fakeBrowser.storage.local.get(null)) + 50);
    const second = { type: 'error:report', feature: 'consent', message: 'second, larger than what is left' };
    await expect(onRuntimeMessage(second, contentSender(3, 'https://a.example/') as never)).resolves.toBeNull();
    expect(refused.count).toBeGreaterThan(0);
    expect((await getErrorLog()).map((e) => e.message)).toEqual([second.message]);
  });
});

describe('tab reports when storage.session is full', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('the page being read gets its report; the tabs scanned longest ago make room', async () => {
    const session = fakeBrowser.storage.session;
    const big = 'x'.repeat(20_000);
    for (let tab = 1; tab <= 10; tab++) {
      await session.set({ [`report:${tab}`]: { ...emptyReport(`https://old.example/${tab}`, big), scannedAt: `2026-11-26T00:${String(tab).padStart(2, '0')}:00.000Z` } });
    }
    const used = jsonBytes(await session.get(null));
    const set = session.set.bind(session);
    let refused = 0;
    vi.spyOn(session, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      const next = { ...((await session.get(null)) as Record<string, unknown>), ...items };
      if (jsonBytes(next) > used + 100) {
        refused++;
        throw new Error('QUOTA_BYTES quota exceeded');
      }
      return set(items);
    });
    await visit(99, 'https://news.example/now', big);
    expect(refused).toBeGreaterThan(0);
    expect((await getReport(99))?.url).toBe('https://news.example/now');
    const left = Object.keys(await session.get(null)).filter((k) => k.startsWith('report:'));
    expect(left).toContain('report:10'); // the most recent other tab is kept
    expect(left).not.toContain('report:1'); // the oldest made room
  });
});
