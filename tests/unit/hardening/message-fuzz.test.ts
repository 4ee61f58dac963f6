import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onRuntimeMessage } from '@/utils/background/handlers';
import { takeCopy } from '@/utils/background/page-copies';
import { ContentToBackgroundSchema, UiToBackgroundSchema } from '@/utils/messaging/messages';
import { getPreferences, getReport, preferencesItem } from '@/utils/storage/items';
import { DEFAULT_PREFERENCES, type Preferences } from '@/utils/storage/preferences';
import { createRandom, mutate, randomValue, type Random } from './fuzz';

const VICTIM_TAB = 7;
const ATTACKER_TAB = 13;
const ui = { id: fakeBrowser.runtime.id, url: `${location.origin}/popup.html` };
const victim = { id: fakeBrowser.runtime.id, tab: { id: VICTIM_TAB } as chrome.tabs.Tab, frameId: 0, url: 'https://victim.example/' };

/** Every sender a page or another extension can be, plus Candor's own UI. */
function randomSender(r: Random) {
  const tab = { id: ATTACKER_TAB } as chrome.tabs.Tab;
  return r.pick([
    { id: fakeBrowser.runtime.id, tab, frameId: 0, url: 'https://evil.example/' },
    { id: fakeBrowser.runtime.id, tab, frameId: 3, url: 'https://ads.example/frame' },
    { id: fakeBrowser.runtime.id, url: 'https://evil.example/' },
    { id: fakeBrowser.runtime.id, tab: { id: -1 } as chrome.tabs.Tab, url: 'https://evil.example/' },
    { id: fakeBrowser.runtime.id, tab, url: `${location.origin}.evil.example/popup.html` },
    { id: 'another-extension', url: `${location.origin}/popup.html` },
    { id: 'another-extension', tab, frameId: 0, url: 'https://evil.example/' },
    ui,
  ]);
}

const finding = { id: 'f1', kind: 'image', evidence: 'caption', phrase: 'AI 生成的图像', lang: 'zh', target: { src: 'https://e.example/i.jpg' } };
const article = {
  headline: 'H', byline: null, publishedAt: null, siteName: 'S', lang: 'en', text: 'T', wordCount: 1, readingMinutes: 1,
  highlights: [{ text: 'T' }],
};
const consent = { cmp: 'x', method: 'click', outcome: 'rejected', verified: true, ms: 5, categories: [] };
const allowAll: Preferences = {
  ...DEFAULT_PREFERENCES,
  consent: { ...DEFAULT_PREFERENCES.consent, allowed: ['functional', 'analytics', 'advertising', 'social'] },
};
const SEEDS: unknown[] = [
  { type: 'page:start', url: 'https://victim.example/', title: 'Forged' },
  { type: 'article:found', article },
  { type: 'ai:found', findings: [finding, { ...finding, id: 'f2', kind: 'text' }] },
  { type: 'consent:result', consent },
  { type: 'report:get', tabId: VICTIM_TAB },
  { type: 'history:get' },
  { type: 'history:clear' },
  { type: 'prefs:get' },
  { type: 'prefs:set', prefs: allowAll },
  { type: 'site-rule:set', site: 'victim.example', rule: 'allow-all' },
  { type: 'ai:reveal', id: 'f1' },
  // The page copy (read-elsewhere.ts): kept per sending document, so no other tab's report or copy.
  { type: 'article:chunk', copy: 'c0ffee', index: 0, count: 2, html: '<html><head><title>Forged</title></head><body><p>' },
  { type: 'article:chunk', copy: 'c0ffee', index: 1, count: 2, html: 'Forged story.</p></body></html>' },
  { type: 'article:extract', url: 'https://victim.example/', copy: 'c0ffee', count: 2 },
];
/**
 * What a content-script sender may be answered: acknowledgments of the copy's chunks and an
 * extract that read nothing (no offscreen document here), never data of any kind.
 */
const ACKNOWLEDGMENTS: unknown[] = [null, true, false, { read: false }, { read: false, lost: true }];

const MUTATING_UI = new Set(['prefs:set', 'site-rule:set', 'history:clear']);

/** Sends one message the way runtime.onMessage would and fails on a throw or a rejection. */
async function deliver(raw: unknown, sender: chrome.runtime.MessageSender): Promise<unknown> {
  return await onRuntimeMessage(raw, sender as never);
}

describe('10,000 random and mutated messages at the background', () => {
  const seed = Number(process.env.FUZZ_SEED ?? 20261125);
  const r = createRandom(seed);
  const counts = { total: 0, random: 0, mutated: 0, uiAccepted: 0, contentValid: 0, foreignOrPage: 0 };

  beforeAll(async () => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'debug').mockImplementation(() => {});
  });

  it(`never crashes, never touches preferences or another tab's report (seed ${seed})`, async () => {
    const prefs: Preferences = { ...DEFAULT_PREFERENCES, consent: { ...DEFAULT_PREFERENCES.consent, siteRules: { 'kept.example': 'leave-alone' } } };
    await preferencesItem.setValue(prefs);
    await deliver({ type: 'page:start', url: 'https://victim.example/', title: 'Victim' }, victim);
    await deliver({ type: 'ai:found', findings: [finding] }, victim);
    const victimReport = await getReport(VICTIM_TAB);
    expect(victimReport?.ai).toHaveLength(1);
    // The victim's page copy, half sent when the fuzz starts, is finished after it.
    const victimCopy = ['<html><body><p>Victim ', 'story.</p></body></html>'];
    const victimChunk = (index: number) => ({ type: 'article:chunk', copy: 'v1', index, count: 2, html: victimCopy[index] });
    expect(await deliver(victimChunk(0), victim)).toBe(true);

    for (let i = 0; i < 10_000; i++) {
      const mutated = r.next() < 0.6;
      const raw = mutated ? mutate(r, r.pick(SEEDS)) : randomValue(r);
      const sender = randomSender(r);
      counts.total++;
      counts[mutated ? 'mutated' : 'random']++;
      const fromUi = sender === ui;
      const uiParse = fromUi ? UiToBackgroundSchema.safeParse(raw) : null;
      const legitimateChange = !!uiParse?.success && MUTATING_UI.has(uiParse.data.type);
      let answer: unknown;
      try {
        answer = await deliver(raw, sender);
      } catch (error) {
        throw new Error(`message ${i} (seed ${seed}) crashed the handler: ${String(error)}\n${JSON.stringify(raw)?.slice(0, 500)}`);
      }
      if (!fromUi) {
        counts.foreignOrPage++;
        // A page or another extension never gets data back (no report, history or preferences).
        expect(ACKNOWLEDGMENTS, `message ${i} leaked an answer`).toContainEqual(answer ?? null);
      }
      if (uiParse?.success) counts.uiAccepted++;
      if (!fromUi && ContentToBackgroundSchema.safeParse(raw).success) counts.contentValid++;
      if (legitimateChange) {
        // Candor's own UI may change preferences: restore the baseline and go on.
        await preferencesItem.setValue(prefs);
        continue;
      }
      if (i % 50 === 0 || (fromUi && !legitimateChange)) {
        expect(await getPreferences(), `message ${i} (seed ${seed}) changed preferences`).toEqual(prefs);
        expect(await getReport(VICTIM_TAB), `message ${i} (seed ${seed}) changed another tab's report`).toEqual(victimReport);
      }
    }
    expect(await getPreferences()).toEqual(prefs);
    expect(await getReport(VICTIM_TAB)).toEqual(victimReport);
    expect(await deliver(victimChunk(1), victim)).toBe(true);
    expect(takeCopy(victim, 'v1', 2), "the fuzz changed or dropped another tab's page copy").toBe(victimCopy.join(''));
    console.info('[fuzz] messages', counts);
    expect(counts.total).toBe(10_000);
    // The mutations must also reach the handlers, not only the validator.
    expect(counts.uiAccepted).toBeGreaterThan(50);
    expect(counts.contentValid).toBeGreaterThan(300);
  }, 120_000);
});

describe('content-script sender checks', () => {
  const attacker = { id: fakeBrowser.runtime.id, tab: { id: ATTACKER_TAB } as chrome.tabs.Tab, frameId: 0, url: 'https://evil.example/' };

  it('a page cannot read or write another tab, preferences, or history through UI messages', async () => {
    fakeBrowser.reset();
    await deliver({ type: 'page:start', url: 'https://victim.example/', title: 'Victim' }, victim);
    const before = await getReport(VICTIM_TAB);
    for (const message of SEEDS.filter((m) => UiToBackgroundSchema.safeParse(m).success)) expect(onRuntimeMessage(message, attacker as never)).toBeUndefined();
    expect(await getReport(VICTIM_TAB)).toEqual(before);
    expect(await getPreferences()).toEqual(DEFAULT_PREFERENCES);
  });

  it('content messages only ever change the sender’s own tab', async () => {
    fakeBrowser.reset();
    await deliver({ type: 'page:start', url: 'https://victim.example/', title: 'Victim' }, victim);
    const before = await getReport(VICTIM_TAB);
    await deliver({ type: 'page:start', url: 'https://evil.example/', title: 'Evil', tabId: VICTIM_TAB }, attacker);
    await deliver({ type: 'ai:found', findings: [finding], tabId: VICTIM_TAB }, attacker);
    expect(await getReport(VICTIM_TAB)).toEqual(before);
    expect((await getReport(ATTACKER_TAB))?.ai).toHaveLength(1);
  });

  it('a subframe (e.g. an ad) cannot replace the top page’s article or findings', async () => {
    fakeBrowser.reset();
    await deliver({ type: 'page:start', url: 'https://victim.example/', title: 'Victim' }, victim);
    const frame = { ...victim, frameId: 5, url: 'https://ads.example/' };
    // Acknowledged (null, so the frame does not re-send) and ignored.
    expect(await onRuntimeMessage({ type: 'ai:found', findings: [finding] }, frame as never)).toBeNull();
    expect(await onRuntimeMessage({ type: 'page:start', url: 'https://ads.example/', title: 'Ad' }, frame as never)).toBeNull();
    expect((await getReport(VICTIM_TAB))?.ai).toEqual([]);
  });

  it('a look-alike origin is not an extension page', async () => {
    const lookalike = { id: fakeBrowser.runtime.id, url: `${location.origin}.evil.example/popup.html`, tab: { id: ATTACKER_TAB } };
    expect(onRuntimeMessage({ type: 'report:get', tabId: VICTIM_TAB }, lookalike as never)).toBeUndefined();
  });
});
