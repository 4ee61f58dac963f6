import { consentStemStarts, hasConsentVocabulary } from '../words';
import { offerBodyTexts } from '../../content/body-texts';
import { JoinedTexts } from '../../content/joined-texts';
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
/** NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT (the constants, so any window's walker takes them). */
const SHOW_ELEMENT_AND_TEXT = 0x5;
const ELEMENT_NODE = 1;

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

/**
 * What a watcher's scans saw that may become a shown banner without any change its document
 * observer reports (a stylesheet or class that shows a box, a component upgraded later, content
 * of shadow roots and about: frames), so a rescan re-checks only these instead of walking the page:
 * the texts with a consent stem, whatever their overlay and shown tests said then; the open shadow
 * roots; the frames (an about: frame's content is not observed, and a srcdoc frame may still hold
 * its initial empty document); and custom elements without a shadow root yet (defined later, they
 * may attach one with no light-DOM mutation).
 */
export class Sightings {
  readonly texts = new Set<Text>();
  readonly shadowRoots = new Set<ShadowRoot>();
  readonly frames = new Set<Element>();
  readonly customElements = new Set<Element>();
}

interface Scan {
  cache: Map<Element, Element | null>;
  roots: Element[];
  /** Shadow roots walked in this scan (one found again inside another is not walked twice). */
  walked: Set<ShadowRoot | Element>;
  onShadowRoot?: (root: ShadowRoot) => void;
  sightings?: Sightings;
}

/** Adds the dialog root around a text with a consent stem, if it is inside an overlay. */
function addDialogAround(text: Text, scan: Scan): void {
  const parent = text.parentElement;
  if (!parent || scan.cache.has(parent) || NOT_PROSE.has(parent.localName)) return;
  const dialog = overlayAround(parent, scan.cache);
  if (dialog && !scan.roots.includes(dialog)) scan.roots.push(dialog);
}

/**
 * Walks `root` (light DOM) once, elements and texts: the texts are collected and searched in one
 * pass of the stem pattern, joined by "\n" (each as mayHaveConsentVocabulary would test it, no
 * call per node); every element is looked at for an open shadow root (an app's banner component
 * may sit deep in its tree: <div id="app"><cookie-box>), about: frames and custom elements noted.
 * One walk for both costs a cold page less than a text walk plus querySelectorAll('*').
 */
function scanTree(root: Element | ShadowRoot, scan: Scan): JoinedTexts | undefined {
  if (scan.walked.has(root)) return;
  scan.walked.add(root);
  const walker = root.ownerDocument!.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  const texts = new JoinedTexts();
  const shadows: ShadowRoot[] = [];
  const frames: Element[] = [];
  const sightings = scan.sightings;
  // An element root is looked at too (its own shadow root); a shadow root is no element.
  const first = root.nodeType === ELEMENT_NODE ? root : walker.nextNode();
  for (let node: Node | null = first; node; node = walker.nextNode()) {
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const name = el.localName; // read once: every property read of a node costs the isolated world a call
      const shadow = el.shadowRoot;
      if (shadow) shadows.push(shadow);
      else if (sightings && name.includes('-')) sightings.customElements.add(el);
      if (name === 'iframe' || name === 'frame') frames.push(el);
      continue;
    }
    const data = (node as Text).data;
    if (data.length > LONG_TEXT && SKIP.has(node.parentElement?.localName ?? '')) continue;
    texts.add(node as Text, data);
  }
  let i = 0;
  let last: Text | undefined;
  for (const at of consentStemStarts(texts.joined())) {
    i = texts.indexAt(at, i);
    if (last === texts.nodes[i]) continue;
    last = texts.nodes[i]!;
    sightings?.texts.add(last);
    addDialogAround(last, scan);
  }
  for (const shadow of shadows) {
    sightings?.shadowRoots.add(shadow);
    scan.onShadowRoot?.(shadow);
    scanTree(shadow, scan);
  }
  for (const frame of frames) {
    // Noted even when empty: a srcdoc frame may still hold its initial about:blank document.
    sightings?.frames.add(frame);
    const body = aboutFrameDocument(frame)?.body;
    if (body) scanTree(body, scan);
  }
  return texts;
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

const newScan = (onShadowRoot?: (root: ShadowRoot) => void, sightings?: Sightings): Scan => ({
  cache: new Map(),
  roots: [],
  walked: new Set(),
  onShadowRoot,
  sightings,
});

/**
 * Consent dialogs shown in a document, including open shadow roots and about: frames: overlay
 * containers whose own prose (not link texts: a sticky header's "Privacy" link is no banner)
 * speaks of cookies, consent or privacy in any of the table languages. Outermost first, in DOM
 * order within the document, then those in shadow roots and frames. `onShadowRoot` sees every
 * open shadow root (the watcher observes them); `sightings` collects what a later
 * recheckConsentDialogs needs.
 *
 * Cost: one walk over elements and texts collecting the texts and one search of them all; style
 * is read only up from the few texts with a consent stem, so a page without a banner costs little.
 */
export function findConsentDialogs(doc: Document, onShadowRoot?: (root: ShadowRoot) => void, sightings?: Sightings): Element[] {
  if (!doc.body) return [];
  const scan = newScan(onShadowRoot, sightings);
  const texts = scanTree(doc.body, scan);
  // The AI-label prefilter reads the same texts at idle time, if the page has not changed by then.
  if (texts) offerBodyTexts(doc, texts);
  return shownDialogs(scan.roots);
}

/**
 * The consent dialogs that text under `root` (a subtree added to the page) makes: those under it
 * and the outermost banner-sized overlay around it (text added to a banner box that was already
 * there), as findConsentDialogs would find them from that text; `root`'s own shadow root and
 * about: frames under it included.
 */
export function findConsentDialogsIn(root: Element, onShadowRoot?: (root: ShadowRoot) => void, sightings?: Sightings): Element[] {
  const scan = newScan(onShadowRoot, sightings);
  if (!SKIP.has(root.localName)) scanTree(root, scan);
  return shownDialogs(scan.roots);
}

/**
 * The consent dialogs shown now among what earlier scans saw (`sightings`), without walking the
 * page: each stem text's overlay and shown tests again (a stylesheet or class may have made its
 * box an overlay, or shown it), the shadow roots and about: frames walked again (the document's
 * observer does not see into them), and custom elements that attached a shadow root since.
 * Whatever the page added or changed meanwhile was scanned from its mutation records.
 */
export function recheckConsentDialogs(sightings: Sightings, onShadowRoot?: (root: ShadowRoot) => void): Element[] {
  const scan = newScan(onShadowRoot, sightings);
  for (const text of sightings.texts) {
    if (text.isConnected) addDialogAround(text, scan);
    else sightings.texts.delete(text);
  }
  for (const el of sightings.customElements) {
    const shadow = el.shadowRoot;
    if (!shadow && el.isConnected) continue;
    sightings.customElements.delete(el);
    if (!shadow) continue;
    sightings.shadowRoots.add(shadow);
    onShadowRoot?.(shadow);
  }
  for (const shadow of sightings.shadowRoots) {
    if (shadow.host.isConnected) scanTree(shadow, scan);
    else sightings.shadowRoots.delete(shadow);
  }
  for (const frame of sightings.frames) {
    if (!frame.isConnected) {
      sightings.frames.delete(frame);
      continue;
    }
    const body = aboutFrameDocument(frame)?.body;
    if (body) scanTree(body, scan);
  }
  return shownDialogs(scan.roots);
}
