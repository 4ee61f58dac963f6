import { describe, expect, it } from 'vitest';
import { figuresPerDay, figuresPerSite, totals } from '@/components/history/figures';
import { parseSettingsFile, settingsFileOf } from '@/components/options/settings-file';
import { groupFindings, targetName } from '@/components/popup/ai-groups';
import { isRestrictedUrl } from '@/components/popup/tab';
import { siteRuleKey } from '@/components/ui/site';
import type { AiFinding } from '@/utils/report/schema';
import type { HistoryEntry } from '@/utils/storage/history';
import { DEFAULT_PREFERENCES } from '@/utils/storage/preferences';

const finding = (id: string, kind: AiFinding['kind'], evidence: AiFinding['evidence'], target: AiFinding['target'] = {}): AiFinding => ({
  id,
  kind,
  evidence,
  phrase: 'AI 生成的图像',
  lang: 'zh',
  target,
});

describe('AI findings in the popup', () => {
  it('puts every finding in exactly one group, so the groups add up to the toolbar count', () => {
    const findings = [
      finding('a', 'image', 'caption'),
      finding('b', 'text', 'label'),
      finding('c', 'image', 'metadata'),
      finding('d', 'video', 'label'),
      finding('e', 'image', 'alt'),
    ];
    const groups = groupFindings(findings);
    expect(groups.images.map((f) => f.id)).toEqual(['a', 'd', 'e']);
    expect(groups.stories.map((f) => f.id)).toEqual(['b']);
    expect(groups.metadata.map((f) => f.id)).toEqual(['c']);
    expect(groups.images.length + groups.stories.length + groups.metadata.length).toBe(findings.length);
  });

  it('names the item by headline, else by image file name', () => {
    expect(targetName(finding('a', 'text', 'label', { headline: '由 AI 报道的新闻' }))).toBe('由 AI 报道的新闻');
    expect(targetName(finding('a', 'image', 'caption', { src: 'https://x.example/img/%E6%B8%AF.jpg?w=1' }))).toBe('港.jpg');
    expect(targetName(finding('a', 'image', 'caption'))).toBeNull();
  });
});

describe('pages the popup cannot describe', () => {
  it.each([
    'chrome://extensions/',
    'about:blank',
    'chrome-extension://abc/popup.html',
    'file:///home/x.html',
    'view-source:https://example.org/',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
    'not a url',
  ])('%s is restricted', (url) => expect(isRestrictedUrl(url)).toBe(true));

  it.each(['https://news.example.org/a', 'http://127.0.0.1:8080/demo-news/', 'https://chrome.google.com/search'])(
    '%s is not',
    (url) => expect(isRestrictedUrl(url)).toBe(false),
  );
});

describe('site rule keys', () => {
  it('uses the registrable domain, the exact host for IPs and localhost, null for non-hosts', () => {
    expect(siteRuleKey('https://www.news.example.co.uk/story?id=1')).toBe('example.co.uk');
    expect(siteRuleKey('News.Candor.Test')).toBe('candor.test');
    expect(siteRuleKey('someone.github.io')).toBe('someone.github.io');
    expect(siteRuleKey('http://127.0.0.1:4000/x')).toBe('127.0.0.1');
    expect(siteRuleKey('localhost')).toBe('localhost');
    expect(siteRuleKey('not a site')).toBeNull();
    expect(siteRuleKey('')).toBeNull();
  });
});

describe('settings files', () => {
  it('round-trips the preferences', () => {
    const prefs = { ...DEFAULT_PREFERENCES, consent: { ...DEFAULT_PREFERENCES.consent, siteRules: { 'example.org': 'allow-all' as const } } };
    const result = parseSettingsFile(JSON.stringify(settingsFileOf(prefs)));
    expect(result).toEqual({ ok: true, preferences: prefs });
  });

  it('fills fields added since the file was written with their defaults', () => {
    const { history: _dropped, ...older } = DEFAULT_PREFERENCES;
    const result = parseSettingsFile(JSON.stringify({ ...settingsFileOf(DEFAULT_PREFERENCES), preferences: older }));
    expect(result).toMatchObject({ ok: true, preferences: { history: { retentionDays: 90 } } });
  });

  it('refuses text that is not JSON', () => {
    expect(parseSettingsFile('{ nope')).toMatchObject({ ok: false, problem: 'not-json' });
  });

  it('refuses JSON that is not a Candor settings file, naming the first bad field', () => {
    expect(parseSettingsFile('[]')).toMatchObject({ ok: false, problem: 'not-settings' });
    expect(parseSettingsFile(JSON.stringify(DEFAULT_PREFERENCES))).toMatchObject({ ok: false, problem: 'not-settings' });
    const badRule = settingsFileOf({ ...DEFAULT_PREFERENCES, consent: { ...DEFAULT_PREFERENCES.consent, siteRules: { x: 'accept-everything' as never } } });
    const result = parseSettingsFile(JSON.stringify(badRule));
    expect(result).toMatchObject({ ok: false, problem: 'not-settings' });
    expect(!result.ok && result.detail).toContain('preferences.consent.siteRules.x');
  });
});

const entry = (scannedAt: string, site: string, aiImages: number, aiStories: number, consentOutcome: string | null): HistoryEntry => ({
  url: `https://${site}/${scannedAt}`,
  site,
  title: 't',
  scannedAt,
  headline: null,
  aiImages,
  aiStories,
  consentOutcome,
});

describe('history figures', () => {
  const history = [
    entry('2026-11-25T10:00:00', 'a.example', 2, 1, 'rejected'),
    entry('2026-11-25T12:00:00', 'b.example', 0, 0, 'wall'),
    entry('2026-11-20T09:00:00', 'a.example', 1, 0, 'custom'),
    entry('2026-11-20T09:30:00', 'a.example', 0, 0, 'accepted'),
    entry('garbage', 'c.example', 5, 5, null),
  ];

  it('sums per local day, with quiet days as zeros, over at least a week up to today', () => {
    const days = figuresPerDay(history, new Date('2026-11-25T18:00:00'));
    expect(days).toHaveLength(7);
    expect(new Date(days[0]!.day * 1000).getDate()).toBe(19);
    expect(days[1]).toMatchObject({ pages: 2, aiImages: 1, bannersRejected: 1, walls: 0 });
    expect(days[2]).toMatchObject({ pages: 0, aiImages: 0 });
    expect(days[6]).toMatchObject({ pages: 2, aiImages: 2, aiStories: 1, bannersRejected: 1, walls: 1 });
  });

  it('reaches back to the oldest entry when that is more than a week ago', () => {
    const days = figuresPerDay([entry('2026-10-01T10:00:00', 'a.example', 1, 0, null)], new Date('2026-11-25T18:00:00'));
    expect(days).toHaveLength(56);
    expect(days[0]!.aiImages).toBe(1);
  });

  it('orders sites by pages, then AI findings, and counts walls and refusals', () => {
    expect(figuresPerSite(history).map((s) => [s.site, s.pages, s.bannersRejected, s.walls])).toEqual([
      ['a.example', 3, 2, 0],
      ['c.example', 1, 0, 0],
      ['b.example', 1, 0, 1],
    ]);
    expect(figuresPerSite(history, 1)).toHaveLength(1);
  });

  it('totals everything, undated entries included', () => {
    expect(totals(history)).toEqual({ pages: 5, aiImages: 8, aiStories: 6, bannersRejected: 2, walls: 1 });
  });
});
