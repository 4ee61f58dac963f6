import { defineContentScript } from 'wxt/utils/define-content-script';
import { safely } from '@/utils/content/safely';
import { startContent } from '@/utils/content/start';

/**
 * At document_end (DOMContentLoaded), not document_idle: Chromium runs idle scripts close to the
 * load event, often a second after a cookie banner appeared, and the consent engine must answer
 * banners as they show. The other features defer their own work to idle callbacks.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_end',
  // A script of an updated extension tells the old one through a DOM event; WXT's extra
  // window.postMessage would also wake every `message` listener of the page, for nothing.
  noScriptStartedPostMessage: true,
  main(ctx) {
    safely('content', () => startContent(ctx));
  },
});
