import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { loadPage } from './load-page';

describe('Chinese article with meta author and <time>', () => {
  const article = detectArticle(loadPage('articles/zh-metro-line.html'))!;

  it('reads headline, byline, date, site and language', () => {
    expect(article.headline).toBe('滨江地铁九号线南延段今日开通运营');
    expect(article.byline).toBe('林晓雯');
    expect(article.publishedAt).toBe('2026-06-28T01:00:00.000Z'); // 09:00 +08:00
    expect(article.siteName).toBe('江城日报网');
    expect(article.lang).toBe('zh-CN');
  });

  it('drops the picture credit, "相关阅读" and "责任编辑" lines', () => {
    expect(article.text.startsWith('6月28日上午')).toBe(true);
    for (const boilerplate of ['图片来源', '相关阅读', '责任编辑', '南湖新区规划建设三所新学校']) {
      expect(article.text).not.toContain(boilerplate);
    }
  });

  it('counts Chinese words with Intl.Segmenter and splits sentences without spaces', () => {
    expect(article.wordCount).toBeGreaterThan(150); // ~360 characters of text
    expect(article.readingMinutes).toBe(1);
    const texts = article.highlights.map((h) => h.text);
    expect(texts.length).toBe(3);
    for (const text of texts) {
      expect(text).toMatch(/[。！？”]$/);
      expect(article.text).toContain(text);
    }
    expect(texts[0]).toBe('6月28日上午，滨江地铁九号线南延段正式开通运营。');
  });
});

describe('Japanese article with a JSON-LD array', () => {
  const article = detectArticle(loadPage('articles/ja-city-library.html'))!;

  it('reads the NewsArticle node among other JSON-LD nodes', () => {
    expect(article.headline).toBe('駅前に新しい市立図書館が完成\u3000夜10時まで開館');
    expect(article.byline).toBe('佐藤 美咲');
    expect(article.publishedAt).toBe('2026-04-10T01:30:00.000Z'); // 10:30 +09:00
    expect(article.siteName).toBe('みなと新聞');
    expect(article.lang).toBe('ja-JP');
  });

  it('keeps the story, drops the author line, caption and related links', () => {
    expect(article.text.startsWith('みなと市の駅前再開発ビルに')).toBe(true);
    for (const boilerplate of ['写真：', '関連記事', '市の人口、5年ぶりに増加']) expect(article.text).not.toContain(boilerplate);
  });

  it('makes Japanese highlights from whole sentences', () => {
    const texts = article.highlights.map((h) => h.text);
    expect(texts.length).toBe(3);
    for (const text of texts) {
      expect(text.endsWith('。')).toBe(true);
      expect(article.text).toContain(text);
    }
  });
});
