import { defineBackground } from 'wxt/utils/define-background';
import * as z from 'zod/mini';
import { startBackground } from '@/utils/background/handlers';

export default defineBackground(() => {
  // zod/mini ships no messages ("Invalid input" for all); the background's logged reasons and the
  // storage-repair notice keep English ones. Content scripts stay without them (bundle size).
  z.config(z.locales.en());
  startBackground();
});
