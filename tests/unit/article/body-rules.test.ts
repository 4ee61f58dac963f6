import { describe, expect, it } from 'vitest';
import { extractBody } from '@/utils/article/body';
import { parseHtml } from './load-page';

const story = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story explains, in enough words for Readability to keep it, what the council decided about the harbour, why the vote was close, and what happens next for the people who live there.</p>`,
).join('');

function bodyOf(inner: string, options: { disabled?: Set<string> } = {}) {
  const doc = parseHtml(
    `<html><head><link rel="canonical" href="https://news.example/story-1"></head><body><article>${story}${inner}</article></body></html>`,
  );
  return extractBody(doc, { byline: 'Jane Roe', pageUrl: 'https://news.example/story-1' }, options)!.text;
}

describe('body rules', () => {
  it.each([
    ['captions', '<figure><img src="a.jpg"><figcaption>The harbour at dawn. Photo: Agency</figcaption></figure>', 'The harbour at dawn'],
    ['byline', '<p class="timestamp">Filed 4 March 2026, 18:15</p>', 'Filed 4 March'],
    ['header', '<header><h2>Kicker line above the story</h2></header>', 'Kicker line'],
    ['chrome', '<nav><a href="/">Home</a> <a href="/news">News</a></nav>', 'Home News'],
    ['link-lists', '<ul><li><a href="/1">First other story</a></li><li><a href="/2">Second other story</a></li><li><a href="/3">Third other story</a></li></ul>', 'Second other story'],
    ['byline-lines', '<p>By Jane Roe · 4 March 2026</p>', 'By Jane Roe'],
    ['lead-phrases', '<p>Read more: The harbour in numbers</p>', 'Read more'],
    ['own-url-lines', '<p>https://news.example/story-1</p>', 'https://news.example/story-1'],
    ['section-ends', '<div><h3>About the author</h3><p>She has covered the harbour for this paper since 2010.</p></div>', 'since 2010'],
  ])('%s removes its boilerplate, and only that rule does', (rule, html, marker) => {
    expect(bodyOf(html)).not.toContain(marker);
    expect(bodyOf(html, { disabled: new Set([rule]) })).toContain(marker);
  });

  it('keeps list items with their own text and two-link shopping lines', () => {
    const text = bodyOf('<ul><li><a href="/a">Buy it at one shop</a></li><li><a href="/b">Also at another</a></li></ul><ul><li>Plain item one</li><li>Plain item two</li><li>Plain item three</li></ul>');
    expect(text).toContain('Also at another');
    expect(text).toContain('Plain item two');
  });

  it('separates blocks so words never glue across paragraphs', () => {
    expect(bodyOf('')).toContain('live there.\n\nParagraph 2');
  });
});
