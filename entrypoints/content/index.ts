import { defineContentScript } from 'wxt/utils/define-content-script';
import { safely } from '@/utils/content/safely';
import { startContent } from '@/utils/content/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    safely('content', () => startContent(ctx));
  },
});
