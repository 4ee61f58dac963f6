import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onRuntimeMessage } from '@/utils/background/handlers';
import { reportFailuresTo, safely } from '@/utils/content/safely';
import { ContentToBackgroundSchema } from '@/utils/messaging/messages';
import { getErrorLog, type ErrorLogEntry } from '@/utils/storage/error-log';

const sender = { id: fakeBrowser.runtime.id, tab: { id: 4 }, frameId: 0, url: 'https://news.example/story?session=secret' };

/** The content script's failures: never thrown into the page, always reported with context. */
describe('a failing content feature', () => {
  const sent: unknown[] = [];
  beforeEach(() => {
    fakeBrowser.reset();
    sent.length = 0;
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // As start.ts wires it, with the message checked against the one message contract.
    reportFailuresTo((failure) => {
      const message = ContentToBackgroundSchema.parse({ type: 'error:report', ...failure });
      sent.push(message);
      void onRuntimeMessage(message, sender as never);
    });
  });
  afterEach(() => reportFailuresTo(null));

  it('throws nothing into the page and lands in the error log with feature, error and page', async () => {
    expect(() =>
      safely('ai-labels', () => {
        throw new TypeError('cannot read properties of null');
      }),
    ).not.toThrow();
    safely('article', async () => {
      await Promise.resolve();
      throw new RangeError('x'.repeat(5_000));
    });
    await vi.waitFor(async () => expect(await getErrorLog()).toHaveLength(2));
    const [article, labels] = (await getErrorLog()) as [ErrorLogEntry, ErrorLogEntry];
    expect(labels).toMatchObject({ feature: 'ai-labels', message: 'TypeError: cannot read properties of null', page: 'https://news.example/story' });
    expect(labels.stack).toContain('error-report.test');
    expect(article.feature).toBe('article');
    expect(article.message.length).toBeLessThanOrEqual(500);
  });

  it('reports non-Error throws too, and at most ten failures per page', async () => {
    for (let i = 0; i < 25; i++) safely('consent', () => Promise.reject(`string failure ${i}`));
    await vi.waitFor(async () => expect(await getErrorLog()).toHaveLength(10));
    await new Promise((done) => setTimeout(done, 20));
    expect(sent).toHaveLength(10);
    expect((await getErrorLog()).at(-1)).toMatchObject({ feature: 'consent', message: 'string failure 0' });
  });

  it('a reporter that throws is swallowed as well', () => {
    reportFailuresTo(() => {
      throw new Error('no background');
    });
    expect(() => safely('article', () => { throw new Error('boom'); })).not.toThrow();
  });

  it('a callback that returns a value (not a promise) is no failure', async () => {
    const seen: number[] = [];
    // As a subscriber typed `records(): void` may be implemented: `(r) => list.push(r)` returns a number.
    const subscriber: () => void = () => seen.push(1);
    safely('mutations', subscriber);
    await Promise.resolve();
    expect(seen).toEqual([1]);
    expect(sent).toEqual([]);
  });
});
