import { browser, type Browser } from 'wxt/browser';
import {
  ArticleExtractAnswerSchema,
  type ArticleExtractAnswer,
  type ArticleExtractRequest,
  type BackgroundToOffscreen,
} from '../messaging/messages';
import { takeCopy } from './page-copies';

const OFFSCREEN_URL = 'offscreen.html';
let creating: Promise<void> | undefined;

/** Chromium allows one offscreen document per extension; it stays until the browser closes it. */
async function ensureOffscreenDocument(): Promise<void> {
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType] });
  if (open.length) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification: "Reads the article out of a copy of the page, so the page's own thread does not do it.",
    })
    .finally(() => (creating = undefined));
  await creating;
}

/**
 * Reads the article from the page's HTML, as the sender sent it in chunks (page-copies.ts), where
 * the page does not wait on it: Firefox's background page has a DOM of its own; Chromium's service
 * worker has none and asks its offscreen document. `read: false` when neither could: the content
 * script then reads the article in the page; `lost` too when the copy is not all here.
 */
export async function answerArticleExtract(
  sender: Browser.runtime.MessageSender,
  message: ArticleExtractRequest,
): Promise<ArticleExtractAnswer> {
  const html = takeCopy(sender, message.copy, message.count);
  if (html === undefined) return { read: false, lost: true };
  try {
    if (import.meta.env.FIREFOX) {
      const { articleFromHtml } = await import('../article/from-html');
      return { read: true, article: articleFromHtml(html, message.url) };
    }
    await ensureOffscreenDocument();
    const request: BackgroundToOffscreen = { type: 'offscreen:article', url: message.url, html };
    const answer = ArticleExtractAnswerSchema.safeParse(await browser.runtime.sendMessage(request));
    if (!answer.success) console.warn('[candor] offscreen article answer dropped', answer.error.message.slice(0, 200));
    return answer.success ? answer.data : { read: false };
  } catch (error) {
    console.warn('[candor] article could not be read off the page', error);
    return { read: false };
  }
}
