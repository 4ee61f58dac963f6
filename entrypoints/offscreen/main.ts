import { browser } from 'wxt/browser';
import { articleFromHtml } from '@/utils/article/from-html';
import { BackgroundToOffscreenSchema, OFFSCREEN_MESSAGE_PREFIX, parseMessage, type ArticleExtractAnswer } from '@/utils/messaging/messages';

// Every runtime message reaches this document; it answers only the background's 'offscreen:' ones.
browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<ArticleExtractAnswer> | undefined => {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !type.startsWith(OFFSCREEN_MESSAGE_PREFIX)) return undefined;
  if (sender.id !== browser.runtime.id || sender.tab) {
    console.warn('[candor] offscreen: dropped a message not from the background');
    return undefined;
  }
  const parsed = parseMessage(BackgroundToOffscreenSchema, raw);
  if (!parsed.ok) {
    console.warn('[candor] offscreen: dropped malformed message:', parsed.reason);
    return undefined;
  }
  return Promise.resolve({ read: true, article: articleFromHtml(parsed.message.html, parsed.message.url) });
});
