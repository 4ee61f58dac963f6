import { emptyReport, type Article, type PageReport } from '../report/schema';
import type { ContentReportMessage } from '../messaging/messages';

/**
 * Lengths a page's one-line strings are cut to in the report. A hostile page can make its title or
 * headline 100 kB long; every view of the report (popup, history, export) then stretches with it.
 */
const MAX_LINE = { title: 300, headline: 300, byline: 200, siteName: 100, publishedAt: 64, lang: 35 };

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${Array.from(text.slice(0, max + 1)).slice(0, max - 1).join('')}…`;
}

function cutNullable(text: string | null, max: number): string | null {
  return text === null ? null : cut(text, max);
}

function boundedArticle(article: Article | null): Article | null {
  if (!article) return null;
  return {
    ...article,
    headline: cut(article.headline, MAX_LINE.headline),
    byline: cutNullable(article.byline, MAX_LINE.byline),
    siteName: cutNullable(article.siteName, MAX_LINE.siteName),
    publishedAt: cutNullable(article.publishedAt, MAX_LINE.publishedAt),
    lang: cutNullable(article.lang, MAX_LINE.lang),
  };
}

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
  if (message.type === 'page:start') return emptyReport(message.url, cut(message.title, MAX_LINE.title), now);
  const base = current ?? emptyReport('', '', now);
  const next = { ...base, scannedAt: now.toISOString() };
  switch (message.type) {
    case 'article:found':
      return { ...next, article: boundedArticle(message.article) };
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
