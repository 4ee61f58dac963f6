import { defineContentScript } from 'wxt/utils/define-content-script';

/**
 * Global Privacy Control in the page itself: `navigator.globalPrivacyControl === true` from
 * document_start, in the main world where the page's scripts read it. Registered at runtime by the
 * background (utils/background/consent-gpc.ts) only while the person has GPC on.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_start',
  world: 'MAIN',
  registration: 'runtime',
  main() {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
      get: () => true,
      configurable: true,
      enumerable: true,
    });
  },
});
