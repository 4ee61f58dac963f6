import { emptyReport, type PageReport } from '../report/schema';
import type { ContentToBackground } from '../messaging/messages';

/**
 * Applies one validated content-script message to the tab's stored report. Pure, so the whole
 * flow of a page scan can be tested without a browser. `page:start` begins a new report (a
 * navigation or an SPA route change); every other message replaces one section.
 */
export function updateReport(
  current: PageReport | null,
  message: ContentToBackground,
  now: Date = new Date(),
): PageReport {
  if (message.type === 'page:start') return emptyReport(message.url, message.title, now);
  const base = current ?? emptyReport('', '', now);
  const next = { ...base, scannedAt: now.toISOString() };
  switch (message.type) {
    case 'article:found':
      return { ...next, article: message.article };
    case 'ai:found':
      return { ...next, ai: message.findings };
    case 'consent:result':
      return { ...next, consent: message.consent };
  }
}
