import { MEDIA_SELECTOR } from './attach';

/** Elements that flow inside a line of text; a label in one of them may be part of a sentence. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK',
  'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR',
]);

/** Never examined: not page text a reader sees as a label. */
export const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'MATH', 'IFRAME', 'HEAD', 'TITLE']);

export const isInline = (el: Element) => INLINE.has(el.tagName);

/** Class, id and other naming attributes, lower-cased, for context tests. */
function namesOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('data-testid') ?? ''}`.toLowerCase();
}

const CAPTION_NAMES = /caption|credit|copyright|attribution|cutline|legend|photo-?info|image-?info|media-?info|img-?desc|image-?desc|bildunterschrift|bildtext|didascalia|leyenda|legenda|source-?line|(?:^|[\s_-])source(?:$|[\s_-])/;
const AD_NAMES = /(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|advertorial|sponsor|sponsored|promo|promoted|dfp|gpt-ad|adsbygoogle|ad-slot|ad-container|paid-content|anzeige|publicite|publicidad|pubblicita)(?:$|[\s_-])/;
const TAG_NAMES = /(?:^|[\s_-])(?:tags?|tag-?list|topics?|topic-?list|keywords?|categories|category|breadcrumbs?|taxonomy|related-?topics)(?:$|[\s_-])/;
const MENU_NAMES = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|main-?menu|site-?nav|mega-?menu)(?:$|[\s_-])/;

/** Whether an element is a caption, credit line or part of a figure: where image labels live. */
export function captionContext(el: Element): { caption: boolean; credit: boolean } {
  let credit = false;
  let caption = false;
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    const tag = node.tagName;
    if (tag === 'ARTICLE' || tag === 'MAIN' || tag === 'BODY') break;
    if (tag === 'FIGCAPTION' || tag === 'FIGURE') caption = true;
    const names = namesOf(node);
    if (CAPTION_NAMES.test(names)) {
      caption = true;
      if (/credit|copyright|attribution|source/.test(names)) credit = true;
    }
    if (depth === 0 && (tag === 'CITE' || tag === 'SMALL') && node.closest('figure')) credit = true;
  }
  return { caption, credit };
}

/**
 * Contexts where a phrase is never a disclosure: navigation and topic tags, ads, headings and
 * quotations (a fact-check quoting a label), and a link whose whole text is the phrase (a tag).
 */
export function isExcludedContext(el: Element, text: string): boolean {
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    const tag = node.tagName;
    if (tag === 'NAV' || tag === 'BLOCKQUOTE' || tag === 'Q' || tag === 'MENU' || /^H[1-6]$/.test(tag)) return true;
    const role = node.getAttribute('role');
    if (role === 'navigation' || role === 'menu' || role === 'menubar' || role === 'heading') return true;
    if (node.getAttribute('rel') === 'tag' || node.hasAttribute('data-ad') || node.tagName === 'INS') return true;
    const names = namesOf(node);
    if (AD_NAMES.test(names) || MENU_NAMES.test(names)) return true;
    if (TAG_NAMES.test(names) && !isOverlayPill(node)) return true;
    // A link that is only the phrase is a tag or a menu entry; a card link around a picture is not.
    if (tag === 'A' && text && (node.textContent ?? '').trim().length <= text.length + 2 && !node.querySelector('img, video, picture') && !captionContext(node).caption) return true;
  }
  return false;
}

/**
 * A pill that sits beside a picture in the picture's own wrapper (`<div><picture>…</picture><span
 * class="tag">AI-generated</span></div>`) is an overlay label, although pages often name such pills
 * "tag"; topic tags are links or list entries and never share a wrapper with a picture.
 */
function isOverlayPill(el: Element): boolean {
  if (el.tagName === 'A' || el.tagName === 'LI') return false;
  const parent = el.parentElement;
  if (!parent) return false;
  return [...parent.children].some((sibling) => sibling !== el && (sibling.matches(MEDIA_SELECTOR) || sibling.tagName === 'PICTURE'));
}

const SEPARATOR_ONLY = /^[\s|·•/\\\-–—:;,.()[\]*※]*$/u;

/**
 * The element that carries a label found in `text`: the widest wrapper that holds only that text,
 * or, when the text flows inside a sentence of its block (siblings with words), the block itself,
 * so that the whole sentence is judged.
 */
export function labelUnitOf(text: Text): Element | null {
  let el = text.parentElement;
  if (!el) return null;
  const own = (el.textContent ?? '').trim();
  while (
    el.parentElement &&
    el.parentElement.tagName !== 'BODY' &&
    (el.parentElement.textContent ?? '').trim() === own &&
    !el.parentElement.querySelector(MEDIA_SELECTOR)
  ) {
    el = el.parentElement;
  }
  let flow: Element = el;
  while (isInline(flow) && flow.parentElement) {
    if (!siblingsAreSeparators(flow)) {
      flow = flow.parentElement;
      continue;
    }
    return flow;
  }
  return flow;
}

function siblingsAreSeparators(el: Element): boolean {
  for (const sibling of [el.previousSibling, el.nextSibling]) {
    if (sibling?.nodeType === 3 && !SEPARATOR_ONLY.test(sibling.textContent ?? '')) return false;
  }
  return true;
}

/** The language an element is written in, from the nearest `lang` attribute. */
export function langOf(el: Element): string | null {
  const holder = el.closest('[lang]');
  const lang = holder?.getAttribute('lang')?.trim();
  return lang || null;
}
