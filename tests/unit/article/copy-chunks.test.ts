import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '@/utils/article/from-html';
import { jsonLdNodes } from '@/utils/article/json-ld';
import { pageCopy } from '@/utils/article/page-copy';
import { chunksOf } from '@/utils/article/read-elsewhere';
import { COPY_CHUNK_CHARS } from '@/utils/messaging/values';

const fixture = (path: string) => readFileSync(resolve(__dirname, '../../fixtures/pages', path), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const url = 'https://news.example/story';

/** What the transport does to a chunk: UTF-8, where a lone surrogate becomes U+FFFD. */
const overTheWire = (chunk: string) => new TextDecoder().decode(new TextEncoder().encode(chunk));

// The copy travels in chunks; the background reads the re-joined chunks. Nothing the reader sees may
// change on the way: the article (title, byline, text, highlights) and the JSON-LD.
describe('the copy as sent: chunked, each chunk as UTF-8, re-joined', () => {
  it.each([
    'demo-news/index.html',
    'articles/zh-metro-line.html',
    'articles/ja-city-library.html',
    'articles/de-radweg.html',
    'articles/en-council-budget.html',
    'articles/unicode-hostile.html',
  ])('%s: the same article and JSON-LD as from the copy itself', (path) => {
    const copy = pageCopy(parse(fixture(path)));
    // Small chunks too, so that cuts fall next to emoji (surrogate pairs) and multi-byte characters.
    for (const size of [COPY_CHUNK_CHARS, 700, 7]) {
      const chunks = chunksOf(copy, size);
      expect(chunks.every((chunk) => chunk.length <= size)).toBe(true);
      const joined = chunks.map(overTheWire).join('');
      expect(joined).toBe(copy);
      expect(articleFromHtml(joined, url)).toEqual(articleFromHtml(copy, url));
      expect(jsonLdNodes(parse(joined))).toEqual(jsonLdNodes(parse(copy)));
    }
  });

  it('reads back the hostile page’s emoji, bidi controls, zero-width characters, attributes and JSON-LD exactly', () => {
    const copy = pageCopy(parse(fixture('articles/unicode-hostile.html')));
    const doc = parse(chunksOf(copy, 5).map(overTheWire).join(''));
    expect(doc.title).toBe('Café “Zukunft” 🚲 — ‏مدينة الدراجات‏ | Nachrichten Ünterwegs');
    expect(doc.body.textContent).toContain('‮gnirts desrever‬');
    expect(doc.body.textContent).toContain('😀🇩🇪👍🏽');
    expect(doc.querySelector('img')!.getAttribute('alt')).toBe('Gäste im Café „Zukunft“ 👩‍👩‍👧');
    expect(doc.querySelector('textarea')!.value).toBe('Kommentar: schön ✓');
    const [node] = jsonLdNodes(doc);
    expect(node).toMatchObject({ headline: 'Café “Zukunft” 🚲 — ‏مدينة الدراجات‏', author: { name: 'Zoë Ångström‮evil‬' } });
  });

  it('cuts the copy into ordered parts of at most the chunk size, never inside a surrogate pair', () => {
    expect(chunksOf('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
    expect(chunksOf('', 3)).toEqual(['']);
    expect(chunksOf('ab😀cd', 3)).toEqual(['ab', '😀c', 'd']);
    expect(chunksOf('😀😀', 1)).toEqual(['\ud83d', '\ude00', '\ud83d', '\ude00']); // no room: halves rather than no progress
  });
});
