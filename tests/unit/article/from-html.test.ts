import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { articleFromHtml } from '@/utils/article/from-html';
import { loadPage } from './load-page';

const html = (path: string) => readFileSync(resolve(__dirname, '../../fixtures/pages', path), 'utf8');

// The offscreen document (and Firefox's background page) reads a copy parsed with DOMParser: it must
// find what reading the page itself finds.
describe('articleFromHtml', () => {
  it.each(['demo-news/index.html', 'articles/zh-metro-line.html', 'articles/ja-city-library.html', 'articles/de-radweg.html'])(
    '%s: the same article as the page itself',
    (path) => {
      const copy = articleFromHtml(html(path), 'https://news.example/story');
      expect(copy).not.toBeNull();
      expect(copy).toEqual(detectArticle(loadPage(path)));
    },
  );

  it('a listing page is still not an article', () => {
    expect(articleFromHtml(html('articles/listing-zh-home.html'), 'https://news.example/')).toBeNull();
  });

  it('runs nothing from the copy', () => {
    const hostile = `<html><head><title>x</title></head><body><img src=x onerror="globalThis.__ran = true"><script>globalThis.__ran = true</script>${'<p>Plain words in a paragraph that says nothing much at all, repeated to look like text.</p>'.repeat(8)}</body></html>`;
    articleFromHtml(hostile, 'https://news.example/x');
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
  });
});
