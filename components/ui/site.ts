import { registrableDomain } from '@/utils/consent/registrable-domain';

/**
 * The key a site rule is stored under for a URL or bare host name, as the consent engine looks it
 * up (siteRuleFor): the registrable domain (news.example.co.uk → example.co.uk), else the exact
 * host for IP addresses and single-label hosts (localhost). Null when the text is not a host.
 */
export function siteRuleKey(urlOrHost: string): string | null {
  const text = urlOrHost.trim().toLowerCase();
  if (!text) return null;
  let hostname: string;
  try {
    hostname = new URL(text.includes('://') ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  if (!hostname) return null;
  return registrableDomain(hostname) ?? hostname;
}
