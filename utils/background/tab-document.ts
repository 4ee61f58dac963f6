import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/**
 * Which document a tab's report belongs to. Reports are kept per tab, but a tab shows one document
 * after another: from a navigation until the next document's `page:start` (sent at DOMContentLoaded)
 * the stored report is still the previous page's, and a message the previous document sent late
 * would land in the next page's report (a cookie result attributed to the wrong site). Chromium
 * names documents (MessageSender.documentId, webNavigation.getFrame): the report is tied to the
 * document that started it, messages from any other document are dropped, and a report is given
 * out only while its document is the one the tab shows. Where the browser names no documents
 * (Firefox), every check passes and reports behave as before.
 */
const reportDocumentItem = (tabId: number) =>
  storage.defineItem<string | null>(`session:report-document:${tabId}`, { fallback: null });

/** The document a frame of the tab shows now: null when no such frame, undefined when the browser cannot say. */
async function documentIn(tabId: number, frameId: number): Promise<string | null | undefined> {
  try {
    const frame = await browser.webNavigation.getFrame({ tabId, frameId });
    return frame ? frame.documentId : null;
  } catch {
    return undefined;
  }
}

/**
 * Whether a content message may change the tab's report. `page:start` from the top frame ties the
 * report to the sender's document; any other message must come from a document still shown in the
 * tab, under the top document the report belongs to. Call inside the tab's write queue.
 */
export async function admitToReport(
  tabId: number,
  type: string,
  sender: Pick<Browser.runtime.MessageSender, 'frameId' | 'documentId'>,
): Promise<boolean> {
  const sent = sender.documentId;
  if (!sent) return true;
  const frameId = sender.frameId ?? 0;
  if (type === 'page:start' && frameId === 0) {
    await reportDocumentItem(tabId).setValue(sent);
    return true;
  }
  const shown = await documentIn(tabId, frameId);
  if (shown !== undefined && shown !== sent) return false; // the frame now shows another document, or is gone
  const owner = await reportDocumentItem(tabId).getValue();
  const top = frameId === 0 ? sent : await documentIn(tabId, 0);
  return !owner || top === undefined || top === owner;
}

/** A page's address without its fragment: an in-page anchor is the same page, with the same report. */
const withoutFragment = (url: string) => url.split('#', 1)[0];

/** The URL the tab shows now (its committed document's): undefined when the browser cannot say. */
async function urlOf(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

/**
 * Whether the tab still shows the page its stored report (made for `reportUrl`) belongs to. Both
 * the document and the URL are checked, because a navigation changes them at different moments:
 * the tab's URL can already be the next page's while webNavigation still names the previous
 * document (CI: the next page's tab got the previous page's report), and the URL alone cannot
 * tell a reload, a new document at the same address, from the page the report was made for.
 */
export async function reportIsCurrent(tabId: number, reportUrl: string): Promise<boolean> {
  const [owner, top, shown] = await Promise.all([reportDocumentItem(tabId).getValue(), documentIn(tabId, 0), urlOf(tabId)]);
  if (shown !== undefined && withoutFragment(shown) !== withoutFragment(reportUrl)) return false;
  return !owner || top === undefined || top === owner;
}

export const forgetReportDocument = (tabId: number) => reportDocumentItem(tabId).removeValue();
