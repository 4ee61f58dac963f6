import { hasConsentVocabulary, mayHaveConsentVocabulary } from '../words';
import { deepElements, deepText, isShown, parentOf, positionOf, proseText } from './dom';

/** A container with more text than this is a page layout, not a banner. */
const MAX_DIALOG_TEXT = 4000;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title', 'meta', 'link']);

/** Fixed/sticky boxes, dialogs and modal overlays: where banners live, unlike article text. */
function isOverlay(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true') return true;
  if (el.localName === 'dialog' && el.hasAttribute('open')) return true;
  const position = positionOf(el);
  return position === 'fixed' || position === 'sticky';
}

function ownText(el: Element): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) if (node.nodeType === 3) text += node.nodeValue;
  return text;
}

/**
 * The outermost overlay around `el` whose text is still banner-sized (so a backdrop wrapping a
 * modal counts as one banner), or null when `el` is not inside an overlay.
 */
function overlayAround(el: Element, cache: Map<Element, Element | null>): Element | null {
  const chain: Element[] = [];
  let found: Element | null = null;
  for (let node: Element | null = el; node && node.localName !== 'body' && node.localName !== 'html'; node = parentOf(node)) {
    if (cache.has(node)) {
      found = cache.get(node) ?? found;
      break;
    }
    chain.push(node);
  }
  // Walk back down from the cached/top end so the outermost qualifying overlay wins.
  for (let i = chain.length - 1; i >= 0 && !found; i--) {
    const node = chain[i]!;
    if (isOverlay(node) && deepText(node).length <= MAX_DIALOG_TEXT) found = node;
  }
  for (const node of chain) cache.set(node, found);
  return found;
}

function contains(outer: Element, inner: Element): boolean {
  for (let node: Element | null = inner; node; node = parentOf(node)) if (node === outer) return true;
  return false;
}

/**
 * Consent dialogs shown in a document, including open shadow roots and about: frames: overlay
 * containers whose own prose (not link texts: a sticky header's "Privacy" link is no banner)
 * speaks of cookies, consent or privacy in any of the table languages. Outermost first in DOM order.
 * `onShadowRoot` sees every open shadow root on the way (the watcher observes them).
 */
export function findConsentDialogs(doc: Document, onShadowRoot?: (root: ShadowRoot) => void): Element[] {
  const cache = new Map<Element, Element | null>();
  const roots: Element[] = [];
  for (const el of deepElements(doc)) {
    if (el.shadowRoot && onShadowRoot) onShadowRoot(el.shadowRoot);
    if (SKIP.has(el.localName)) continue;
    const text = ownText(el);
    if (text.trim().length < 2 || !mayHaveConsentVocabulary(text)) continue;
    const root = overlayAround(el, cache);
    if (root && !roots.includes(root)) roots.push(root);
  }
  return roots.filter(
    (root) =>
      !roots.some((other) => other !== root && contains(other, root)) &&
      // A closed modal left in the DOM (cookie-law plugins mark it aria-hidden) is not shown.
      root.getAttribute('aria-hidden') !== 'true' &&
      isShown(root) &&
      hasConsentVocabulary(proseText(root)),
  );
}
