/**
 * autoconsent's platforms written as code (its `dynamicCMPs`) rather than as catalogue rules: the
 * selectors of the containers each one's detectCmp or prehide looks for, so the always-on consent
 * prefilter knows them like the catalogue's rules (background/consent-probe.ts). Taken from
 * autoconsent's source; tests/unit/consent/code-rules.test.ts fails when an autoconsent update
 * adds a code platform this table lacks. Sourcepoint's own frames are recognised by URL instead.
 */
export const CODE_RULE_SELECTORS: Readonly<Record<string, readonly string[]>> = {
  'TrustArc-top': ['#truste-show-consent', '#truste-consent-track', '.trustarc-banner-container', '.truste_popframe', '.truste_overlay', '.truste_box_overlay'],
  // Detected through window.Cookiebot (a main-world snippet): its dialog's containers stand for it.
  Cybotcookiebot: ['#CybotCookiebotDialog', '#CybotCookiebotDialogBodyUnderlay', '#dtcookie-container', '#cookiebanner', '#cb-cookieoverlay', '.modal--cookie-banner', '#cookiebanner_outer', '#CookieBanner'],
  'Sourcepoint-frame': ['div[id^="sp_message_container_"]'],
  'consentmanager.net': ['#cmpbox', '#cmpbox2'],
  Evidon: ['#_evidon_banner'],
  Onetrust: ['#onetrust-banner-sdk', '#onetrust-pc-sdk', '#onetrust-consent-sdk'],
  Klaro: ['.klaro > .cookie-modal', '.klaro > .cookie-notice'],
  Uniconsent: ['.unic .unic-box', '.unic .unic-bar', '.unic .unic-modal'],
  Conversant: ['.cmp-root .cmp-receptacle'],
  'tiktok.com': ['tiktok-cookie-banner'],
  'tumblr-com': ['#cmp-app-container'],
  // Its other form (a fixed "Your Privacy … VRM … Admiral" box) is a home-made-looking dialog the heuristic prefilter sees.
  Admiral: ['div[class*=Card] > div[class*=Frame] > div[class*=Pills] > button[class*=Pills__StyledPill]'],
};

/** Sourcepoint's consent frames, by URL (autoconsent's Sourcepoint-frame detectCmp). */
export function isSourcepointFrameUrl(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.hostname === 'ccpa-notice.sp-prod.net' || url.hostname === 'ccpa-pm.sp-prod.net') return true;
  const pages = ['/index.html', '/privacy-manager/index.html', '/ccpa_pm/index.html', '/us_pm/index.html'];
  return pages.includes(url.pathname) && ['message_id', 'requestUUID', 'consentUUID'].some((key) => url.searchParams.has(key));
}
