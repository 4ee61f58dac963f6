import { describe, expect, it } from 'vitest';
import { findAiDisclosures, scanDisclosures } from '../../../utils/ai-labels/detect';
import { AI_PHRASES } from '../../../utils/ai-labels/phrases';
import { parseHtml } from './fixture-page';

const find = (html: string) => findAiDisclosures(parseHtml(html), AI_PHRASES);

describe('findAiDisclosures', () => {
  it('keeps ids stable across rescans and re-rendered elements', () => {
    const doc = parseHtml(`<div class="card"><img src="/a.jpg" width="320" height="180"><span>AI-generated image</span><h3><a href="/s">A story about the harbour</a></h3><span>AI-assisted</span></div>`);
    const first = findAiDisclosures(doc, AI_PHRASES).map((f) => f.id);
    expect(first).toHaveLength(2);
    const card = doc.querySelector('.card')!;
    card.replaceWith(card.cloneNode(true)); // a framework re-render: new elements, same content
    expect(findAiDisclosures(doc, AI_PHRASES).map((f) => f.id)).toEqual(first);
    // A subtree scan (the idle rescans) gives the same ids as a page scan.
    expect(scanDisclosures(doc.querySelector('.card')!, AI_PHRASES).map((h) => h.finding.id)).toEqual(first);
  });

  it('reports absolute image URLs, lazy sources over placeholders, and headlines of at most 160 characters', () => {
    const long = 'A very long headline '.repeat(12);
    const findings = find(`
      <figure><img src="data:image/gif;base64,R0lGOD" data-src="img/lazy.jpg" width="640" height="360"><figcaption>AI-generated image</figcaption></figure>
      <div class="card"><h3>${long}</h3><span class="label">AI-assisted</span></div>`);
    expect(findings.map((f) => f.target)).toEqual([{ src: 'https://news.example/story/img/lazy.jpg' }, { headline: expect.any(String) }]);
    expect(findings[1]!.target.headline!.length).toBeLessThanOrEqual(160);
  });

  it('attaches a label to the one image a reader would, never to every image', () => {
    const findings = find(`<div class="article-body">
      <div class="gallery">
        <figure><img src="/1.jpg" width="640" height="360"><figcaption>The pier at dawn.</figcaption></figure>
        <figure><img src="/2.jpg" width="640" height="360"><figcaption>The pier at dusk. Illustration: AI-generated</figcaption></figure>
        <figure><img src="/3.jpg" width="640" height="360"><figcaption>The pier at night.</figcaption></figure>
      </div>
      <img src="/4.jpg" width="640" height="360" alt="A harbour">
      <p class="credit">Image generated with Midjourney</p>
      <img src="/5.jpg" width="640" height="360" alt="A lighthouse"></div>`);
    expect(findings.map((f) => f.target.src)).toEqual(['https://news.example/2.jpg', 'https://news.example/4.jpg']);
  });

  it('ignores what is about AI rather than a disclosure', () => {
    expect(find(`
      <nav><a href="/ai">AI</a> <a href="/ai-generated">AI-generated</a></nav>
      <ul class="tags"><li><a href="/t/ai" rel="tag">Artificial intelligence</a></li></ul>
      <p>Experts warn that AI-generated images of storms are spreading, and outlets now print “AI-generated image” under such pictures.</p>
      <blockquote>The post called it an "AI-generated image".</blockquote>
      <h2>Is this AI-generated image real?</h2>
      <div class="ad"><img src="/ad.jpg" width="300" height="250"><span>AI-generated image</span> in seconds with PixelPro</div>
      <figure><img src="/aiko.jpg" width="640" height="360"><figcaption>Photo: Aiko Sato. Ai Weiwei at the opening.</figcaption></figure>
      <figure><img src="/holz.jpg" width="640" height="360"><figcaption>Midjourney founder David Holz at a conference.</figcaption></figure>`)).toEqual([]);
  });

  it('reads page-level declarations: ai-disclosure meta and attributes, JSON-LD digitalSourceType', () => {
    const doc = parseHtml(`<article><h1>Tide tables explained</h1><img src="/t.jpg" ai-disclosure="ai-generated" width="640" height="360"></article>`);
    const meta = doc.createElement('meta');
    meta.setAttribute('name', 'ai-disclosure');
    meta.setAttribute('content', 'autonomous');
    doc.head.append(meta);
    const ld = doc.createElement('script');
    ld.setAttribute('type', 'application/ld+json');
    ld.textContent = JSON.stringify({ '@type': 'ImageObject', contentUrl: '/gen.png', digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia' });
    doc.head.append(ld);
    const findings = findAiDisclosures(doc, AI_PHRASES);
    expect(findings.map((f) => [f.kind, f.evidence, f.target.src ?? f.target.headline])).toEqual(
      expect.arrayContaining([
        ['text', 'metadata', 'Tide tables explained'],
        ['image', 'metadata', 'https://news.example/t.jpg'],
        ['image', 'metadata', 'https://news.example/gen.png'],
      ]),
    );
    expect(findings).toHaveLength(3);
  });

  it('finds labels that only normalising reveals: full-width letters, soft hyphens, zero-width joiners', () => {
    // The gate before the phrase patterns (compile.ts mayHoldLabel) must read the text as the
    // phrase patterns do, after normalize.ts, or these never reach them.
    const findings = find(`
      <figure><img src="/1.jpg" width="640" height="360"><figcaption>\uff21\uff29 生成的图像</figcaption></figure>
      <figure><img src="/2.jpg" width="640" height="360"><figcaption>A\u00adI-generated image</figcaption></figure>
      <img src="/3.jpg" width="640" height="360" alt="K\u200bI-generiertes Bild">`);
    expect(findings.map((f) => f.target.src)).toEqual(['https://news.example/1.jpg', 'https://news.example/2.jpg', 'https://news.example/3.jpg']);
  });

  it('never throws on odd markup', () => {
    expect(() => find(`<figure><figcaption>AI-generated image</figcaption></figure><span>由 AI 报道</span><img alt="AI-generated image">`)).not.toThrow();
  });
});

describe('overlay pills beside a <picture>', () => {
  const PAGES: [string, string, string][] = [
    ['es', 'Imagen generada por IA', 'Ilustración: creada con Midjourney'],
    ['de', 'KI-generiertes Bild', 'Illustration: erstellt mit Midjourney'],
    ['fr', 'Image générée par IA', 'Illustration : créée avec Midjourney'],
    ['it', "Immagine generata con l'IA", 'Illustrazione: creata con Midjourney'],
    ['pt', 'Imagem gerada por IA', 'Ilustração: criada com Midjourney'],
    ['ja', 'AI生成画像', 'イラスト：Midjourneyで生成'],
    ['zh-Hans', 'AI 生成的图像', '插图：由Midjourney生成'],
    ['ko', 'AI 생성 이미지', '일러스트: Midjourney로 생성'],
  ];
  for (const [lang, overlay, credit] of PAGES) {
    it(`${lang}: finds a "tag" pill over a <picture> and a generator credit in a figcaption, and nothing else`, () => {
      const doc = parseHtml(`<html lang="${lang}"><body><article><h1>Headline ${lang}</h1>
        <p>A long paragraph of the article body that talks about the harbour and the weather in some detail.</p>
        <div class="media overlay" style="position:relative">
          <picture><source srcset="/a.webp" type="image/webp"><img src="/a.jpg" width="800" height="450" alt="The harbour"></picture>
          <span class="tag">${overlay}</span>
        </div>
        <p>Another paragraph of the article body, long enough to be prose and not a caption line at all.</p>
        <figure><img src="/b.jpg" width="800" height="450" alt="A lighthouse"><figcaption>${credit}</figcaption></figure>
        <figure><img src="/c.jpg" width="800" height="450" alt="A pier"><figcaption>Photo: Aiko Tanaka</figcaption></figure>
        <ul class="tags"><li><a href="/t/ai">${overlay}</a></li></ul>
      </article></body></html>`);
      expect(findAiDisclosures(doc, AI_PHRASES).map((f) => [f.target.src, f.kind])).toEqual([
        ['https://news.example/a.jpg', 'image'],
        ['https://news.example/b.jpg', 'image'],
      ]);
    });
  }

  it('still skips topic tags that are links or list entries beside a picture', () => {
    expect(find(`<div class="card"><picture><img src="/a.jpg" width="640" height="360"></picture><a class="tag" href="/t/ai">AI-generated images</a></div>`)).toEqual([]);
  });
});
