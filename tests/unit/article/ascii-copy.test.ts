import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '@/utils/article/from-html';
import { jsonLdNodes } from '@/utils/article/json-ld';
import { asciiCopy, pageCopy } from '@/utils/article/page-copy';
import { chunksOf } from '@/utils/article/read-elsewhere';
import { COPY_CHUNK_CHARS } from '@/utils/messaging/values';

const fixture = (path: string) => readFileSync(resolve(__dirname, '../../fixtures/pages', path), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const url = 'https://news.example/story';

// The copy travels escaped to ASCII and in chunks; the background reads the re-joined chunks. Nothing
// the reader sees may change on the way: the article (title, byline, text, highlights) and the JSON-LD.
describe('the copy as sent: escaped to ASCII, chunked, re-joined', () => {
  it.each([
    'demo-news/index.html',
    'articles/zh-metro-line.html',
    'articles/ja-city-library.html',
    'articles/de-radweg.html',
    'articles/en-council-budget.html',
    'articles/unicode-hostile.html',
  ])('%s: the same article and JSON-LD as from the copy itself', (path) => {
    const copy = pageCopy(parse(fixture(path)));
    const sent = asciiCopy(copy);
    expect(sent).toMatch(/^[\x00-\x7f]*$/);
    // Small chunks here, so that cuts fall inside references and multi-byte sequences' escapes.
    for (const size of [COPY_CHUNK_CHARS, 700]) {
      const chunks = chunksOf(sent, size);
      expect(chunks.every((chunk) => chunk.length <= size)).toBe(true);
      const joined = chunks.join('');
      const article = articleFromHtml(joined, url);
      expect(article).not.toBeNull();
      expect(article).toEqual(articleFromHtml(copy, url));
      expect(jsonLdNodes(parse(joined))).toEqual(jsonLdNodes(parse(copy)));
    }
  });

  it('reads back the hostile page’s emoji, bidi controls, zero-width characters, attributes and JSON-LD exactly', () => {
    const copy = pageCopy(parse(fixture('articles/unicode-hostile.html')));
    const doc = parse(asciiCopy(copy));
    const original = parse(copy);
    expect(doc.title).toBe('Café “Zukunft” 🚲 — ‏مدينة الدراجات‏ | Nachrichten Ünterwegs');
    expect(doc.body.textContent).toBe(original.body.textContent);
    expect(doc.body.textContent).toContain('‮gnirts desrever‬');
    expect(doc.body.textContent).toContain('😀🇩🇪👍🏽');
    expect(doc.querySelector('img')!.getAttribute('alt')).toBe('Gäste im Café „Zukunft“ 👩‍👩‍👧');
    expect(doc.querySelector('textarea')!.value).toBe('Kommentar: schön ✓');
    expect(doc.querySelector('article')!.getAttributeNames()).toHaveLength(original.querySelector('article')!.getAttributeNames().length);
    const [node] = jsonLdNodes(doc);
    expect(node).toMatchObject({ headline: 'Café “Zukunft” 🚲 — ‏مدينة الدراجات‏', author: { name: 'Zoë Ångström‮evil‬' } });
    const article = articleFromHtml(asciiCopy(copy), url)!;
    expect(article.headline).toBe('Café “Zukunft” 🚲 — ‏مدينة الدراجات‏');
    expect(article.text).toContain('😀🇩🇪👍🏽');
  });

  it('escapes text and attributes as references, JSON-LD as JSON escapes, and leaves what cannot be escaped', () => {
    expect(asciiCopy('<p title="é">😀 ’</p>')).toBe('<p title="&#233;">&#128512; &#8217;</p>');
    expect(asciiCopy('<script type="application/ld+json">{"a":"é😀"}</script><p>é</p>')).toBe(
      '<script type="application/ld+json">{"a":"\\u00e9\\ud83d\\ude00"}</script><p>&#233;</p>',
    );
    // The parser reads &#150; as U+2013 (Windows-1252), and does not decode raw text such as <xmp>.
    expect(asciiCopy('<p>\u0096é</p><xmp>é</xmp>')).toBe('<p>\u0096&#233;</p><xmp>é</xmp>');
    const ascii = '<p>plain &amp; simple</p>';
    expect(asciiCopy(ascii)).toBe(ascii);
  });

  it('cuts the copy into ordered parts of at most the chunk size', () => {
    expect(chunksOf('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
    expect(chunksOf('', 3)).toEqual(['']);
  });
});
