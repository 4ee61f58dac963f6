import { getDomain } from 'tldts';

/**
 * The registrable domain site rules are keyed by (https://news.example.co.uk/x → example.co.uk),
 * from a URL or a bare host name; null for IP addresses and text that is not a domain.
 */
export function registrableDomain(urlOrHost: string): string | null {
  return getDomain(urlOrHost.trim().toLowerCase());
}
