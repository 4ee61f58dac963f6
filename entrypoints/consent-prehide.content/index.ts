import { defineContentScript } from 'wxt/utils/define-content-script';
import { safely } from '@/utils/content/safely';
import { startEarlyConsent } from '@/utils/consent/early';
import { PREHIDE_TIMEOUT_MS, unhide } from '@/utils/consent/platforms/prehide';
import './prehide.css';

/**
 * From document_start, the manifest stylesheet hides known consent platforms' containers so their
 * banners never flash before Candor answers them; after PREHIDE_TIMEOUT_MS they are shown again
 * even if the consent engine never ran. The engine itself starts here at DOMContentLoaded (see
 * utils/consent/early.ts) and reports through the main content script.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  main(ctx) {
    setTimeout(() => unhide(), PREHIDE_TIMEOUT_MS);
    safely('consent', () => startEarlyConsent(ctx));
  },
});
