/** Hides a no-choice notice without touching the site's state. */
export function hideCosmetically(root: Element): void {
  (root as HTMLElement).style.setProperty('display', 'none', 'important');
  root.setAttribute('data-candor-hidden', 'consent-notice');
}

function isLocked(el: Element): boolean {
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  return ['hidden', 'clip'].includes(style.overflow) || ['hidden', 'clip'].includes(style.overflowY);
}

export function isScrollLocked(doc: Document): boolean {
  return [doc.documentElement, doc.body].some((el) => el && isLocked(el));
}

/**
 * Undoes a banner's scroll lock (overflow hidden on <html>/<body>) in the banner's document and,
 * for about: frames, in the documents above it. Called only after a banner was handled.
 */
export function restoreScrolling(root: Element): void {
  for (let doc: Document | null = root.ownerDocument; doc; ) {
    for (const el of [doc.documentElement, doc.body]) {
      if (el && isLocked(el)) el.style.setProperty('overflow', 'visible', 'important');
    }
    const frame: Element | null = doc.defaultView?.frameElement ?? null;
    doc = frame ? frame.ownerDocument : null;
  }
}

