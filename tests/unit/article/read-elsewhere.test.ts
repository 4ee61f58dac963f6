import { beforeEach, describe, expect, it } from 'vitest';
import { readElsewhere } from '@/utils/article/read-elsewhere';
import type { ArticleExtractAnswer, ContentToBackground } from '@/utils/messaging/messages';
import { COPY_CHUNK_CHARS } from '@/utils/messaging/values';

const article = {
  headline: 'Cafés für Radfahrer', byline: null, publishedAt: null, siteName: 'S', lang: 'de', text: 'T', wordCount: 1, readingMinutes: 1,
  highlights: [{ text: 'T' }],
};

/** A background that keeps chunks per copy id and answers extract requests as the real one does. */
function fakeBackground(extractAnswers: ArticleExtractAnswer[] = []) {
  const sent: ContentToBackground[] = [];
  const held = new Map<string, string[]>();
  const release: (() => void)[] = [];
  const send = (message: ContentToBackground): Promise<unknown> => {
    sent.push(message);
    if (message.type === 'article:chunk') {
      const parts = held.get(message.copy) ?? [];
      parts[message.index] = message.html;
      held.set(message.copy, parts);
      // Answered later: the page must not wait for one chunk's answer before sending the next.
      return new Promise((done) => release.push(() => done(true)));
    }
    if (message.type !== 'article:extract') throw new Error(`unexpected ${message.type}`);
    return Promise.resolve(extractAnswers.shift() ?? { read: true, article });
  };
  return { send, sent, held, release: () => release.splice(0).forEach((answer) => answer()) };
}

const chunksSent = (sent: ContentToBackground[]) => sent.filter((m) => m.type === 'article:chunk');

describe('readElsewhere: the page copy sent in chunks', () => {
  beforeEach(() => {
    // About 2.5 chunks of markup, with non-ASCII text and an emoji.
    document.body.innerHTML = `<article><h1>Cafés für Radfahrer 🚲</h1>${'<p>Die Stadt eröffnete ein Café am Kanal – für alle.</p>'.repeat(700)}</article>`;
  });

  it('sends every chunk in the same task, within the size, then asks for the article by the copy’s id', async () => {
    const background = fakeBackground();
    const reading = readElsewhere(document, background.send);
    // Nothing was awaited yet, and every chunk is already sent.
    const chunks = chunksSent(background.sent);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    expect(background.sent.map((m) => m.type)).not.toContain('article:extract');
    for (const [index, chunk] of chunks.entries()) {
      expect(chunk).toMatchObject({ index, count: chunks.length, copy: chunks[0]!.type === 'article:chunk' && chunks[0]!.copy });
      expect(chunk.type === 'article:chunk' && chunk.html.length).toBeLessThanOrEqual(COPY_CHUNK_CHARS);
    }
    background.release();
    expect(await reading).toEqual(article);
    const extract = background.sent.at(-1)!;
    expect(extract).toEqual({ type: 'article:extract', url: document.URL, copy: (chunks[0] as { copy: string }).copy, count: chunks.length });
    const joined = background.held.get(extract.type === 'article:extract' ? extract.copy : '')!.join('');
    expect(joined).toContain('Cafés für Radfahrer 🚲');
  });

  it('sends the chunks once more when the background lost them (its worker stopped), then reads', async () => {
    const background = fakeBackground([{ read: false, lost: true }]);
    const reading = readElsewhere(document, background.send);
    await Promise.resolve();
    background.release();
    await new Promise((done) => setTimeout(done, 0));
    background.release();
    expect(await reading).toEqual(article);
    const chunks = chunksSent(background.sent);
    expect(background.sent.filter((m) => m.type === 'article:extract')).toHaveLength(2);
    expect(chunks.length % 2).toBe(0);
    expect(chunks.slice(chunks.length / 2)).toEqual(chunks.slice(0, chunks.length / 2));
  });

  it('gives up (the page reads it itself) when the copy is lost twice, not read, or a chunk is refused', async () => {
    for (const answers of [[{ read: false, lost: true }, { read: false, lost: true }], [{ read: false }]] as ArticleExtractAnswer[][]) {
      const asked = answers.length;
      const background = fakeBackground(answers);
      const reading = readElsewhere(document, background.send);
      for (let i = 0; i < 3; i++) {
        background.release();
        await new Promise((done) => setTimeout(done, 0));
      }
      expect(await reading).toBeUndefined();
      expect(background.sent.filter((m) => m.type === 'article:extract').length).toBe(asked);
    }
    const refused = (message: ContentToBackground) => Promise.resolve(message.type === 'article:chunk' ? message.index !== 1 : { read: true, article });
    expect(await readElsewhere(document, refused)).toBeUndefined();
  });

  it('counts an unanswered background as no answer, never as an error in the page', async () => {
    expect(await readElsewhere(document, () => Promise.reject(new Error('Receiving end does not exist')))).toBeUndefined();
  });
});
