import { describe, expect, it } from 'vitest';
import { consentPlanFor, registrableDomain, siteRuleFor, topHostname } from '../../../utils/consent/site-rule';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../utils/storage/preferences';

const prefs = (consent: Partial<Preferences['consent']>): Preferences => ({
  ...DEFAULT_PREFERENCES,
  consent: { ...DEFAULT_PREFERENCES.consent, ...consent },
});

describe('site rules', () => {
  it('keys sites by registrable domain from the Public Suffix List', () => {
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('news.example.com')).toBe('example.com');
    expect(registrableDomain('someone.github.io')).toBe('someone.github.io');
    expect(registrableDomain('127.0.0.1')).toBeNull();
    expect(registrableDomain('localhost')).toBeNull();
  });

  it('finds the rule of a subdomain by its registrable domain, and of hosts without one by name', () => {
    const p = prefs({ siteRules: { 'example.co.uk': 'allow-all', localhost: 'leave-alone' } });
    expect(siteRuleFor(p, 'news.example.co.uk')).toEqual({ site: 'example.co.uk', rule: 'allow-all' });
    expect(siteRuleFor(p, 'other.co.uk')).toEqual({ site: 'other.co.uk', rule: 'default' });
    expect(siteRuleFor(p, 'localhost')).toEqual({ site: null, rule: 'leave-alone' });
  });

  it('turns preferences and the site rule into a plan', () => {
    expect(consentPlanFor(prefs({}), 'a.example.com', 1000)).toMatchObject({ mode: 'reject-all', allowed: [] });
    expect(consentPlanFor(prefs({ allowed: ['analytics', 'analytics'] }), 'a.example.com', 1000)).toMatchObject({
      mode: 'custom',
      allowed: ['analytics'],
    });
    const rules = { 'example.com': 'allow-all' as const, 'quiet.org': 'leave-alone' as const, 'strict.net': 'reject-all' as const };
    const p = prefs({ allowed: ['analytics'], siteRules: rules });
    expect(consentPlanFor(p, 'www.example.com', 1000)).toMatchObject({ mode: 'allow-all', siteRule: 'allow-all' });
    expect(consentPlanFor(p, 'www.example.com', 1000).allowed).toHaveLength(4);
    expect(consentPlanFor(p, 'quiet.org', 1000)).toMatchObject({ mode: 'leave-alone' });
    expect(consentPlanFor(p, 'strict.net', 1000)).toMatchObject({ mode: 'reject-all', allowed: [] });
  });

  it("uses the top page's host in a frame", () => {
    expect(topHostname(window, true)).toBe(window.location.hostname);
    const crossOrigin = {
      location: { hostname: 'cmp.example', ancestorOrigins: ['https://news.example.org'] },
      get top(): Window {
        throw new Error('cross-origin');
      },
      document: { referrer: '' },
    } as unknown as Window;
    expect(topHostname(crossOrigin, false)).toBe('news.example.org');
  });
});
