import { parse } from 'tldts';

/**
 * The key a site rule is stored under for a URL or bare host name, as the consent engine looks it
 * up: the registrable domain (news.example.co.uk → example.co.uk, private suffixes included), else
 * the exact host for IP addresses and single-label hosts (localhost). Null when it is not a host.
 */
export function siteRuleKey(urlOrHost: string): string | null {
  const { hostname, domain, isIp } = parse(urlOrHost.trim().toLowerCase(), { allowPrivateDomains: true });
  if (!hostname) return null;
  if (domain) return domain;
  return isIp || /^[a-z0-9-]+$/.test(hostname) ? hostname : null;
}
