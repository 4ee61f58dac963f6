import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';

type Catalogue = Record<string, { message: string }>;

/** fakeBrowser has no i18n: answer getMessage from a real catalogue (English unless given). */
export function useCatalogue(catalogue: Catalogue = en, uiLanguage = 'en-US'): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => catalogue[key]?.message ?? '') as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
}
