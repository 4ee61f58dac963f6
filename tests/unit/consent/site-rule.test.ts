import { describe, expect, it } from 'vitest';
import { registrableDomain } from '../../../utils/consent/registrable-domain';
import { consentPlanFor, siteRuleFor, topHostname } from '../../../utils/consent/site-rule';
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

  it('finds the rule of a subdomain by its registrable domain, and of hosts without one by name', async () => {
    const p = prefs({ siteRules: { 'example.co.uk': 'allow-all', localhost: 'leave-alone' } });
    expect(await siteRuleFor(p, 'news.example.co.uk', registrableDomain)).toBe('allow-all');
    expect(await siteRuleFor(p, 'other.co.uk', registrableDomain)).toBe('default');
    expect(await siteRuleFor(p, 'localhost', registrableDomain)).toBe('leave-alone');
  });

  it('asks for the registrable domain only when a parent domain has a rule, and never applies a suffix\'s rule', async () => {
    const asked: string[] = [];
    const registrable = (host: string) => (asked.push(host), registrableDomain(host));
    // github.io is a public suffix: its own rule (stored under the host) is not someone.github.io's.
    const p = prefs({ siteRules: { 'github.io': 'allow-all', 'www.example.org': 'reject-all' } });
    expect(await siteRuleFor(p, 'someone.github.io', registrable)).toBe('default');
    expect(await siteRuleFor(p, 'github.io', registrable)).toBe('allow-all');
    expect(await siteRuleFor(p, 'WWW.example.org', registrable)).toBe('reject-all');
    expect(await siteRuleFor(p, 'news.example.com', registrable)).toBe('default');
    expect(asked).toEqual(['someone.github.io']);
    // Unanswered (null): only a rule under the host itself applies, never a parent's allow-all.
    expect(await siteRuleFor(p, 'someone.github.io', () => null)).toBe('default');
  });

  it('turns preferences and the site rule into a plan', async () => {
    const planFor = async (p: Preferences, host: string) => consentPlanFor(p, await siteRuleFor(p, host, registrableDomain), 1000);
    expect(await planFor(prefs({}), 'a.example.com')).toMatchObject({ mode: 'reject-all', allowed: [] });
    expect(await planFor(prefs({ allowed: ['analytics', 'analytics'] }), 'a.example.com')).toMatchObject({
      mode: 'custom',
      allowed: ['analytics'],
    });
    const rules = { 'example.com': 'allow-all' as const, 'quiet.org': 'leave-alone' as const, 'strict.net': 'reject-all' as const };
    const p = prefs({ allowed: ['analytics'], siteRules: rules });
    expect(await planFor(p, 'www.example.com')).toMatchObject({ mode: 'allow-all', siteRule: 'allow-all' });
    expect((await planFor(p, 'www.example.com')).allowed).toHaveLength(4);
    expect(await planFor(p, 'quiet.org')).toMatchObject({ mode: 'leave-alone' });
    expect(await planFor(p, 'strict.net')).toMatchObject({ mode: 'reject-all', allowed: [] });
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
