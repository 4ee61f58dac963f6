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
    text = browser.i18n.getMessage(key);
  } catch {
    // No i18n API in this context.
  }
  if (!text) return key;
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/**
 * The BCP 47 tag of the language the UI is shown in, for `Intl` and `<html lang>`. It is the
 * catalogue chrome.i18n picked (`@@ui_locale`), which can differ from getUILanguage() when the
 * browser runs with `--lang`; dates and numbers then match the words around them.
 */
export function uiLocale(): string {
  try {
    const locale = browser.i18n.getMessage('@@ui_locale');
    if (locale) return locale.replace('_', '-');
  } catch {
    // No i18n API in this context.
  }
  return 'en';
}
