import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '@/utils/article/from-html';
import { pageCopy } from '@/utils/article/page-copy';

const fixture = (path: string) => readFileSync(resolve(__dirname, '../../fixtures/pages', path), 'utf8');

/** The page as the content script sees it: the fixture parsed by the browser (happy-dom here). */
function pageOf(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

// The copy sent to the offscreen document leaves out what the reader never reads; the article read
// from it must be the one read from the whole page.
describe('pageCopy', () => {
  it.each(['demo-news/index.html', 'articles/zh-metro-line.html', 'articles/ja-city-library.html', 'articles/de-radweg.html'])(
    '%s: the same article as from the full markup',
    (path) => {
      const doc = pageOf(fixture(path));
      const url = 'https://news.example/story';
      expect(articleFromHtml(pageCopy(doc), url)).toEqual(articleFromHtml(doc.documentElement.outerHTML, url));
    },
  );

  it('drops scripts and styles, keeps JSON-LD, and keeps text that only mentions them', () => {
    const doc = pageOf(`<html><head>
      <script>var big = "${'x'.repeat(5000)}";</script>
      <style>.a { color: red }</style>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Kept"}</script>
      <script type="module" src="/app.js"></script>
    </head><body><p>Write &lt;script&gt;alert(1)&lt;/script&gt; to test a site.</p><style media="print">p{}</style></body></html>`);
    const copy = pageCopy(doc);
    expect(copy).not.toContain('var big');
    expect(copy).not.toContain('color: red');
    expect(copy).not.toContain('/app.js');
    expect(copy).not.toContain('<style');
    expect(copy).toContain('"headline":"Kept"');
    expect(copy).toContain('Write &lt;script&gt;alert(1)&lt;/script&gt; to test a site.');
  });
});
