import { getDomain } from 'tldts';
import type { Preferences, SiteRule } from '../storage/preferences';
import type { ConsentPlan } from './layer';

/**
 * The registrable domain ("eTLD+1", e.g. news.example.co.uk → example.co.uk) that site rules are
 * keyed by, from the Public Suffix List including private suffixes (each *.github.io site is its
 * own). Null for IP addresses and single-label hosts such as localhost.
 */
export function registrableDomain(hostname: string): string | null {
  return getDomain(hostname, { allowPrivateDomains: true }) ?? null;
}

/** The site rule for a host: by registrable domain, else by the exact host (localhost, IPs). */
export function siteRuleFor(prefs: Preferences, hostname: string): { site: string | null; rule: SiteRule } {
  const site = registrableDomain(hostname);
  const rules = prefs.consent.siteRules;
  const rule = (site !== null ? rules[site] : undefined) ?? rules[hostname.toLowerCase()] ?? 'default';
  return { site, rule };
}

const ALL_CATEGORIES = ['functional', 'analytics', 'advertising', 'social'] as const;

/** What the consent layers should do on a page of `hostname`, from the person's preferences. */
export function consentPlanFor(prefs: Preferences, hostname: string, watchMs: number): ConsentPlan {
  const { site, rule } = siteRuleFor(prefs, hostname);
  const allowed = [...new Set(prefs.consent.allowed)];
  const base = { siteRule: rule, site, gpc: prefs.consent.globalPrivacyControl, watchMs };
  switch (rule) {
    case 'leave-alone':
      return { ...base, mode: 'leave-alone', allowed: [] };
    case 'allow-all':
      return { ...base, mode: 'allow-all', allowed: [...ALL_CATEGORIES] };
    case 'reject-all':
      return { ...base, mode: 'reject-all', allowed: [] };
    case 'default':
      return allowed.length ? { ...base, mode: 'custom', allowed } : { ...base, mode: 'reject-all', allowed: [] };
  }
}

/**
 * The host whose rule applies to a frame: the top page's. A cross-origin frame cannot read
 * top.location, so it falls back to the top origin Chromium exposes, then to the referrer.
 */
export function topHostname(win: Window, isTopFrame: boolean): string {
  if (isTopFrame) return win.location.hostname;
  try {
    return win.top!.location.hostname;
  } catch {
    const ancestors = win.location.ancestorOrigins;
    const top = ancestors?.length ? ancestors[ancestors.length - 1] : win.document.referrer;
    try {
      return new URL(top!).hostname;
    } catch {
      return win.location.hostname;
    }
  }
}
