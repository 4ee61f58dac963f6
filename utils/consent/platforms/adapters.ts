import type { PlatformAdapter } from './adapter-schema';
export type { PlatformAdapter };

/**
 * Consent platforms Candor answers through their own API (platformMainWorld in main-world.ts),
 * which is how per-category choices are set exactly. autoconsent's catalogue covers many more
 * platforms, but it can only reject all or accept all; these adapters add the categories, the
 * read-back of stored state, and two open-source libraries autoconsent has no rule for (orejime,
 * Osano's cookieconsent v3).
 *
 * - `autoconsent`: the names autoconsent's rules report for this platform (popupFound).
 * - `banner`: selectors of the platform's visible first layer or settings dialog, used to notice
 *   the banner when autoconsent does not know the platform, and for prehiding.
 * - `writes`: whether the API can record a choice; read-only ones (TCF) are answered by
 *   autoconsent's clicks and only verified here.
 * - `prehide`: the platform's containers, hidden from document_start until Candor has answered
 *   (prehide.css, generated from this table); most are autoconsent's own prehideSelectors (MPL-2.0).
 *   Only known platforms' containers: home-made banners are the heuristic's and stay visible.
 *
 * AdapterSchema (adapter-schema.ts) validates this table in tests/unit/consent/platforms/tables.test.ts,
 * not at load: parsing would cost every page and frame the content script runs in.
 */
export const PLATFORM_ADAPTERS: PlatformAdapter[] = [
  { id: 'onetrust', cmp: 'OneTrust', autoconsent: ['Onetrust'], banner: ['#onetrust-banner-sdk', '#onetrust-pc-sdk'], writes: true, prehide: ['#onetrust-banner-sdk', '#onetrust-consent-sdk', '.onetrust-pc-dark-filter'] },
  { id: 'cookiebot', cmp: 'Cookiebot', autoconsent: ['Cybotcookiebot'], banner: ['#CybotCookiebotDialog'], writes: true, prehide: ['#CybotCookiebotDialog', '#CybotCookiebotDialogBodyUnderlay'] },
  { id: 'didomi', cmp: 'Didomi', autoconsent: ['didomi'], banner: ['#didomi-popup', '#didomi-notice', '.didomi-popup-notice'], writes: true, prehide: ['#didomi-popup', '.didomi-popup-container', '.didomi-popup-notice', '#didomi-notice', '.didomi-popup-backdrop'] },
  {
    id: 'usercentrics',
    cmp: 'Usercentrics',
    autoconsent: ['usercentrics-api', 'usercentrics-button'],
    banner: ['#usercentrics-root', '#usercentrics-cmp-ui'],
    writes: true,
    prehide: ['#usercentrics-root', '#usercentrics-cmp-ui'],
  },
  { id: 'klaro', cmp: 'Klaro', autoconsent: ['Klaro'], banner: ['.klaro .cookie-notice', '.klaro .cookie-modal'], writes: true, prehide: ['.klaro'] },
  { id: 'orejime', cmp: 'Orejime', autoconsent: [], banner: ['.orejime-Banner', '.orejime-Modal'], writes: true, prehide: ['.orejime-Env'] },
  {
    id: 'tarteaucitron',
    cmp: 'tarteaucitron',
    autoconsent: ['tarteaucitron.js', 'tarteaucitron deny'],
    banner: ['#tarteaucitronAlertBig', '#tarteaucitronRoot #tarteaucitron'],
    writes: true,
    prehide: ['#tarteaucitronRoot'],
  },
  {
    id: 'vanilla-cookieconsent',
    cmp: 'CookieConsent (orestbida)',
    autoconsent: ['cookieconsent3', 'cookieconsent2'],
    banner: ['#cc-main .cm-wrapper', '#cc-main .pm-wrapper'],
    writes: true,
    prehide: ['#cc-main'],
  },
  { id: 'osano-cookieconsent', cmp: 'Osano cookieconsent', autoconsent: [], banner: ['.cc-window:not(.cc-invisible)'], writes: true, prehide: ['.cc-window'] },
  // Read-only: TCF CMPs are answered by autoconsent's clicks and verified through __tcfapi.
  { id: 'quantcast', api: 'tcf', cmp: 'Quantcast', autoconsent: ['quantcast'], banner: ['#qc-cmp2-ui'], writes: false, prehide: ['#qc-cmp2-main', '#qc-cmp2-container'] },
  {
    id: 'sourcepoint',
    api: 'tcf',
    cmp: 'Sourcepoint',
    autoconsent: ['Sourcepoint-frame'],
    banner: ['div[id^="sp_message_container_"]'],
    writes: false,
    frame: true,
    prehide: ['div[id^="sp_message_container_"]', '#sp_privacy_manager_container'],
  },
];

/** The adapter for a platform autoconsent reported, if Candor has one. */
export function adapterForAutoconsent(name: string): PlatformAdapter | undefined {
  return PLATFORM_ADAPTERS.find((adapter) => adapter.autoconsent.includes(name));
}

export const apiOf = (adapter: PlatformAdapter): string => adapter.api ?? adapter.id;

/** Whether `name` is a main-world API the background may run (platformMainWorld's cases). */
export function isPlatformApi(name: string): boolean {
  return PLATFORM_ADAPTERS.some((adapter) => apiOf(adapter) === name);
}
