import { getDomain } from 'tldts';

/**
 * The registrable domain ("eTLD+1", e.g. news.example.co.uk → example.co.uk) that site rules are
 * keyed by, from the Public Suffix List including private suffixes (each *.github.io site is its
 * own). Null for IP addresses and single-label hosts such as localhost.
 *
 * Kept apart from site-rule.ts, which the content script imports: importing tldts at all builds its
 * 250 kB suffix table at load (it has top-level code), in every frame. The background answers
 * `site:registrable` with this when a content script needs it.
 */
export function registrableDomain(hostname: string): string | null {
  return getDomain(hostname, { allowPrivateDomains: true }) ?? null;
}
