import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { loadPage } from './load-page';

describe('detectArticle on the demo news page', () => {
  const article = detectArticle(loadPage('demo-news/index.html'));

  it('reads the metadata the page publishes', () => {
    expect(article).not.toBeNull();
    expect(article!.headline).toBe('Harbour cities agree to share offshore wind power through new undersea cable');
    expect(article!.byline).toBe('Mei Lindqvist');
    expect(article!.publishedAt).toBe('2026-11-17T22:30:00.000Z'); // 07:30 +09:00
    expect(article!.siteName).toBe('Tidewire News');
    expect(article!.lang).toBe('en');
  });

  it('keeps the story and drops captions, the AI pills and the related rail', () => {
    expect(article!.text).toContain('The cable will carry up to 1.4 gigawatts in either direction');
    expect(article!.text).toContain('Construction tenders will open in March');
    expect(article!.text).not.toContain('A cable-laying vessel of the kind');
    expect(article!.text).not.toContain('AI 生成的图像');
    expect(article!.text).not.toContain('Energy ministers meet');
    expect(article!.wordCount).toBeGreaterThan(300);
    expect(article!.readingMinutes).toBe(2);
  });

  it('makes 3–5 verbatim highlights from the story, not from captions', () => {
    const texts = article!.highlights.map((h) => h.text);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(texts.length).toBeLessThanOrEqual(5);
    for (const text of texts) {
      expect(article!.text).toContain(text);
      expect(text).not.toMatch(/Photo:|AI 生成|cable-laying vessel of the kind/);
    }
    expect(texts[0]).toMatch(/^The port cities of Port Haldren and Kessmarin signed an agreement/);
    const positions = texts.map((t) => article!.text.indexOf(t));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(article!.highlights.every((h) => h.source === 'extractive')).toBe(true);
  });
});
