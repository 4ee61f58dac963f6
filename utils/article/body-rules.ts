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

/** What the rules know about the page besides the block itself. */
export interface RuleContext {
  byline: string | null;
  /** The page's canonical address, if it declares one. */
  pageUrl: string | null;
}

export interface BlockRule {
  name: string;
  /** True when this block of text is not article text. */
  drop(block: TextBlock, context: RuleContext): boolean;
}

const signature = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

const CAPTION = /caption|credit|copyright/i;
const BYLINE = /byline|dateline|author|timestamp|pubdate|published|entry-meta|post-meta/i;

function isLinkList(el: Element): boolean {
  if (el.tagName !== 'UL' && el.tagName !== 'OL') return false;
  const items = [...el.children].filter((child) => child.tagName === 'LI');
  if (items.length < 3) return false; // two links are often "buy at A / also at B", part of the text
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
  // A list whose every item is a link is a "more stories" rail, not an enumeration in the text.
  { name: 'link-lists', skip: isLinkList },
];

function sameAddress(text: string, pageUrl: string): boolean {
  if (!/^https?:\/\/\S+$/.test(text)) return false;
  const path = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/[?#].*$/, '').replace(/\/$/, '');
  return path(text) === path(pageUrl);
}

function startsWithLead(text: string): boolean {
  const lower = text.toLowerCase();
  return LEAD_PHRASES.some((phrase) => lower.startsWith(phrase));
}

/** "By Jane…", "Von Jonas…": a byline word followed by a capitalised name ("By taking…" is prose). */
const BYLINE_LEAD = /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Oo]leh|[Aa]v|[Aa]f|[Pp]rzez)\s+\p{Lu}/u;
const CJK_BYLINE_LEAD = /^(记者|記者|文[／/]|撰文|作者)[\s:：]?\p{Script=Han}/u;

/**
 * A short line naming the author: "By Jane Doe · 4 March", "Von Jonas Albrecht", "记者 林晓雯", or
 * a line that opens with the byline the metadata gave (a person's name: two words, or CJK).
 */
function isBylineLine(block: TextBlock, { byline }: RuleContext): boolean {
  if (block.text.length > 120) return false;
  if (BYLINE_LEAD.test(block.text) || CJK_BYLINE_LEAD.test(block.text)) return true;
  const name = byline?.split(',')[0]?.trim() ?? '';
  const isPersonName = /\S\s+\S/.test(name) || /^\p{Script=Han}{2,4}$/u.test(name);
  return isPersonName && block.text.startsWith(name) && block.text.length < name.length + 60;
}

export const BLOCK_RULES: BlockRule[] = [
  { name: 'byline-lines', drop: isBylineLine },
  // The page's own address on a line of its own is a share/permalink widget.
  { name: 'own-url-lines', drop: ({ text }, { pageUrl }) => !!pageUrl && sameAddress(text, pageUrl) },
  // Short lines opening with a promo/credit phrase of the table ("Related: …", "Photo: …").
  { name: 'lead-phrases', drop: (block) => block.text.length < 200 && startsWithLead(block.text) },
];

/** Headings that open a trailing non-article box: the box runs to the end of its container. */
export function isSectionEnd(block: TextBlock): boolean {
  return /^H[1-6]$/.test(block.element.tagName) && SECTION_HEADINGS.has(block.text.toLowerCase().replace(/[\s.…:：!?]+$/u, ''));
}
