import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { loadPage } from './load-page';

describe('English article with a JSON-LD @graph', () => {
  const article = detectArticle(loadPage('articles/en-council-budget.html'))!;

  it('trusts JSON-LD over OpenGraph and the title', () => {
    expect(article.headline).toBe('Riverside council backs budget that doubles bus lanes');
    expect(article.byline).toBe('Priya Natarajan, Tom Becker');
    expect(article.publishedAt).toBe('2026-03-04T18:15:00.000Z');
    expect(article.siteName).toBe('The Lowfield Courier');
    expect(article.lang).toBe('en-GB');
  });

  it('drops byline, caption, "Related:" line, newsletter box and the link list', () => {
    expect(article.text.startsWith('Riverside council approved a budget on Wednesday night')).toBe(true);
    expect(article.text).toContain('Work on the first corridor, along Mill Road, is due to begin in September.');
    for (const boilerplate of ['By Priya', 'Photo: Courier staff', 'Related: Ring road', 'Why the tram plan']) {
      expect(article.text).not.toContain(boilerplate);
    }
  });

  it('highlights the lead and the key facts in article order', () => {
    expect(article.highlights.map((h) => h.text)).toEqual([
      "Riverside council approved a budget on Wednesday night that doubles the length of the city's bus lanes to 48 kilometres by the end of 2027, after a four-hour debate in which opposition members warned of congestion on the ring road.",
      'Council leader Amira Hassan said the vote was the most important decision the chamber had taken in a decade.',
      'Lowfield Buses, which runs most routes in the city, said journey times on the corridors it had studied could fall by up to a fifth, and that it would add evening services on three routes if the lanes were finished on time.',
    ]);
  });
});

describe('German article with OpenGraph and <meta> only', () => {
  const article = detectArticle(loadPage('articles/de-radweg.html'))!;

  it('reads metadata from OpenGraph and meta tags', () => {
    expect(article.headline).toBe('Neuer Radschnellweg verbindet Altstadt und Hafen');
    expect(article.byline).toBe('Jonas Albrecht');
    expect(article.publishedAt).toBe('2026-09-15T04:45:00.000Z'); // 06:45 +02:00
    expect(article.siteName).toBe('Nordkurier Rundschau');
    expect(article.lang).toBe('de');
  });

  it('drops the "Von …" line, the photo credit, "Lesen Sie auch" and the "Mehr zum Thema" box', () => {
    expect(article.text.startsWith('Nach zweijähriger Bauzeit')).toBe(true);
    expect(article.text).toContain('Die Planungen dafür laufen bereits.');
    for (const boilerplate of ['Von Jonas', 'Foto: Stadt', 'Lesen Sie auch', 'Mehr zum Thema', 'Neues Parkhaus am Hafen']) {
      expect(article.text).not.toContain(boilerplate);
    }
  });

  it('highlights verbatim German sentences', () => {
    expect(article.highlights.map((h) => h.text)).toEqual([
      'Nach zweijähriger Bauzeit ist der neue Radschnellweg zwischen der Altstadt und dem Hafen am Montag für den Verkehr freigegeben worden.',
      'Die Stadt rechnet damit, dass täglich bis zu 6000 Menschen den Weg nutzen werden.',
      'Bisher mussten Radfahrer auf dem Weg zum Hafen die stark befahrene Ringstraße kreuzen, an der es in den vergangenen Jahren mehrere schwere Unfälle gegeben hatte.',
    ]);
  });
});
