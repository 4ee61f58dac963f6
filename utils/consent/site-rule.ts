import type { Preferences, SiteRule } from '../storage/preferences';
import type { ConsentPlan } from './layer';

/** Parent domains of a host, nearest first: a.b.example.co.uk → b.example.co.uk, example.co.uk, co.uk, uk. */
function parentDomains(host: string): string[] {
  const labels = host.split('.');
  return labels.slice(1).map((_, i) => labels.slice(i + 1).join('.'));
}

/**
 * The site rule for a host: by registrable domain (registrable-domain.ts), else by the exact host
 * (localhost, IPs). `registrable` is asked only when a rule is stored under one of the host's
 * parent domains: only then does it matter which parent is the site (example.co.uk) and which a
 * public suffix (co.uk, github.io). The content script asks the background there, so the Public
 * Suffix List (250 kB) stays out of the script every frame evaluates.
 */
export async function siteRuleFor(
  prefs: Preferences,
  hostname: string,
  registrable: (host: string) => Promise<string | null> | string | null,
): Promise<SiteRule> {
  const rules = prefs.consent.siteRules;
  const host = hostname.toLowerCase();
  const parentKeyed = parentDomains(host).some((parent) => Object.hasOwn(rules, parent));
  // With no parent keyed, only a rule under the host itself can apply, whatever its site is.
  const site = parentKeyed ? await registrable(host) : host;
  return (site !== null ? rules[site] : undefined) ?? rules[host] ?? 'default';
}

const ALL_CATEGORIES = ['functional', 'analytics', 'advertising', 'social'] as const;

/** What the consent layers should do on a site with `rule` (siteRuleFor), from the person's preferences. */
export function consentPlanFor(prefs: Preferences, rule: SiteRule, watchMs: number): ConsentPlan {
  const allowed = [...new Set(prefs.consent.allowed)];
  const base = { siteRule: rule, gpc: prefs.consent.globalPrivacyControl, watchMs };
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
