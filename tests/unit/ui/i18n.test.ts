import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t, uiLocale } from '@/utils/i18n/t';
import { useCatalogue } from './i18n-stub';

const LOCALES_DIR = resolve(import.meta.dirname, '../../../public/_locales');
type Catalogue = Record<string, { message: string; description?: string }>;
const read = (locale: string): Catalogue => JSON.parse(readFileSync(resolve(LOCALES_DIR, locale, 'messages.json'), 'utf8'));
const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the six UI catalogues', () => {
  const locales = readdirSync(LOCALES_DIR).sort();
  const en = read('en');

  it('are exactly en, zh_CN, ja, de, fr and es', () => {
    expect(locales).toEqual(['de', 'en', 'es', 'fr', 'ja', 'zh_CN']);
  });

  it.each(locales)('%s has every English key, no others, each non-empty with the same {slots}', (locale) => {
    const catalogue = read(locale);
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(catalogue)) {
      expect(message.trim(), `${locale}.${key}`).not.toBe('');
      expect(slots(message), `${locale}.${key}`).toEqual(slots(en[key]!.message));
      // chrome.i18n treats "$" as a placeholder marker; a stray one would be swallowed.
      expect(message, `${locale}.${key}`).not.toContain('$');
    }
  });

  it.each(locales)('%s names its own language as a tag Intl knows', (locale) => {
    const tag = read(locale).locale!.message;
    expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
    expect(tag.replace('-', '_')).toBe(locale);
  });

  it('translates the UI (not the English text copied over)', () => {
    for (const locale of locales.filter((l) => l !== 'en')) {
      const catalogue = read(locale);
      const same = Object.keys(en).filter((k) => catalogue[k]!.message === en[k]!.message);
      // Brand names, "{n} min", "Article" in French and the like may stay; 90% of the UI must not.
      expect(same.length, `${locale}: ${same.join(', ')}`).toBeLessThan(Object.keys(en).length / 10);
    }
  });
});

describe('t()', () => {
  afterEach(() => vi.restoreAllMocks());

  it('fills {slots} and leaves unknown ones visible', () => {
    useCatalogue();
    expect(t('siteRuleLegend', { site: 'example.org' })).toBe('On example.org:');
    expect(t('siteRuleLegend')).toBe('On {site}:');
  });

  it('never interprets values: page text stays text', () => {
    useCatalogue();
    expect(t('showOnPageFor', { item: '<img src=x onerror=alert(1)> {site}' })).toBe(
      'Show on page: <img src=x onerror=alert(1)> {site}',
    );
  });

  it('answers the key itself where there is no catalogue', () => {
    expect(t('appName')).toBe('appName');
    expect(uiLocale()).toBe('en');
  });

  it('takes the catalogue’s language for Intl, refined by the browser’s when they agree', () => {
    const zh = read('zh_CN');
    useCatalogue(zh, 'en-US');
    expect(uiLocale()).toBe('zh-CN');
    vi.restoreAllMocks();
    useCatalogue(read('de'), 'de-AT');
    expect(uiLocale()).toBe('de-AT');
  });
});
