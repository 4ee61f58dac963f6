import type { Article } from '@/utils/report/schema';
import { t } from '@/utils/i18n/t';
import { formatDate, languageName } from '../ui/format';

/** The page's article: facts at a glance and the summary highlights, or the "not an article" state. */
export function ArticleSection({ article, host }: { article: Article | null; host: string }) {
  return (
    <section class="card" aria-labelledby="article-heading" data-testid="article">
      <h2 id="article-heading">{t('articleHeading')}</h2>
      {article ? <ArticleDetails article={article} host={host} /> : <p class="muted">{t('articleNone')}</p>}
    </section>
  );
}

function ArticleDetails({ article, host }: { article: Article; host: string }) {
  const published = article.publishedAt ? formatDate(article.publishedAt) : null;
  const machineWritten = article.highlights.some((h) => h.source === 'summarizer');
  return (
    <>
      <h3 class="headline" lang={article.lang ?? undefined}>
        {article.headline}
      </h3>
      <dl class="facts">
        <dt>{t('articleSite')}</dt>
        <dd>{article.siteName ?? host}</dd>
        {article.byline && (
          <>
            <dt>{t('articleByline')}</dt>
            <dd>{article.byline}</dd>
          </>
        )}
        {published && (
          <>
            <dt>{t('articleDate')}</dt>
            <dd>
              <time dateTime={article.publishedAt ?? undefined}>{published}</time>
            </dd>
          </>
        )}
        <dt>{t('articleReading')}</dt>
        <dd>{t('articleMinutes', { n: Math.max(1, article.readingMinutes) })}</dd>
        {article.lang && (
          <>
            <dt>{t('articleLanguage')}</dt>
            <dd>{languageName(article.lang)}</dd>
          </>
        )}
      </dl>
      {article.highlights.length > 0 && (
        <>
          <h3 class="subheading">{t('highlightsHeading')}</h3>
          <p class="muted small" data-testid="highlights-source">
            {machineWritten ? t('highlightsSummarizer') : t('highlightsExtractive')}
          </p>
          <ul class="highlights" lang={article.lang ?? undefined}>
            {article.highlights.map((h, i) => (
              <li key={i}>
                {h.text}
                {h.source === 'summarizer' && <span class="pill">{t('highlightMachine')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
