import { consentStemStarts, hasConsentVocabulary } from '../words';
import { aboutFrameDocument, deepTextFits, isShown, parentOf, positionOf, proseText } from './dom';

/** A container with more text than this is a page layout, not a banner. */
const MAX_DIALOG_TEXT = 4000;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title', 'meta', 'link']);
/**
 * Parents whose text is never a banner's prose: a link's text ("Cookie policy" in a footer) is left
 * out of proseText whatever dialog root holds it, so it needs no style read up its ancestors.
 */
const NOT_PROSE = new Set([...SKIP, 'a']);
/** Text nodes longer than this are checked for a script or style parent before their text is searched (inline JSON). */
const LONG_TEXT = 1000;
/** NodeFilter.SHOW_TEXT (the constant, so any window's walker takes it). */
const SHOW_TEXT = 0x4;

/** Fixed/sticky boxes, dialogs and modal overlays: where banners live, unlike article text. */
function isOverlay(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true') return true;
  if (el.localName === 'dialog' && el.hasAttribute('open')) return true;
  const position = positionOf(el);
  return position === 'fixed' || position === 'sticky';
}

/**
 * The outermost overlay around `el` whose text is still banner-sized (so a backdrop wrapping a
 * modal counts as one banner), or null when `el` is not inside an overlay. `cache` holds that
 * answer for every element already passed, so each ancestor's style is read once per scan.
 */
function overlayAround(el: Element, cache: Map<Element, Element | null>): Element | null {
  const chain: Element[] = [];
  let above: Element | null = null;
  for (let node: Element | null = el; node && node.localName !== 'body' && node.localName !== 'html'; node = parentOf(node)) {
    if (cache.has(node)) {
      above = cache.get(node)!;
      break;
    }
    chain.push(node);
  }
  // An overlay found above the cached element is outermost for the whole chain; else walk back
  // down from the top end so the outermost qualifying overlay wins.
  let found = above;
  for (let i = chain.length - 1; i >= 0; i--) {
    const node = chain[i]!;
    if (!found && isOverlay(node) && deepTextFits(node, MAX_DIALOG_TEXT)) found = node;
    // Elements above the overlay found are not inside it: their answer stays what was above them.
    cache.set(node, found);
  }
  return found;
}

function contains(outer: Element, inner: Element): boolean {
  for (let node: Element | null = inner; node; node = parentOf(node)) if (node === outer) return true;
  return false;
}

interface Scan {
  cache: Map<Element, Element | null>;
  roots: Element[];
  onShadowRoot?: (root: ShadowRoot) => void;
}

/**
 * The text nodes under `root` (light DOM) whose text has a consent stem at a word start, as
 * mayHaveConsentVocabulary would say of each: the walk only collects texts (a TreeWalker over
 * text nodes, no call per node), one pass of the stem pattern searches them joined by "\n".
 */
function textsWithStems(root: Element | ShadowRoot): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    if (data.length > LONG_TEXT && SKIP.has(node.parentElement?.localName ?? '')) continue;
    nodes.push(node);
    starts.push(offset);
    parts.push(data);
    offset += data.length + 1;
  }
  const found: Text[] = [];
  let i = 0;
  for (const at of consentStemStarts(parts.join('\n'))) {
    while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
    if (found[found.length - 1] !== nodes[i]) found.push(nodes[i]!);
  }
  return found;
}

/**
 * Adds the dialog roots around the consent words under `root`, then looks into the open shadow
 * roots under it (hosts have no light text, so the text walk cannot lead to them) and into
 * about: frames.
 */
function scanTree(root: Element | ShadowRoot, scan: Scan): void {
  for (const text of textsWithStems(root)) {
    const parent = text.parentElement;
    if (!parent || scan.cache.has(parent) || NOT_PROSE.has(parent.localName)) continue;
    const dialog = overlayAround(parent, scan.cache);
    if (dialog && !scan.roots.includes(dialog)) scan.roots.push(dialog);
  }
  // Every element is looked at for a shadow root (a native query, then one property read each):
  // an app's banner component may sit deep in its tree (<div id="app"><cookie-box>).
  const hosts = 'host' in root ? root.querySelectorAll('*') : [root, ...root.querySelectorAll('*')];
  for (const host of hosts) {
    const shadow = host.shadowRoot;
    if (!shadow) continue;
    scan.onShadowRoot?.(shadow);
    scanTree(shadow, scan);
  }
  for (const frame of root.querySelectorAll('iframe, frame')) {
    const body = aboutFrameDocument(frame)?.body;
    if (body) scanTree(body, scan);
  }
}

/** Outermost roots only; a closed modal left in the DOM (cookie-law plugins mark it aria-hidden) is not shown. */
function shownDialogs(roots: Element[]): Element[] {
  return roots.filter(
    (root) =>
      !roots.some((other) => other !== root && contains(other, root)) &&
      root.getAttribute('aria-hidden') !== 'true' &&
      isShown(root) &&
      hasConsentVocabulary(proseText(root)),
  );
}

/**
 * Consent dialogs shown in a document, including open shadow roots and about: frames: overlay
 * containers whose own prose (not link texts: a sticky header's "Privacy" link is no banner)
 * speaks of cookies, consent or privacy in any of the table languages. Outermost first, in DOM
 * order within the document, then those in shadow roots and frames. `onShadowRoot` sees every
 * open shadow root (the watcher observes them).
 *
 * Cost: one walk over text nodes collecting their texts and one search of them all; style is read
 * only up from the few texts with a consent stem, so a page without a banner costs little.
 */
export function findConsentDialogs(doc: Document, onShadowRoot?: (root: ShadowRoot) => void): Element[] {
  if (!doc.body) return [];
  const scan: Scan = { cache: new Map(), roots: [], onShadowRoot };
  scanTree(doc.body, scan);
  return shownDialogs(scan.roots);
}

/**
 * The consent dialogs that text under `root` (a subtree added to the page) makes: those under it
 * and the outermost banner-sized overlay around it (text added to a banner box that was already
 * there), as findConsentDialogs would find them from that text; `root`'s own shadow root and
 * about: frames under it included.
 */
export function findConsentDialogsIn(root: Element, onShadowRoot?: (root: ShadowRoot) => void): Element[] {
  const scan: Scan = { cache: new Map(), roots: [], onShadowRoot };
  if (!SKIP.has(root.localName)) scanTree(root, scan);
  return shownDialogs(scan.roots);
}
