import { defineContentScript } from 'wxt/utils/define-content-script';
import { PREHIDE_TIMEOUT_MS, unhide } from '@/utils/consent/platforms/prehide';
import { askFrameSetupEarly } from '@/utils/content/frame-setup';
import './prehide.css';

/**
 * From document_start, the manifest stylesheet hides known consent platforms' containers so their
 * banners never flash before Candor answers them. This script only guarantees the end of it: after
 * PREHIDE_TIMEOUT_MS the containers are shown again even if the consent engine never ran. It also
 * asks the background for the frame's setup (preferences, consent probe) now, so the content script
 * finds it ready at DOMContentLoaded.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_start',
  // A script of an updated extension tells the old one through a DOM event; WXT's extra
  // window.postMessage would also wake every `message` listener of the page, for nothing.
  noScriptStartedPostMessage: true,
  cssInjectionMode: 'manifest',
  main() {
    setTimeout(() => unhide(), PREHIDE_TIMEOUT_MS);
    askFrameSetupEarly();
  },
});
