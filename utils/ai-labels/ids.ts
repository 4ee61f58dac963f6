/** FNV-1a, 32 bit: a short, stable fingerprint; not for security. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * A finding's id depends only on what is labelled (kind + image URL or story headline), so a
 * rescan, a re-rendered element or a reload gives the same id, and badges and "show on page" can
 * find the item again.
 */
export function findingId(kind: string, key: string): string {
  return `ai-${kind}-${fnv1a(`${kind}|${key}`)}`;
}
