import { takeBodyTexts } from '../content/body-texts';
import { JoinedTexts } from '../content/joined-texts';
import { AI_TRIGGER_PATTERN } from './trigger-pattern';

/**
 * A cheap test the always-on content script runs before it loads the AI-label detector: false
 * means the detector (detect.ts scanDisclosures) cannot find anything in `root`, true that it may.
 * Every label the detector finds has a trigger term (triggers.ts) inside one text node or one
 * alt/title/aria-label text, or is a page declaration (page-level.ts), so this looks for those
 * only, with one small pattern built from the trigger table (no phrase table, no zod).
 * On a subtree the page added (the core's mutation observer) it is the same test.
 */
export function mayHaveAiDisclosure(root: Document | Element): boolean {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  const scope = root.nodeType === 9 ? (doc.body ?? doc.documentElement) : (root as Element);
  if (!scope) return false;
  const pattern = trigger();
  return hasDeclaration(root) || attributesMayHold(root, scope, pattern) || textMayHold(doc, scope, pattern);
}

/**
 * Built on first use from the generated source (see trigger-pattern.ts): no work at module load.
 * One global RegExp for every search, so a cold page compiles it once; users set lastIndex.
 */
let compiled: RegExp | null = null;
const trigger = () => (compiled ??= new RegExp(AI_TRIGGER_PATTERN, 'g'));

/**
 * Text nodes are searched joined (JoinedTexts); a match is then checked in its own node, as the
 * detector reads it. The whole body's texts come from the banner finder's walk when the page has
 * not changed since (body-texts.ts; it also leaves out long texts of code, SVG and noscript, which
 * the detector does not read either).
 */
function textMayHold(doc: Document, scope: Element, pattern: RegExp): boolean {
  const texts = (scope === doc.body && takeBodyTexts(doc)) || textsUnder(doc, scope);
  const text = texts.joined();
  let i = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    i = texts.indexAt(m.index, i);
    if (holds(texts.parts[i]!, pattern) && !isCode(texts.nodes[i]!)) return true;
    // Nothing in this node (holds moved lastIndex): go on with the next one.
    if (i + 1 >= texts.nodes.length) break;
    pattern.lastIndex = texts.startOf(++i);
  }
  return false;
}

function textsUnder(doc: Document, scope: Element): JoinedTexts {
  const walker = doc.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
  const texts = new JoinedTexts();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    // Scripts and styles, which the detector skips, are most of the text of many pages: a long
    // text's parent is looked at before the text is joined, a short one's only when it holds a term.
    if (data.length > 400 && isCode(node)) continue;
    texts.add(node, data);
  }
  return texts;
}

const isCode = (node: Node) => {
  const tag = node.parentElement?.tagName;
  return tag === 'SCRIPT' || tag === 'STYLE';
};

/** The alt, title and aria-label texts detect.ts itemsFromAttributes reads (of a few more elements). */
const ATTRIBUTES = ['alt', 'title', 'aria-label'];
/** Every attribute this test reads: a change to one of them is worth a new look (feature.ts). */
export const PREFILTER_ATTRIBUTES = [...ATTRIBUTES, 'ai-disclosure'];
const ATTRIBUTE_SELECTOR = '[alt], [title], [aria-label]';

function attributesMayHold(root: Document | Element, scope: Element, pattern: RegExp): boolean {
  const elements = scope.querySelectorAll(ATTRIBUTE_SELECTOR);
  const all: Iterable<Element> = root === scope ? [scope, ...elements] : elements;
  for (const el of all) {
    for (const name of ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value && holds(value, pattern)) return true;
    }
  }
  return false;
}

/**
 * Machine-readable declarations (page-level.ts): the `ai-disclosure` meta tag or attribute, and
 * IPTC generative source types in JSON-LD.
 */
function hasDeclaration(root: Document | Element): boolean {
  if (root.querySelector('[ai-disclosure], meta[name="ai-disclosure" i]')) return true;
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    if (/algorithmicmedia/i.test(script.textContent ?? '')) return true;
  }
  return false;
}

/**
 * Whether one text holds a term as written or once normalised as the detector normalises
 * (normalize.ts: NFKC, no zero-width characters; dashes and spaces are matched as they are), with
 * a Turkish İ or ı read as I.
 */
function holds(text: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  if (!m) return false;
  if (!COMPAT_ONLY.test(m[0])) return true;
  // Compatibility characters NFKC leaves are removed, so only terms can match the same pattern
  // again (a second pattern would cost a cold page another compilation).
  const normalised = text
    .replace(TURKISH_I, (i) => (i === '\u0130' ? 'I' : 'i'))
    .normalize('NFKC')
    .replace(COMPAT_ALL, '');
  pattern.lastIndex = 0;
  return pattern.test(normalised);
}

const TURKISH_I = /[\u0130\u0131]/g;

/**
 * Characters that normalising may turn into (part of) a trigger term: those normalize.ts removes,
 * those NFKC maps to a term's letters or digits ("ＡＩ", "𝐀𝐈", "ﬁ", "Ⅰ", "⼈"), combining marks and
 * conjoining Hangul jamo it composes with the letter before them, and the Turkish İ and ı.
 * tests/unit/ai-labels/prefilter.test.ts derives the set from Unicode and checks this covers it.
 */
export const COMPAT =
  '(?:[\\u00aa\\u00ad\\u00b2\\u00b3\\u00b9\\u00ba\\u0130-\\u0133\\u013f\\u0140\\u017f\\u01c4-\\u01cc\\u01f1-\\u01f3\\u02b0-\\u02b8' +
  '\\u02e0-\\u02e4\\u0300-\\u036f\\u1100-\\u11ff\\u1d2c-\\u1dbf\\u200b-\\u200d\\u2024\\u2060\\u2070-\\u209f\\u2100-\\u218f' +
  '\\u2460-\\u24ff\\u2c7c\\u2c7d\\u2e80-\\u2fdf\\u3131-\\u318e\\u3190-\\u319f\\u3200-\\u33ff\\ua7f1-\\ua7f3\\ua960-\\ua97f' +
  '\\ud7b0-\\ud7ff\\uf900-\\ufaff\\ufb00-\\ufb06\\ufe35\\ufe36\\ufe52-\\ufe5a\\ufe63\\ufeff\\uff0d\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a]' +
  // Mathematical letters, enclosed letters and ideographs, CJK compatibility ideographs, and
  // Unicode 16-17's outlined letters, Cyrillic modifiers and segmented digits (UTF-16 pairs).
  '|\\ud835[\\udc00-\\udfff]|\\ud83c[\\udd00-\\udeff]|\\ud87e[\\udc00-\\ude1f]|\\ud833[\\udcd6-\\udcf9]|\\ud838[\\udc30-\\udc6f]|\\ud83e[\\udff0-\\udff9])';
const COMPAT_ONLY = new RegExp(`^${COMPAT}$`);
const COMPAT_ALL = new RegExp(COMPAT, 'g');

/** Whether one text (a label, an alt text) holds a trigger term. */
export function textHoldsTrigger(text: string): boolean {
  return holds(text, trigger());
}
