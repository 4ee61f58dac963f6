/** DOM helpers that see through open shadow roots and about:blank frames, and work in happy-dom. */

/** The parent in the flat tree: the shadow host for a shadow root's top element. */
export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  if (root && 'host' in root) return (root as ShadowRoot).host;
  // The <html> of an about: frame entered by deepElements: continue at its <iframe>.
  return root?.nodeType === 9 ? ((root as Document).defaultView?.frameElement ?? null) : null;
}

function styleOf(el: Element): CSSStyleDeclaration | null {
  const view = el.ownerDocument.defaultView;
  return view ? view.getComputedStyle(el) : null;
}

export function positionOf(el: Element): string {
  return styleOf(el)?.position ?? 'static';
}

/** Whether the element is rendered and visible (hidden attribute, display, visibility, opacity). */
export function isShown(el: Element): boolean {
  if (!el.isConnected) return false;
  for (let node: Element | null = el; node; node = parentOf(node)) {
    if (node.hasAttribute('hidden')) return false;
  }
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (check && !check.call(el, { opacityProperty: true, visibilityProperty: true })) return false;
  return el.getClientRects().length > 0;
}

/** Every element under root, descending into open shadow roots and same-origin about: frames. */
export function* deepElements(root: Document | ShadowRoot | Element): Generator<Element> {
  const start = 'documentElement' in root ? root.documentElement : root;
  if (!start) return;
  const stack: (Element | ShadowRoot)[] = [start];
  while (stack.length) {
    const node = stack.pop()!;
    if (node instanceof Element || node.nodeType === 1) yield node as Element;
    const children = (node as ParentNode).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    const shadow = (node as Element).shadowRoot;
    if (shadow) stack.push(shadow);
    const frameDoc = aboutFrameDocument(node as Element);
    if (frameDoc?.documentElement) stack.push(frameDoc.documentElement);
  }
}

/**
 * The document of a same-origin frame that has no content script of its own (about:blank, srcdoc);
 * http frames run Candor themselves (allFrames), so they are not entered twice.
 */
function aboutFrameDocument(el: Element): Document | null {
  if (el.localName !== 'iframe' && el.localName !== 'frame') return null;
  try {
    const doc = (el as HTMLIFrameElement).contentDocument;
    return doc && doc.location.protocol === 'about:' ? doc : null;
  } catch {
    return null;
  }
}

/** Text without the contents of links, scripts and styles: what a banner says rather than links to. */
export function proseText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const name = (node as Element).localName;
    if (name === 'a' || name === 'script' || name === 'style' || name === 'noscript') return;
    for (const child of Array.from(node.childNodes)) walk(child);
    const shadow = (node as Element).shadowRoot;
    if (shadow) walk(shadow);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** All text including shadow content (textContent does not enter shadow roots). */
export function deepText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const name = (node as Element).localName;
    if (name === 'script' || name === 'style') return;
    for (const child of Array.from(node.childNodes)) walk(child);
    const shadow = (node as Element).shadowRoot;
    if (shadow) walk(shadow);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The accessible-ish name of a control: aria-label, its text, value or title. */
export function controlLabel(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return aria.trim();
  const text = deepText(el);
  if (text) return text;
  return (el as HTMLInputElement).value?.trim?.() || el.getAttribute('title')?.trim() || '';
}
