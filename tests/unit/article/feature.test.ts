import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { articleFeature } from '@/utils/article/feature';
import type { ContentToBackground } from '@/utils/messaging/messages';
import { DEFAULT_PREFERENCES } from '@/utils/storage/preferences';

/**
 * The parts of WXT's ContentScriptContext the feature uses, on plain timers so fake time drives
 * them; aborting `lifetime` invalidates it as WXT does when the extension reloads.
 */
function fakeContext(lifetime: AbortController): ContentScriptContext {
  const { signal } = lifetime;
  return {
    get isInvalid() {
      return signal.aborted;
    },
    setTimeout: (handler: () => void, ms?: number) => setTimeout(handler, ms) as unknown as number,
    requestIdleCallback: (callback: IdleRequestCallback) =>
      setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 1) as unknown as number,
    addEventListener: (target: EventTarget, type: string, handler: EventListener) =>
      target.addEventListener(type, handler, { signal }),
    onInvalidated: (callback: () => void) => signal.addEventListener('abort', callback),
  } as unknown as ContentScriptContext;
}

function locationChange(from: string, to: string): Event {
  return Object.assign(new Event('wxt:locationchange'), { oldUrl: new URL(from), newUrl: new URL(to) });
}

const page = readFileSync(resolve(__dirname, '../../fixtures/pages/articles/en-council-budget.html'), 'utf8');

describe('articleFeature', () => {
  let sent: ContentToBackground[];
  let lifetime: AbortController;

  beforeEach(async () => {
    lifetime = new AbortController();
    vi.useFakeTimers();
    document.documentElement.innerHTML = page.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/, '');
    sent = [];
    await articleFeature.start({
      ctx: fakeContext(lifetime),
      doc: document,
      isTopFrame: true,
      prefs: DEFAULT_PREFERENCES,
      send: (message) => sent.push(message),
    });
  });
  afterEach(() => {
    lifetime.abort();
    vi.useRealTimers();
  });

  const settle = () => vi.advanceTimersByTimeAsync(2000);
  const articles = () => sent.filter((m) => m.type === 'article:found');

  it('reports the article once, at idle time, without touching the page', async () => {
    expect(sent).toEqual([]); // nothing synchronous: first paint comes first
    await settle();
    expect(articles()).toHaveLength(1);
    const message = articles()[0]!;
    expect(message.type === 'article:found' && message.article?.headline).toBe('Riverside council backs budget that doubles bus lanes');
    expect(document.querySelector('figcaption')).not.toBeNull(); // Readability ran on a clone
    await settle();
    expect(articles()).toHaveLength(1); // unchanged page, no repeat
  });

  it('starts a new report on an SPA navigation, then reports that page’s article; ignores #fragments', async () => {
    await settle();
    window.dispatchEvent(locationChange('https://courier.example/a', 'https://courier.example/a#comments'));
    await settle();
    expect(sent).toHaveLength(1);
    window.dispatchEvent(locationChange('https://courier.example/a', 'https://courier.example/b'));
    expect(sent[1]).toEqual({ type: 'page:start', url: 'https://courier.example/b', title: document.title });
    await settle();
    expect(sent.map((m) => m.type)).toEqual(['article:found', 'page:start', 'article:found']);
  });

  it('re-scans when the article body is replaced, not when a little text is added', async () => {
    await settle();
    const small = document.createElement('span');
    small.textContent = 'Live: 3 new comments';
    document.body.append(small);
    await settle();
    expect(articles()).toHaveLength(1);
    const article = document.querySelector('article')!;
    article.innerHTML = `<h1>Second story</h1>${'<p>The harbour board voted on Thursday to extend the ferry timetable into the evening, adding four crossings a day from May, after two years of complaints from commuters.</p>'.repeat(6)}`;
    await settle();
    expect(articles()).toHaveLength(2);
    const latest = articles()[1]!;
    expect(latest.type === 'article:found' && latest.article?.text).toContain('extend the ferry timetable');
  });
});
