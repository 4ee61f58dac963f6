import { hasConsentVocabulary, mayHaveConsentVocabulary } from '../words';
import { deepTextFits, isShown, parentOf, positionOf, proseText, walkDeepText } from './dom';

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
 * Consent dialogs shown in a document, including open shadow roots and about: frames: overlay
 * containers whose own prose (not link texts: a sticky header's "Privacy" link is no banner)
 * speaks of cookies, consent or privacy in any of the table languages. Outermost first in DOM order.
 * `onShadowRoot` sees every open shadow root on the way (the watcher observes them).
 *
 * Only text nodes are read, one pre-filter test each (prose joins text nodes with spaces, so a word
 * split between two nodes never counted); style is read only up from the few texts that pass, so
 * a page without a banner costs one walk of its tree.
 */
export function findConsentDialogs(doc: Document, onShadowRoot?: (root: ShadowRoot) => void): Element[] {
  const cache = new Map<Element, Element | null>();
  const roots: Element[] = [];
  walkDeepText(
    doc,
    (text) => {
      const parent = text.parentElement;
      if (!parent || cache.has(parent) || SKIP.has(parent.localName)) return;
      if (!mayHaveConsentVocabulary(text.data)) return;
      const root = overlayAround(parent, cache);
      if (root && !roots.includes(root)) roots.push(root);
    },
    onShadowRoot,
  );
  return roots.filter(
    (root) =>
      !roots.some((other) => other !== root && contains(other, root)) &&
      // A closed modal left in the DOM (cookie-law plugins mark it aria-hidden) is not shown.
      root.getAttribute('aria-hidden') !== 'true' &&
      isShown(root) &&
      hasConsentVocabulary(proseText(root)),
  );
}
