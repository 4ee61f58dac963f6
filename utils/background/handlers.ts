import { browser, type Browser } from 'wxt/browser';
import {
  ArticleChunkAnswerSchema,
  ArticleExtractAnswerSchema,
  ContentToBackgroundSchema,
  ModuleLoadAnswerSchema,
  ProvenanceCheckResponseSchema,
  UiToBackgroundSchema,
  isContentRequest,
  parseMessage,
  type ContentReportMessage,
  type UiToBackground,
} from '../messaging/messages';
import type { PageReport } from '../report/schema';
import { storeBounded } from '../storage/bounded';
import { saveReport } from '../storage/report-store';
import { appendHistory, HISTORY_BOUNDS, historyEntryOf, withinRetention } from '../storage/history';
import { getHistory, getPreferences, getReport, historyItem, preferencesItem, reportItem } from '../storage/items';
import { historyRecovery, preferencesRecovery, repairItem } from '../storage/recovery';
import { answerWith } from './answer';
import { answerArticleExtract } from './article-extract';
import { holdChunk } from './page-copies';
import { startGpc } from './consent-gpc';
import { answerConsentRequest } from './consent-platforms';
import { injectContentModule } from './content-modules';
import { answerFrameSetup } from './frame-setup';
import { answerProvenanceCheck } from './provenance-answer';
import { updateReport } from './report-update';
import { recordContentError } from './error-log';
import { createKeyedQueue } from './serialize';
import { admitToReport, forgetReportDocument, reportIsCurrent } from './tab-document';
import { showFindingCount } from './toolbar-badge';

const enqueue = createKeyedQueue();

/**
 * Only Candor's own pages (popup, options, also when opened in a tab) may ask for reports; any
 * other sender is a content script. The worker's origin is the extension's own
 * (chrome-extension://<id>, moz-extension://<uuid>), which no web page can have.
 */
function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return !!sender.url?.startsWith(`${location.origin}/`);
}

export async function handleContentMessage(
  tabId: number,
  message: ContentReportMessage,
  sender: Pick<Browser.runtime.MessageSender, 'frameId' | 'documentId'> = {},
): Promise<void> {
  await enqueue(tabId, async () => {
    // A message from a document the tab no longer shows (or not under the report's page) is stale.
    if (!(await admitToReport(tabId, message.type, sender))) return;
    const next = updateReport(await getReport(tabId), message);
    await saveReport(tabId, next);
    await showFindingCount(tabId, next);
    if (message.type !== 'page:start') await recordHistory(next);
  });
}

async function recordHistory(report: PageReport): Promise<void> {
  if (!report.url) return;
  const { retentionDays } = (await getPreferences()).history;
  await enqueue('history', async () => {
    const history = appendHistory(await getHistory(), historyEntryOf(report));
    // Bounded in entries and bytes; a full storage area costs the oldest entries, not this one.
    await storeBounded(historyItem, withinRetention(history, retentionDays), HISTORY_BOUNDS);
  });
}

export async function handleUiMessage(message: UiToBackground): Promise<unknown> {
  switch (message.type) {
    case 'report:get': {
      // Between a navigation and the new page's `page:start` the stored report is the previous page's.
      const report = await getReport(message.tabId);
      return report && (await reportIsCurrent(message.tabId, report.url)) ? report : null;
    }
    case 'history:get':
      return getHistory();
    case 'history:clear':
      await historyItem.setValue([]);
      return null;
    case 'data:clear':
      // Everything Candor keeps locally (preferences, rules, history, error log, backups) goes at once,
      // inside every write queue so no pending write lands after the wipe.
      await enqueue('prefs', () => enqueue('history', () => enqueue('errors', () => browser.storage.local.clear())));
      return null;
    case 'prefs:get':
      return getPreferences();
    case 'prefs:set':
      await enqueue('prefs', () => preferencesItem.setValue(message.prefs));
      return null;
    case 'site-rule:set':
      await enqueue('prefs', async () => {
        const prefs = await getPreferences();
        const siteRules = { ...prefs.consent.siteRules };
        // "default" is the absence of a rule: keep the table to the person's real exceptions.
        if (message.rule === 'default') delete siteRules[message.site];
        else siteRules[message.site] = message.rule;
        await preferencesItem.setValue({ ...prefs, consent: { ...prefs.consent, siteRules } });
      });
      return null;
  }
}

/**
 * The single runtime.onMessage entry point: checks who sent a message, validates it against
 * that direction's schema, and drops anything malformed with a logged reason.
 */
export function onRuntimeMessage(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) {
    console.warn('[candor] dropped message from another extension', sender.id);
    return undefined;
  }
  if (isExtensionPage(sender)) {
    const parsed = parseMessage(UiToBackgroundSchema, raw);
    if (!parsed.ok) {
      console.warn('[candor] dropped malformed UI message:', parsed.reason);
      return undefined;
    }
    return handleUiMessage(parsed.message);
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) {
    console.warn('[candor] dropped content message without a tab');
    return undefined;
  }
  const parsed = parseMessage(ContentToBackgroundSchema, raw);
  if (!parsed.ok) {
    console.warn('[candor] dropped malformed content message:', parsed.reason);
    return undefined;
  }
  // Answers are checked against their answer schemas before they are sent (answer.ts); the
  // fallbacks are what the content script assumes when no answer comes.
  if (parsed.message.type === 'frame:setup') return answerFrameSetup(sender, parsed.message);
  // The article is the top frame's: a subframe's copy is neither kept nor read.
  if (parsed.message.type === 'article:chunk') {
    const held = !sender.frameId && holdChunk(sender, parsed.message);
    return answerWith('article:chunk', ArticleChunkAnswerSchema, held, false);
  }
  if (parsed.message.type === 'article:extract') {
    const answer = sender.frameId ? { read: false as const } : answerArticleExtract(sender, parsed.message);
    return answerWith('article:extract', ArticleExtractAnswerSchema, answer, { read: false });
  }
  if (parsed.message.type === 'module:load') {
    return answerWith('module:load', ModuleLoadAnswerSchema, injectContentModule(sender, parsed.message.name), false);
  }
  // The consent engine's questions (rules, main-world calls) are answered, not stored.
  if (isContentRequest(parsed.message)) return answerConsentRequest(sender, parsed.message);
  if (parsed.message.type === 'error:report') return recordContentError(parsed.message, sender.url, enqueue);
  // Subframes only contribute consent results; the report's page belongs to the top frame. The
  // rest is acknowledged (null) and ignored: an unanswered message would be re-sent (deliver.ts).
  if (sender.frameId && parsed.message.type !== 'consent:result') return Promise.resolve(null);
  if (parsed.message.type === 'provenance:check') {
    return answerWith('provenance:check', ProvenanceCheckResponseSchema, answerProvenanceCheck(tabId, parsed.message, enqueue), []);
  }
  return handleContentMessage(tabId, parsed.message, sender).then(() => null);
}

/** Repairs corrupted stored data first, in the same queues as the writes that could build on it. */
function repairStorageAtStart(): void {
  for (const [key, spec] of [['prefs', preferencesRecovery], ['history', historyRecovery]] as const) {
    enqueue(key, () => repairItem<unknown>(spec)).catch((error: unknown) => console.warn('[candor] repair failed', error));
  }
}

export function startBackground(): void {
  repairStorageAtStart();
  browser.runtime.onMessage.addListener(onRuntimeMessage);
  startGpc();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run only (not updates): a tab that explains Candor and its defaults.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void reportItem(tabId).removeValue();
    void forgetReportDocument(tabId);
  });
}
