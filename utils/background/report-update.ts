import { emptyReport, type PageReport } from '../report/schema';
import type { ContentReportMessage } from '../messaging/messages';

/**
 * Applies one validated content-script message to the tab's stored report. Pure, so the whole
 * flow of a page scan can be tested without a browser. `page:start` begins a new report (a
 * navigation or an SPA route change); every other message replaces one section.
 */
export function updateReport(
  current: PageReport | null,
  message: ContentReportMessage,
  now: Date = new Date(),
): PageReport {
  if (message.type === 'page:start') return emptyReport(message.url, message.title, now);
  const base = current ?? emptyReport('', '', now);
  const next = { ...base, scannedAt: now.toISOString() };
  switch (message.type) {
    case 'article:found':
      return { ...next, article: message.article };
    case 'ai:found': {
      // Metadata findings (those with `provenance`) are the background's own (provenance-report.ts):
      // a label scan neither replaces them nor may it forge them.
      const metadata = base.ai.filter((finding) => finding.provenance);
      return { ...next, ai: [...message.findings.filter((finding) => !finding.provenance), ...metadata] };
    }
    case 'consent:result':
      return { ...next, consent: message.consent };
    case 'provenance:check':
      return base; // a question, answered and merged by the provenance checker (handlers.ts)
    case 'error:report':
      return base; // kept in the error log, not in the report (error-log.ts)
  }
}
