import type { AiFinding } from '../report/schema';
import { attachMedia, attachStory, isTinyByAttributes, mediaSource } from './attach';
import { compileTable, type CompiledTable } from './compile';
import { captionContext, isExcludedContext, isInline, labelUnitOf, langOf, SKIPPED } from './dom';
import { findingId } from './ids';
import { labelsInAlt, labelsInCaption, labelsInStandalone, type LabelHit } from './match';
import { clip, normalizeText } from './normalize';
import { pageDeclarations } from './page-level';
import type { PhraseTable } from './phrase-schema';

/** One labelled item before it becomes a report finding. */
export interface FoundItem {
  kind: AiFinding['kind'];
  evidence: AiFinding['evidence'];
  phrase: string;
  lang: string | null;
  /** What identifies the item across rescans: its media URL or its headline. */
  key: string;
  /** The labelled element (image, video or headline) the badge goes on; null when not on the page. */
  element: Element | null;
  src?: string;
  headline?: string;
  /** The element that carries the publisher's label, when it is visible text. */
  label: Element | null;
}

/** A finding with every element on the page that shows the labelled item. */
export interface DisclosureHit {
  finding: AiFinding;
  elements: Element[];
}

/** Prose paragraphs are longer than labels; captions may be long but are split into clauses. */
const MAX_LABEL_CHARS = 300;
const MAX_CAPTION_CHARS = 800;

/**
 * Finds the publisher's AI disclosures in a document or subtree: visible labels (pills, overlays,
 * captions, credit lines, story labels), image alt texts, and page declarations (only when given
 * a whole Document). Pure: reads the DOM, changes nothing, uses no browser API.
 */
export function findAiDisclosures(root: Document | Element, table: PhraseTable): AiFinding[] {
  return scanDisclosures(root, table).map((hit) => hit.finding);
}

export function scanDisclosures(root: Document | Element, table: PhraseTable): DisclosureHit[] {
  const compiled = compileTable(table);
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  const scope = root.nodeType === 9 ? (doc.body ?? doc.documentElement) : (root as Element);
  if (!scope) return [];
  const items: FoundItem[] = [];
  // One odd element (a hostile page, a DOM the browser half-built) must not cost the other findings.
  const guarded = (run: () => FoundItem[]) => {
    try {
      items.push(...run());
    } catch (error) {
      console.debug('[candor] ai-labels: skipped an element', error);
    }
  };
  for (const unit of labelUnits(scope, doc, compiled)) guarded(() => itemsFromUnit(unit, doc, compiled));
  guarded(() => itemsFromAttributes(scope, doc, compiled));
  if (root.nodeType === 9) guarded(() => pageDeclarations(doc));
  return merge(items);
}

/** Elements whose text may be a label: parents of text that mentions AI or a generator. */
function labelUnits(scope: Element, doc: Document, table: CompiledTable): Set<Element> {
  const units = new Set<Element>();
  const walker = doc.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (!table.mayHoldLabel(text.data)) continue;
    const parent = text.parentElement;
    if (!parent || SKIPPED.has(parent.tagName) || parent.closest('template, noscript, [hidden]')) continue;
    const unit = labelUnitOf(text);
    if (unit) units.add(unit);
  }
  return units;
}

function itemsFromUnit(unit: Element, doc: Document, table: CompiledTable): FoundItem[] {
  const text = normalizeText(unit.textContent ?? '');
  const context = captionContext(unit);
  if (!text || text.length > (context.caption ? MAX_CAPTION_CHARS : MAX_LABEL_CHARS)) return [];
  if (isExcludedContext(unit, text)) return [];
  const lang = langOf(unit);
  let hits = context.caption ? labelsInCaption(text, table, lang, context.credit) : labelsInStandalone(text, table, lang);
  if (!hits.length && context.caption) hits = edgeLabels(unit, table, lang, context.credit);
  return hits.flatMap((hit) => resolve(hit, unit, doc, context.caption ? 'caption' : 'label', context.caption) ?? []);
}

/**
 * A label styled as its own piece at the start or end of a caption ("Turbines at dawn
 * <span>AI-generated</span>") counts although no punctuation separates it from the caption.
 */
function edgeLabels(unit: Element, table: CompiledTable, lang: string | null, credit: boolean): LabelHit[] {
  const children = [...unit.children].filter(isInline);
  const edges = new Set([children[0], children[children.length - 1]].filter((c): c is Element => !!c));
  return [...edges].flatMap((edge) => labelsInCaption(normalizeText(edge.textContent ?? ''), table, lang, credit));
}

/** Decides what a label labels and turns it into an item, or null when nothing certain. */
function resolve(hit: LabelHit, label: Element, doc: Document, evidence: AiFinding['evidence'], inCaption: boolean): FoundItem | null {
  const base = { evidence, phrase: clip(hit.phrase, 200), lang: hit.lang, label };
  const asMedia = (media: Element | null): FoundItem | null => {
    if (!media) return null;
    const src = mediaSource(media, doc.baseURI);
    if (!src) return null;
    const video = media.tagName === 'VIDEO' || media.tagName === 'IFRAME' || hit.kind === 'video' || !!hit.videoGenerator && media.tagName !== 'IMG';
    return { ...base, kind: video ? 'video' : 'image', key: src, element: media, src };
  };
  const asStory = (): FoundItem | null => {
    const story = attachStory(label);
    return story && story.headline ? { ...base, kind: 'text', key: story.headline, element: story.element, headline: story.headline } : null;
  };
  switch (hit.kind) {
    case 'image':
    case 'video':
      return asMedia(attachMedia(label));
    case 'text':
      return asStory();
    case 'generic':
      // "AI-generated" alone: a caption's or an overlay's picture, else the story it stands by.
      return inCaption ? asMedia(attachMedia(label)) : (asMedia(attachMedia(label, 2)) ?? asStory());
  }
}

const ATTRIBUTES = ['alt', 'title', 'aria-label'];

/** Alt, title and aria-label texts of images and videos, and of icon-only label elements. */
function itemsFromAttributes(scope: Element, doc: Document, table: CompiledTable): FoundItem[] {
  const items: FoundItem[] = [];
  for (const el of scope.querySelectorAll('img, video, [aria-label], [title]')) {
    // The cheap test first: almost no attribute mentions AI, and reading an element's text is not free.
    const texts = ATTRIBUTES.map((name) => el.getAttribute(name)).filter((raw): raw is string => !!raw && table.mayHoldLabel(raw));
    if (!texts.length) continue;
    const isMedia = el.tagName === 'IMG' || el.tagName === 'VIDEO';
    if (isMedia ? isTinyByAttributes(el) : normalizeText(el.textContent ?? '')) continue;
    for (const raw of texts) {
      const text = normalizeText(raw);
      if (isExcludedContext(el, '')) break;
      const lang = langOf(el);
      if (isMedia) {
        const hit = labelsInAlt(text, table, lang).find((h) => h.kind !== 'text');
        const src = hit && mediaSource(el, doc.baseURI);
        if (hit && src) {
          items.push({ kind: el.tagName === 'VIDEO' ? 'video' : 'image', evidence: 'alt', phrase: clip(hit.phrase, 200), lang: hit.lang, key: src, element: el, src, label: el });
          break;
        }
      } else {
        const found = labelsInStandalone(text, table, lang).flatMap((hit) => resolve(hit, el, doc, 'label', false) ?? []);
        if (found.length) {
          items.push(...found);
          break;
        }
      }
    }
  }
  return items;
}

/** One finding per labelled item (several labels on one image are one finding), in page order. */
function merge(items: FoundItem[]): DisclosureHit[] {
  const byId = new Map<string, DisclosureHit>();
  for (const item of items) {
    const id = findingId(item.kind, item.key);
    const known = byId.get(id);
    if (known) {
      if (item.element && !known.elements.includes(item.element)) known.elements.push(item.element);
      continue;
    }
    const target = item.src ? { src: item.src } : { headline: item.headline ?? item.key };
    byId.set(id, {
      finding: { id, kind: item.kind, evidence: item.evidence, phrase: item.phrase, lang: item.lang, target },
      elements: item.element ? [item.element] : [],
    });
  }
  const position = (hit: DisclosureHit) => hit.elements[0];
  return [...byId.values()].sort((a, b) => {
    const ea = position(a);
    const eb = position(b);
    if (!ea || !eb || ea === eb) return ea ? -1 : eb ? 1 : 0;
    return ea.compareDocumentPosition(eb) & 4 /* FOLLOWING */ ? -1 : 1;
  });
}
