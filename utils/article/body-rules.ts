import { LEAD_PHRASES, SECTION_HEADINGS } from './boilerplate-phrases';
import type { TextBlock } from './text-blocks';

/**
 * The measured rules Candor applies around Readability's choice of article body. Each is general
 * (markup and wording, never a site or page), has a name so `bench:extract --ablate` can switch it
 * off and print what it is worth on the whole corpus, and says why it exists.
 */
export interface ElementRule {
  name: string;
  /** True when this element and everything inside it is not article text. */
  skip(el: Element): boolean;
}

export interface BlockRule {
  name: string;
  /** True when this block of text is not article text. */
  drop(block: TextBlock): boolean;
}

const signature = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

const CAPTION = /caption|credit|copyright/i;
const BYLINE = /byline|dateline|author|timestamp|pubdate|published|entry-meta|post-meta/i;
const PROMO = /related|recommend|newsletter|promo|subscribe|signup|share|social|trending|popular|outbrain|taboola/i;

function isLinkList(el: Element): boolean {
  if (el.tagName !== 'UL' && el.tagName !== 'OL') return false;
  const items = [...el.children].filter((child) => child.tagName === 'LI');
  if (items.length < 2) return false;
  return items.every((item) => {
    const all = item.textContent?.trim().length ?? 0;
    let linked = 0;
    for (const link of item.querySelectorAll('a')) linked += link.textContent?.trim().length ?? 0;
    return all > 0 && linked / all > 0.8;
  });
}

export const ELEMENT_RULES: ElementRule[] = [
  // Captions and photo credits describe a picture, not the story; Readability keeps figcaptions.
  { name: 'captions', skip: (el) => el.tagName === 'FIGCAPTION' || CAPTION.test(signature(el)) },
  // Navigation, forms and buttons inside the chosen container are page chrome.
  { name: 'chrome', skip: (el) => ['NAV', 'ASIDE', 'FORM', 'BUTTON', 'SELECT'].includes(el.tagName) },
  // An article's own <header> holds the headline, byline and date, which the report carries apart.
  { name: 'header', skip: (el) => el.tagName === 'HEADER' },
  { name: 'byline', skip: (el) => BYLINE.test(signature(el)) },
  { name: 'promo-boxes', skip: (el) => PROMO.test(signature(el)) },
  // A list whose every item is a link is a "more stories" rail, not an enumeration in the text.
  { name: 'link-lists', skip: isLinkList },
];

function startsWithLead(text: string): boolean {
  const lower = text.toLowerCase();
  return LEAD_PHRASES.some((phrase) => lower.startsWith(phrase));
}

export const BLOCK_RULES: BlockRule[] = [
  // Short lines opening with a promo/credit phrase of the table ("Related: …", "Photo: …").
  { name: 'lead-phrases', drop: (block) => block.text.length < 200 && startsWithLead(block.text) },
];

/** Headings that open a trailing non-article box: the box runs to the end of its container. */
export function isSectionEnd(block: TextBlock): boolean {
  return /^H[1-6]$/.test(block.element.tagName) && SECTION_HEADINGS.has(block.text.toLowerCase().replace(/[:：]$/, ''));
}
