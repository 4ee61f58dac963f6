import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_ADAPTERS } from '@/utils/consent/platforms/adapters';
import { prehideCss } from '@/utils/consent/platforms/prehide-css';
import { UNHIDE_ATTRIBUTE, unhide } from '@/utils/consent/platforms/prehide';

const CSS_FILE = resolve(import.meta.dirname, '../../../../entrypoints/consent-prehide.content/prehide.css');

describe('prehiding known consent containers', () => {
  it('ships the stylesheet generated from the adapter table (UPDATE_PREHIDE_CSS=1 rewrites it)', () => {
    if (process.env.UPDATE_PREHIDE_CSS === '1') writeFileSync(CSS_FILE, prehideCss());
    expect(readFileSync(CSS_FILE, 'utf8')).toBe(prehideCss());
  });

  it('hides every adapter container until <html> carries the un-hide attribute', () => {
    document.head.innerHTML = `<style>${prehideCss()}</style>`;
    document.body.innerHTML = '<div id="onetrust-banner-sdk">banner</div><div class="klaro">k</div><p id="other">text</p>';
    const opacity = (selector: string) => getComputedStyle(document.querySelector(selector)!).opacity;
    expect(opacity('#onetrust-banner-sdk')).toBe('0');
    expect(opacity('.klaro')).toBe('0');
    expect(opacity('#other')).not.toBe('0');
    unhide(document);
    expect(document.documentElement.hasAttribute(UNHIDE_ATTRIBUTE)).toBe(true);
    // (happy-dom keeps the computed style it cached; the un-hidden look is checked in Chromium by the E2E.)
    document.body.innerHTML = '<div id="onetrust-banner-sdk">banner</div>';
    expect(opacity('#onetrust-banner-sdk')).not.toBe('0');
  });

  it('covers only known platforms, never generic cookie-banner selectors the heuristic answers', () => {
    const selectors = PLATFORM_ADAPTERS.flatMap((a) => a.prehide);
    expect(selectors.length).toBeGreaterThan(10);
    for (const selector of selectors) expect(selector).not.toMatch(/^[#.]cookie|^\.consent|\[class\*=/i);
  });
});
