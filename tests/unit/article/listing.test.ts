import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { loadPage } from './load-page';

describe('pages that are not one article', () => {
  it.each(['listing-en-home.html', 'listing-de-ressort.html', 'listing-zh-home.html'])('%s gives null', (file) => {
    expect(detectArticle(loadPage(`articles/${file}`))).toBeNull();
  });

  it('a short notice gives null', () => {
    const doc = new DOMParser().parseFromString(
      '<html lang="en"><head><title>Contact us</title><meta property="og:type" content="article"></head><body><h1>Contact us</h1><p>Write to newsroom@example.org or call the desk between nine and five on weekdays.</p></body></html>',
      'text/html',
    );
    expect(detectArticle(doc)).toBeNull();
  });
});
