import type { Browser } from 'wxt/browser';

/**
 * The injection target of exactly the document that sent a message. By tab and frame alone, an
 * injection asked for by a page the tab has just left would run in the next page (Chromium names
 * documents; elsewhere the frame is the best target). Undefined for a sender without a tab.
 */
export function senderTarget(sender: Browser.runtime.MessageSender): Browser.scripting.InjectionTarget | undefined {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  return sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
}
