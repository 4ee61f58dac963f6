import { browser } from 'wxt/browser';

/** Every UI string's key: the English catalogue is the reference the other five locales mirror. */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/**
 * A UI string in the browser's language (public/_locales, six locales), usable from extension
 * pages and content scripts alike. `{name}` slots are filled from `values`; chrome.i18n only
 * treats `$` specially, so braces pass through it untouched. An unknown key (or a context without
 * i18n, like a unit test) yields the key itself, so a gap is visible but never crashes the UI.
 */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  let text = '';
  try {
    // MessageKey already checks the key; the widened call keeps this independent of WXT's
    // generated overloads, which lag behind the catalogue until the next `wxt prepare`.
    text = (browser.i18n.getMessage as (name: string) => string)(key);
  } catch {
    // No i18n API in this context.
  }
  if (!text) return key;
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/**
 * The BCP 47 tag of the language the UI is shown in, for `Intl` and `<html lang>`. Each catalogue
 * names its own language (`locale`), so dates and numbers always match the words around them,
 * even when the browser runs with `--lang` and reports another UI language; the browser's more
 * specific tag (en-GB, de-AT) is used when it is the same language.
 */
export function uiLocale(): string {
  const catalogue = t('locale');
  if (catalogue === 'locale') return 'en';
  let browserTag = '';
  try {
    browserTag = browser.i18n.getUILanguage();
  } catch {
    // No i18n API in this context.
  }
  return browserTag.split('-')[0] === catalogue.split('-')[0] ? browserTag : catalogue;
}
