/** Text added or removed in one batch of mutations that can mean "the article was replaced". */
const SUBSTANTIAL_CHARS = 400;
/** Nodes whose text is not page text: an injected ad or analytics script is not an article. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META']);

/**
 * Whether a batch of DOM mutations could have replaced the article: enough text added or removed
 * in the body. Ads, tickers, badges (whose text lives in shadow roots), scripts and lazy images do
 * not add that much text at once, so they do not trigger a re-scan.
 */
export function isSubstantialChange(records: MutationRecord[]): boolean {
  let chars = 0;
  for (const record of records) {
    // The shared observer watches the whole document; the <head> holds no article.
    const head = record.target.ownerDocument?.head;
    if (head && (record.target === head || record.target.parentNode === head)) continue;
    for (const list of [record.addedNodes, record.removedNodes]) {
      for (const node of list) {
        if (node.nodeType === 3) chars += (node as Text).data.length;
        else if (node.nodeType === 1 && !NOT_TEXT.has((node as Element).tagName)) chars += node.textContent?.length ?? 0;
        if (chars >= SUBSTANTIAL_CHARS) return true;
      }
    }
  }
  return false;
}
