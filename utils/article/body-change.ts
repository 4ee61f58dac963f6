/** Text added or removed in one batch of mutations that can mean "the article was replaced". */
const SUBSTANTIAL_CHARS = 400;

/**
 * Whether a batch of DOM mutations could have replaced the article: enough text added or removed.
 * Ads, tickers, badges (whose text lives in shadow roots) and lazy images do not add that much
 * text at once, so they do not trigger a re-scan.
 */
export function isSubstantialChange(records: MutationRecord[]): boolean {
  let chars = 0;
  for (const record of records) {
    for (const list of [record.addedNodes, record.removedNodes]) {
      for (const node of list) {
        if (node.nodeType !== 1 && node.nodeType !== 3) continue;
        chars += node.textContent?.length ?? 0;
        if (chars >= SUBSTANTIAL_CHARS) return true;
      }
    }
  }
  return false;
}
