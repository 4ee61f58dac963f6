import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { articleFeature } from '@/utils/article/feature';
import { articleFromHtml } from '@/utils/article/from-html';
import { articleReader } from '@/utils/article/reader';
import type { ContentToBackground } from '@/utils/messaging/messages';
import { DEFAULT_PREFERENCES } from '@/utils/storage/preferences';
import { fakeContext } from '../support/fake-context';
import { injectModulesOnRequest } from '../support/fake-modules';

function locationChange(from: string, to: string): Event {
  return Object.assign(new Event('wxt:locationchange'), { oldUrl: new URL(from), newUrl: new URL(to) });
}

const page = readFileSync(resolve(__dirname, '../../fixtures/pages/articles/en-council-budget.html'), 'utf8');

describe('articleFeature', () => {
  let sent: ContentToBackground[];
  let lifetime: AbortController;
  /** HTML the background was asked to read; `backgroundReads = false`: it could not (no offscreen document). */
  let copies: string[];
  let backgroundReads: boolean;
  let injected: string[];

  beforeEach(async () => {
    lifetime = new AbortController();
    vi.useFakeTimers();
    fakeBrowser.reset();
    copies = [];
    injected = injectModulesOnRequest({ 'article-reader': articleReader });
    backgroundReads = true;
    // The background's side of 'article:chunk' and 'article:extract', as the offscreen document answers it.
    const chunks: string[] = [];
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      const message = raw as ContentToBackground;
      if (message.type === 'article:chunk') {
        chunks[message.index] = message.html;
        return Promise.resolve(true);
      }
      if (message.type !== 'article:extract') return undefined;
      const html = chunks.splice(0).join('');
      copies.push(html);
      return Promise.resolve(backgroundReads ? { read: true, article: articleFromHtml(html, message.url) } : { read: false });
    });
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

  const headline = () => {
    const last = articles().at(-1);
    return last?.type === 'article:found' ? last.article?.headline : undefined;
  };

  it('reports the article once, at idle time, read from a copy of the page by the background', async () => {
    expect(sent).toEqual([]); // nothing synchronous: first paint comes first
    await settle();
    expect(articles()).toHaveLength(1);
    expect(headline()).toBe('Riverside council backs budget that doubles bus lanes');
    expect(copies).toHaveLength(1);
    expect(copies[0]).toContain('<figcaption');
    expect(injected).toEqual([]); // Readability is not evaluated in the page
    await settle();
    expect(articles()).toHaveLength(1); // unchanged page, no repeat
  });

  it('reads the article in the page, on a clone, when the background cannot', async () => {
    lifetime.abort();
    lifetime = new AbortController();
    sent = [];
    backgroundReads = false;
    await articleFeature.start({ ctx: fakeContext(lifetime), doc: document, isTopFrame: true, prefs: DEFAULT_PREFERENCES, send: (m) => sent.push(m) });
    await settle();
    expect(copies).toHaveLength(1);
    expect(injected).toEqual(['article-reader']);
    expect(headline()).toBe('Riverside council backs budget that doubles bus lanes');
    const message = articles().at(-1)!;
    expect(message.type === 'article:found' && message.article!.highlights.length).toBeGreaterThanOrEqual(3);
    expect(document.querySelector('figcaption')).not.toBeNull(); // Readability ran on a clone
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
