import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onRuntimeMessage } from '@/utils/background/handlers';
import { COPY_TTL_MS, MAX_HELD_COPIES, heldCopies } from '@/utils/background/page-copies';
import { ContentToBackgroundSchema, type BackgroundToOffscreen } from '@/utils/messaging/messages';
import { COPY_CHUNK_CHARS, MAX_COPY_CHUNKS, MAX_PAGE_HTML } from '@/utils/messaging/values';
import { createRandom } from '../hardening/fuzz';

const article = {
  headline: 'H', byline: null, publishedAt: null, siteName: 'S', lang: 'en', text: 'T', wordCount: 1, readingMinutes: 1, highlights: [{ text: 'T' }],
};
const url = 'https://news.example/a';
const senderOf = (tabId: number, frameId = 0, documentId = `doc-${tabId}`) =>
  ({ id: fakeBrowser.runtime.id, tab: { id: tabId }, frameId, documentId, url }) as never;
const chunk = (copy: string, index: number, count: number, html: string) => ({ type: 'article:chunk', copy, index, count, html });
const extract = (copy: string, count: number) => ({ type: 'article:extract', url, copy, count });
const send = (message: unknown, sender: never) => onRuntimeMessage(message, sender);

describe('the background keeps page copies sent in chunks', () => {
  /** What the offscreen document was asked to read. */
  let read: string[];

  beforeEach(() => {
    vi.useFakeTimers();
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    read = [];
    // The offscreen document: open, and reading whatever it is sent.
    Object.assign(fakeBrowser.runtime, { getContexts: async () => [{ contextType: 'OFFSCREEN_DOCUMENT' }] });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (request: BackgroundToOffscreen) => {
      read.push(request.html);
      return { read: true, article };
    }) as never);
  });
  afterEach(async () => {
    await vi.advanceTimersByTimeAsync(COPY_TTL_MS); // nothing held over into the next test
    vi.useRealTimers();
  });

  it('joins the chunks in order, whatever order they came in, reads the copy and forgets it', async () => {
    const tab = senderOf(7);
    for (const index of [2, 0, 1]) expect(await send(chunk('c1', index, 3, `<p>${index}</p>`), tab)).toBe(true);
    expect(await send(extract('c1', 3), tab)).toEqual({ read: true, article });
    expect(read).toEqual(['<p>0</p><p>1</p><p>2</p>']);
    expect(heldCopies()).toEqual({ copies: 0, chars: 0 });
    // Asked again, the copy is gone: the page is told to send it again.
    expect(await send(extract('c1', 3), tab)).toEqual({ read: false, lost: true });
  });

  it('answers `lost` for a missing chunk, an unknown copy (a restarted worker) or a different count, and reads nothing', async () => {
    const tab = senderOf(7);
    await send(chunk('c1', 0, 3, 'a'), tab);
    await send(chunk('c1', 2, 3, 'c'), tab);
    expect(await send(extract('c1', 3), tab)).toEqual({ read: false, lost: true });
    expect(await send(extract('never', 1), tab)).toEqual({ read: false, lost: true });
    await send(chunk('c2', 0, 1, 'a'), tab);
    expect(await send(extract('c2', 2), tab)).toEqual({ read: false, lost: true });
    expect(read).toEqual([]);
  });

  it('a new copy from the same document replaces its previous one', async () => {
    const tab = senderOf(7);
    await send(chunk('old', 0, 2, 'a'), tab);
    await send(chunk('new', 0, 1, 'b'), tab);
    await send(chunk('old', 1, 2, 'c'), tab); // a late chunk of the old copy starts it over, without its first part
    expect(await send(extract('old', 2), tab)).toEqual({ read: false, lost: true });
    expect(await send(extract('new', 1), tab)).toEqual({ read: false, lost: true });
    await send(chunk('new', 0, 1, 'b'), tab);
    expect(await send(extract('new', 1), tab)).toEqual({ read: true, article });
    expect(read).toEqual(['b']);
  });

  it('another tab, another document in the same tab, or a subframe can neither complete nor read a copy', async () => {
    const victim = senderOf(7);
    await send(chunk('c1', 0, 2, '<p>victim</p>'), victim);
    // The same copy id from elsewhere goes into the sender's own copy, never the victim's.
    expect(await send(chunk('c1', 1, 2, '<p>forged</p>'), senderOf(13))).toBe(true);
    expect(await send(chunk('c1', 1, 2, '<p>forged</p>'), senderOf(7, 0, 'next-document'))).toBe(true);
    expect(await send(chunk('c1', 1, 2, '<p>forged</p>'), senderOf(7, 3))).toBe(false);
    expect(await send(extract('c1', 2), senderOf(13))).toEqual({ read: false, lost: true });
    expect(await send(extract('c1', 2), senderOf(7, 3))).toEqual({ read: false });
    expect(await send(extract('c1', 2), senderOf(7, 0, 'next-document'))).toEqual({ read: false, lost: true });
    expect(read).toEqual([]);
    await send(chunk('c1', 1, 2, '<p>own</p>'), victim);
    expect(await send(extract('c1', 2), victim)).toEqual({ read: true, article });
    expect(read).toEqual(['<p>victim</p><p>own</p>']);
  });

  it('drops a copy its extract request did not follow in time', async () => {
    const tab = senderOf(7);
    await send(chunk('c1', 0, 2, 'a'), tab);
    await vi.advanceTimersByTimeAsync(COPY_TTL_MS - 1000);
    await send(chunk('c1', 1, 2, 'b'), tab); // each chunk gives it time again
    await vi.advanceTimersByTimeAsync(COPY_TTL_MS - 1000);
    expect(heldCopies().copies).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(heldCopies()).toEqual({ copies: 0, chars: 0 });
    expect(await send(extract('c1', 2), tab)).toEqual({ read: false, lost: true });
  });

  it(`holds at most ${MAX_HELD_COPIES} copies, dropping the oldest`, async () => {
    for (let tab = 1; tab <= MAX_HELD_COPIES + 2; tab++) await send(chunk(`c${tab}`, 0, 2, 'x'.repeat(100)), senderOf(tab));
    expect(heldCopies()).toEqual({ copies: MAX_HELD_COPIES, chars: MAX_HELD_COPIES * 100 });
    await send(chunk('c1', 1, 2, 'y'), senderOf(1));
    expect(await send(extract('c1', 2), senderOf(1))).toEqual({ read: false, lost: true });
  });

  it('rejects chunks beyond the contract’s bounds, so no copy exceeds MAX_PAGE_HTML', async () => {
    expect(MAX_COPY_CHUNKS * COPY_CHUNK_CHARS).toBeLessThanOrEqual(MAX_PAGE_HTML);
    const tab = senderOf(7);
    expect(await send(chunk('c1', 0, 1, 'x'.repeat(COPY_CHUNK_CHARS + 1)), tab)).toBeUndefined();
    expect(await send(chunk('c1', 0, MAX_COPY_CHUNKS + 1, 'x'), tab)).toBeUndefined();
    expect(await send(chunk('C1', 0, 1, 'x'), tab)).toBeUndefined();
    expect(await send(chunk('c1', 5, 2, 'x'), tab)).toBe(false);
    expect(heldCopies().copies).toBe(0);
  });

  it('stays bounded under 20,000 random chunks from many senders', async () => {
    const r = createRandom(20261126);
    let valid = 0;
    for (let i = 0; i < 20_000; i++) {
      const count = 1 + Math.floor(r.next() * MAX_COPY_CHUNKS);
      const message = chunk(`c${Math.floor(r.next() * 50)}`, Math.floor(r.next() * count), count, 'x'.repeat(Math.floor(r.next() * COPY_CHUNK_CHARS)));
      if (ContentToBackgroundSchema.safeParse(message).success) valid++;
      await send(message, senderOf(1 + Math.floor(r.next() * 30), Math.floor(r.next() * 2)));
      const { copies, chars } = heldCopies();
      expect(copies).toBeLessThanOrEqual(MAX_HELD_COPIES);
      expect(chars).toBeLessThanOrEqual(MAX_HELD_COPIES * MAX_PAGE_HTML);
    }
    expect(valid).toBe(20_000);
  }, 60_000);
});
