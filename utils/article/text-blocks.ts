/** Elements that start a new line of text; inline elements (a, span, em…) run on within a line. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export interface TextBlock {
  text: string;
  /** The nearest block element the text belongs to. */
  element: Element;
}

/**
 * Turns an element into its blocks of text, one per paragraph-like element, so that words on either
 * side of a block boundary never glue together ("end.</p><p>Next" → two blocks; textContent would
 * give "end.Next") and so each block can be judged on its own. `skip` prunes whole subtrees.
 */
export function textBlocks(root: Element, skip: (el: Element) => boolean): TextBlock[] {
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let owner: Element = root;
  const flush = () => {
    const text = parts.join('').replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, element: owner });
    parts = [];
  };
  const visit = (node: Node, blockOwner: Element) => {
    if (node.nodeType === 3) {
      if (!parts.length) owner = blockOwner;
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (skip(el)) return;
    if (el.tagName === 'BR') {
      flush(); // <br> separates lines of verse, addresses and "div + br" paragraphs alike
      return;
    }
    const isBlock = BLOCK_TAGS.has(el.tagName);
    if (isBlock) flush();
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child, isBlock ? el : blockOwner);
    if (isBlock) flush();
  };
  visit(root, root);
  flush();
  return blocks;
}
