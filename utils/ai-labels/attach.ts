import { clip, normalizeText } from './normalize';

/**
 * Which item a label belongs to. A reader attributes a label to the one image or story it sits
 * with: the single one in its own card or figure, or, where a container holds several, the one
 * right next to the label. Anything less certain attaches to nothing.
 */

export const MEDIA_SELECTOR = 'img, video, [role="img"]:not(svg), [style*="background-image"], iframe[src*="youtube"], iframe[src*="vimeo"], iframe[src*="player"], iframe[src*="video"]';
/** Containers that hold a whole page section: a label never reaches into them as its own card. */
const SECTION_TAGS = new Set(['BODY', 'HTML', 'MAIN']);
const MAX_LEVELS = 5;
/** Cards are small: beyond this much text an ancestor is a list or an article, not one item. */
const CARD_TEXT_LIMIT = 1500;

/** Icons, avatars, spacers and tracking pixels, by their declared size. */
export function isTinyByAttributes(el: Element): boolean {
  const w = Number(el.getAttribute('width'));
  const h = Number(el.getAttribute('height'));
  return (w > 0 && w < 40) || (h > 0 && h < 40);
}

function isMedia(el: Element): boolean {
  if (el.closest('nav, header [role="banner"], [aria-hidden="true"]')) return false;
  return !(el.tagName === 'IMG' && (el.getAttribute('role') === 'presentation' || isTinyByAttributes(el)));
}

function mediaIn(container: Element): Element[] {
  const found = [...container.querySelectorAll(MEDIA_SELECTOR)].filter(isMedia);
  if (container.matches(MEDIA_SELECTOR) && isMedia(container)) found.unshift(container);
  // An element with a background image that wraps an <img> is one picture, not two.
  return found.filter((el) => !found.some((other) => other !== el && el.contains(other) && other.tagName === 'IMG'));
}

const following = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

/** The image or video a label attaches to within `maxLevels` ancestors, or null when none is certain. */
export function attachMedia(label: Element, maxLevels = MAX_LEVELS): Element | null {
  if (label.matches(MEDIA_SELECTOR)) return label;
  let child: Element = label;
  for (let level = 0, node = label.parentElement; node && level < maxLevels; level++, child = node, node = node.parentElement) {
    if (SECTION_TAGS.has(node.tagName)) return null;
    const media = mediaIn(node).filter((m) => !m.contains(label));
    if (media.length === 0) continue;
    const cardLike = (node.textContent ?? '').length <= CARD_TEXT_LIMIT;
    if (media.length === 1 && cardLike) return media[0]!;
    // Several pictures, or a whole article: only the one in the label's immediate neighbour counts.
    return adjacentMedia(child);
  }
  return null;
}

/** Media in the element siblings right before (preferred: captions follow pictures) or after `el`. */
function adjacentMedia(el: Element): Element | null {
  const scan = (step: (e: Element) => Element | null) => {
    let sibling = step(el);
    for (let hops = 0; sibling && hops < 2; hops++, sibling = step(sibling)) {
      const media = mediaIn(sibling);
      if (media.length) return media;
      if ((sibling.textContent ?? '').trim().length > 200) return null;
    }
    return null;
  };
  const before = scan((e) => e.previousElementSibling);
  if (before) return before[before.length - 1]!;
  const after = scan((e) => e.nextElementSibling);
  return after ? after[0]! : null;
}

/** Reads the image a media element shows, preferring the real source of a lazy image over its placeholder. */
export function mediaSource(el: Element, baseURI: string): string | null {
  const attr = (name: string) => el.getAttribute(name)?.trim() || null;
  const firstOfSet = (set: string | null) => set?.split(',')[0]?.trim().split(/\s+/)[0] || null;
  let raw: string | null = null;
  if (el.tagName === 'IMG') {
    const src = attr('src');
    const lazy = attr('data-src') ?? attr('data-lazy-src') ?? attr('data-original') ?? attr('data-url') ??
      firstOfSet(attr('data-srcset'));
    const placeholder = !src || src.startsWith('data:') || src === 'about:blank';
    raw = lazy && placeholder ? lazy : (src && !src.startsWith('data:') ? src : lazy) ??
      firstOfSet(attr('srcset')) ?? firstOfSet(el.parentElement?.tagName === 'PICTURE' ? el.parentElement.querySelector('source')?.getAttribute('srcset') ?? el.parentElement.querySelector('source')?.getAttribute('data-srcset') ?? null : null);
  } else if (el.tagName === 'VIDEO') {
    raw = attr('src') ?? el.querySelector('source[src]')?.getAttribute('src') ?? attr('poster');
  } else if (el.tagName === 'IFRAME') {
    raw = attr('src');
  } else {
    const style = attr('style') ?? '';
    raw = /background-image\s*:\s*url\((['"]?)(.*?)\1\)/i.exec(style)?.[2] ?? attr('data-bg') ?? attr('data-src');
  }
  if (!raw || raw.startsWith('data:')) return null;
  try {
    return new URL(raw, baseURI).href;
  } catch {
    return null;
  }
}

/** Headlines: heading elements, and the divs and spans that card markup styles as titles. */
const HEADING = 'h1, h2, h3, h4, h5, h6, [itemprop="headline"], [role="heading"], [class*="headline"], [class*="title"]:not([class*="subtitle"])';

/** The headline as the page shows it (spaces collapsed; no other normalisation, so no NFKC). */
const headlineText = (el: Element) => clip((el.textContent ?? '').replace(/\s+/g, ' ').trim(), 160);

/** The page's own headline: its article's h1, else OpenGraph title, else the document title. */
export function pageHeadline(doc: Document): { element: Element | null; headline: string } {
  const h1 = doc.querySelector('article h1, main h1') ?? doc.querySelector('h1');
  if (h1 && normalizeText(h1.textContent ?? '')) return { element: h1, headline: headlineText(h1) };
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  return { element: doc.body, headline: clip((og || doc.title || '').replace(/\s+/g, ' ').trim(), 160) };
}

/**
 * The story a text label attaches to: the headline of its own card (the one heading or headline
 * link there, or the nearest one when a container holds several), or the page's article.
 */
export function attachStory(label: Element): { element: Element; headline: string } | null {
  // Inside an article with its own headline, a text label speaks for that article, not a paragraph.
  const inHeadedArticle = !!label.closest('article')?.querySelector('h1');
  let child: Element = label;
  for (let level = 0, node = label.parentElement; node && level < MAX_LEVELS + 1; level++, child = node, node = node.parentElement) {
    if (SECTION_TAGS.has(node.tagName)) break;
    const others = (selector: string) => [...node!.querySelectorAll(selector)].filter((h) => !h.contains(label) && normalizeText(h.textContent ?? ''));
    const h1 = others('h1')[0];
    if (h1) return { element: h1, headline: headlineText(h1) };
    // An article body or a list is not one story: its subheadings and links belong to others.
    const big = (node.textContent ?? '').length > CARD_TEXT_LIMIT;
    if (!big) {
      const headings = others(HEADING);
      if (headings.length === 1) return { element: headings[0]!, headline: headlineText(headings[0]!) };
      if (headings.length > 1) {
        const near = nearestAround(child, headings);
        return near ? { element: near, headline: headlineText(near) } : null;
      }
      const links = others('a[href]').filter((a) => normalizeText(a.textContent ?? '').length >= 12);
      const link = links.length === 1 ? links[0] : headlineLink(links);
      if (link) return { element: link, headline: headlineText(link) };
      if (links.length > 1) return null;
    }
    // A story without a headline (a summary card): its first line, right after the label.
    if (!inHeadedArticle && (!big || level === 0)) {
      const line = firstLine(child, !big);
      if (line) return { element: line, headline: headlineText(line) };
    }
  }
  const page = pageHeadline(label.ownerDocument);
  return page.element ? { element: page.element, headline: page.headline } : null;
}

/** Among several links in a card, the one styled as its headline, or one far longer than the rest. */
function headlineLink(links: Element[]): Element | null {
  const titled = links.filter((a) => /title|headline|heading/i.test(`${a.getAttribute('class') ?? ''} ${a.parentElement?.getAttribute('class') ?? ''}`));
  if (titled.length === 1) return titled[0]!;
  const byLength = [...links].sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length);
  const [first, second] = byLength;
  return first && second && (first.textContent ?? '').trim().length >= 2 * (second.textContent ?? '').trim().length ? first : null;
}

/** The first sibling block with text after `el` (or, when `before` allows, the nearest one before it). */
function firstLine(el: Element, before: boolean): Element | null {
  const hasLine = (e: Element) => normalizeText(e.textContent ?? '').length >= 12;
  for (let e = el.nextElementSibling; e; e = e.nextElementSibling) if (hasLine(e)) return e;
  if (before) for (let e = el.previousElementSibling; e; e = e.previousElementSibling) if (hasLine(e)) return e;
  return null;
}

/** Among several headings in one container, the one closest to `child` in document order. */
function nearestAround(child: Element, headings: Element[]): Element | null {
  const before = headings.filter((h) => following(h, child));
  const after = headings.filter((h) => following(child, h));
  // Labels sit under their headline or right above it; take the nearest in the sibling chain.
  const lastBefore = before[before.length - 1];
  const firstAfter = after[0];
  const distance = (h: Element | undefined) => {
    if (!h) return Infinity;
    let hops = 0;
    for (let e: Element | null = child; e && hops < 4; hops++) {
      if (e.contains(h) || e === h) return hops;
      e = following(h, child) ? e.previousElementSibling : e.nextElementSibling;
    }
    return Infinity;
  };
  const db = distance(lastBefore);
  const da = distance(firstAfter);
  if (db === Infinity && da === Infinity) return null;
  return db <= da ? lastBefore! : firstAfter!;
}
