import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { articleFromHtml } from '@/utils/article/from-html';
import { pageCopy } from '@/utils/article/page-copy';
import { parseHtml } from './load-page';

/** The shared article corpus (../shared from the repository root); a user's clone does not have it. */
const CORPUS = resolve(__dirname, '../../../../shared/corpus/articles');
const corpusPresent = existsSync(CORPUS);
if (!corpusPresent) console.warn(`[page copy corpus test] skipped: ${CORPUS} is absent (it exists only on the team's machines).`);

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

  it('drops scripts, styles, comments, SVG, templates and navs, keeps JSON-LD whole, and keeps text that only mentions them', () => {
    const doc = pageOf(`<html><head>
      <script>var big = "${'x'.repeat(5000)}";</script>
      <style>.a { color: red }</style>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Kept <!-- and <svg> inside"}</script>
      <script type="module" src="/app.js"></script>
    </head><body><nav><a href="/world">World news</a></nav><!-- ad slot --><p>Write &lt;script&gt;alert(1)&lt;/script&gt; to test a site.</p>
      <button><svg viewBox="0 0 8 8"><title>Share icon</title><path d="M0 0h8"/></svg>Share</button>
      <template><p>Later text</p></template><p>After</p><style media="print">p{}</style></body></html>`);
    const copy = pageCopy(doc);
    expect(copy).not.toContain('var big');
    expect(copy).not.toContain('color: red');
    expect(copy).not.toContain('/app.js');
    expect(copy).not.toContain('<style');
    expect(copy).not.toContain('ad slot');
    expect(copy).not.toContain('Share icon');
    expect(copy).not.toContain('Later text');
    expect(copy).not.toContain('World news');
    expect(copy).toContain('"headline":"Kept <!-- and <svg> inside"');
    expect(copy).toContain('Write &lt;script&gt;alert(1)&lt;/script&gt; to test a site.');
    expect(copy).toContain('Share</button>');
    expect(copy).toContain('<p>After</p>');
  });

  // What the copy leaves out must never change the article: the same one, field by field, on every corpus page.
  it.skipIf(!corpusPresent)('reads the same article as the full markup on every page of ../shared/corpus/articles', () => {
    const ids = readdirSync(CORPUS).filter((id) => existsSync(join(CORPUS, id, 'page.html')));
    expect(ids.length).toBeGreaterThanOrEqual(30);
    for (const id of ids) {
      const doc = parseHtml(readFileSync(join(CORPUS, id, 'page.html'), 'utf8'));
      const full = detectArticle(parseHtml(doc.documentElement.outerHTML));
      expect(full, id).not.toBeNull();
      expect(detectArticle(parseHtml(pageCopy(doc))), id).toEqual(full);
    }
  }, 300_000);
});
