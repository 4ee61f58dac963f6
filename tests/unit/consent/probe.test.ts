import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { consentProbe, isBalanced } from '@/utils/background/consent-probe';
import { CODE_RULE_SELECTORS, isSourcepointFrameUrl } from '@/utils/consent/platforms/code-rules';
import { PLATFORM_ADAPTERS } from '@/utils/consent/platforms/adapters';
import { validSelectorList } from '@/utils/consent/signal';

describe("the consent probe (what a frame's prefilter looks for)", () => {
  const main = consentProbe('https://news.example/story', true);

  it("holds autoconsent's generic rules, its code platforms and Candor's adapters for a main frame", () => {
    expect(main.frameCmp).toBe(false);
    expect(main.selectors.length).toBeGreaterThan(150);
    expect(main.selectors).toContain('#iubenda-cs-banner'); // a generic catalogue rule
    expect(main.selectors).toContain('#truste-consent-track'); // TrustArc-top, a code platform
    for (const adapter of PLATFORM_ADAPTERS) for (const selector of adapter.banner) expect(main.selectors).toContain(selector);
  });

  it('adds a site rule only on its site', () => {
    // amazon.com's rule waits for "#sp-cc" … only there.
    const amazon = consentProbe('https://www.amazon.com/', true);
    const only = amazon.selectors.filter((selector) => !main.selectors.includes(selector));
    expect(only.length).toBeGreaterThan(0);
    expect(consentProbe('https://news.example/other', true).selectors).toEqual(main.selectors);
  });

  it("starts the engine at once in a platform's own consent frame, not in other frames", () => {
    expect(consentProbe('https://ads.example/frame.html', false).frameCmp).toBe(false);
    expect(consentProbe('https://cdn.privacy-mgmt.com/index.html?message_id=1234', false).frameCmp).toBe(true);
    expect(isSourcepointFrameUrl('https://ccpa-pm.sp-prod.net/x')).toBe(true);
    expect(isSourcepointFrameUrl('https://news.example/index.html')).toBe(false);
  });

  it('leaves out selectors that would swallow the rest of the list', () => {
    expect(isBalanced('a[href^="https://policies.google.com/technologies/cookies"')).toBe(false);
    expect(isBalanced('div:has(> p > a[href=\'https://x.example/a(b\'])')).toBe(true);
    expect(isBalanced('.a:not(.b')).toBe(false);
    expect(main.selectors.every(isBalanced)).toBe(true);
    // The whole list is one valid selector list in the page's engine.
    expect(validSelectorList(document, main.selectors)).toBe(main.selectors.join(','));
  });

  it('keeps the valid selectors of a list with one the engine rejects', () => {
    expect(validSelectorList(document, ['#a', 'div::-moz-unknown-thing(', '.b'])).toBe('#a,.b');
    expect(validSelectorList(document, [])).toBeNull();
  });

  it("covers every platform autoconsent writes as code (its dynamicCMPs), so an update that adds one fails here", () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('@duckduckgo/autoconsent'), 'utf8');
    const list = source.match(/dynamicCMPs = \[([^\]]+)\]/)![1]!.split(',').map((name) => name.trim()).filter(Boolean);
    expect(list.length).toBeGreaterThan(5);
    for (const className of list) {
      const body = source.slice(source.indexOf(`var ${className} = class`));
      const name = body.match(/this\.name = "([^"]+)"/)![1]!;
      expect(CODE_RULE_SELECTORS, name).toHaveProperty([name]);
    }
  });
});
