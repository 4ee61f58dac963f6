import { describe, expect, it } from 'vitest';
import { readMetadata } from '@/utils/article/metadata';
import { parseHtml } from './load-page';

const page = (head: string, body = '', lang = '') =>
  parseHtml(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body>${body}</body></html>`);
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readMetadata', () => {
  it('finds the article node inside a nested @graph and normalises the date to UTC', () => {
    const meta = readMetadata(
      page(
        ld({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebSite', name: 'Site from WebSite' },
            {
              '@type': 'https://schema.org/ReportageNewsArticle',
              headline: 'Graph headline',
              author: { '@type': 'Person', name: 'Ana Ruiz' },
              datePublished: '2026-01-02T03:04:05-05:00',
              articleBody: 'Body text',
            },
          ],
        }) + '<meta property="og:title" content="OG headline">',
      ),
    );
    expect(meta).toMatchObject({
      headline: 'Graph headline',
      byline: 'Ana Ruiz',
      publishedAt: '2026-01-02T08:04:05.000Z',
      siteName: 'Site from WebSite',
      articleBody: 'Body text',
      declaredArticle: true,
    });
  });

  it('falls back to OpenGraph, then <meta>, then <time> and the document', () => {
    const meta = readMetadata(
      page(
        '<title>Title headline | Example Post</title><meta property="og:site_name" content="Example Post"><meta name="author" content="https://facebook.com/someone">',
        '<p>By <a rel="author" href="/a">Kim Lee</a></p><time datetime="2025-12-24">Dec 24</time>',
        'pt_BR',
      ),
    );
    expect(meta.headline).toBe('Title headline'); // site name stripped from <title>
    expect(meta.byline).toBe('Kim Lee'); // a profile URL is not a name
    expect(meta.publishedAt).toBe('2025-12-24T00:00:00.000Z');
    expect(meta.siteName).toBe('Example Post');
    expect(meta.lang).toBe('pt-BR');
    expect(meta.declaredArticle).toBe(false);
  });

  it('ignores broken JSON-LD and guesses the language of an undeclared CJK page from its script', () => {
    const meta = readMetadata(page('<script type="application/ld+json">{ broken</script><title>東京の天気は晴れ</title>'));
    expect(meta.headline).toBe('東京の天気は晴れ');
    expect(meta.lang).toBe('ja');
  });
});
