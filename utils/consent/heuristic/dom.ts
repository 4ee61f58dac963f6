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
export function aboutFrameDocument(el: Element): Document | null {
  if (el.localName !== 'iframe' && el.localName !== 'frame') return null;
  try {
    const doc = (el as HTMLIFrameElement).contentDocument;
    return doc && doc.location.protocol === 'about:' ? doc : null;
  } catch {
    return null;
  }
}

const PROSE_SKIP: ReadonlySet<string> = new Set(['a', 'script', 'style', 'noscript']);
const TEXT_SKIP: ReadonlySet<string> = new Set(['script', 'style']);

/**
 * The text node values under root, shadow content included, leaving out `skip` elements. With a
 * limit, null as soon as more than `limit` non-space characters were seen (the text is longer).
 */
function textParts(root: Node, skip: ReadonlySet<string>, limit = Infinity): string[] | null {
  const parts: string[] = [];
  let solid = 0;
  const walk = (node: Node): boolean => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      if (limit !== Infinity) solid += value.replace(/\s+/g, '').length;
      return solid <= limit;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return true;
    if (skip.has((node as Element).localName)) return true;
    for (let child = node.firstChild; child; child = child.nextSibling) if (!walk(child)) return false;
    const shadow = (node as Element).shadowRoot;
    return !shadow || walk(shadow);
  };
  return walk(root) ? parts : null;
}

const collapse = (parts: string[]) => parts.join(' ').replace(/\s+/g, ' ').trim();

/** Text without the contents of links, scripts and styles: what a banner says rather than links to. */
export function proseText(root: Element): string {
  return collapse(textParts(root, PROSE_SKIP)!);
}

/** All text including shadow content (textContent does not enter shadow roots). */
export function deepText(root: Element): string {
  return collapse(textParts(root, TEXT_SKIP)!);
}

/** deepText(root).length <= max, without reading all of a large container (a page wrapper). */
export function deepTextFits(root: Element, max: number): boolean {
  const parts = textParts(root, TEXT_SKIP, max);
  return parts !== null && collapse(parts).length <= max;
}

/** The accessible-ish name of a control: aria-label, its text, value or title. */
export function controlLabel(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return aria.trim();
  const text = deepText(el);
  if (text) return text;
  return (el as HTMLInputElement).value?.trim?.() || el.getAttribute('title')?.trim() || '';
}
