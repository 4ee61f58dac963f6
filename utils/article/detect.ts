import { isProbablyReaderable } from '@mozilla/readability';
import type { Article } from '../report/schema';
import { extractBody, type BodyOptions } from './body';
import { pickHighlights } from './highlights';
import { looksLikeListing } from './listing';
import { readMetadata } from './metadata';
import { countWords, readingMinutes } from './segment';

/** Half of Firefox's 20: Reader View's threshold decides on a button, Candor has a second gate. */
const READERABLE_MIN_SCORE = 10;

/** Fewer words than this is a notice or a stub, not an article (the corpus's shortest has 65). */
const MIN_WORDS = 50;

export interface ArticleOptions extends BodyOptions {
  /** The page's address when `doc` is not the page itself (a copy parsed from its HTML). */
  url?: string;
}

/** An article before its highlights, with the paragraphs they are chosen from. */
export interface ArticleDraft {
  article: Article;
  paragraphs: string[];
}

/**
 * The article without highlights, or null when the page is not one (home pages, listings, short
 * notices). Readability mutates the document: pass a clone of a live page.
 */
export function readArticle(doc: Document, options: ArticleOptions = {}): ArticleDraft | null {
  const meta = readMetadata(doc); // before Readability strips the scripts that hold JSON-LD
  // Readability's cheap check first, as Firefox does before offering Reader View; a page that
  // declares itself an article (JSON-LD, og:type) skips it, the gates below still apply.
  if (!meta.declaredArticle && !isProbablyReaderable(doc, { minScore: READERABLE_MIN_SCORE })) return null;
  const pageUrl = meta.url ?? options.url ?? (/^https?:/.test(doc.URL) ? doc.URL : null);
  const body = extractBody(doc, { byline: meta.byline, pageUrl }, options);
  if (!body || looksLikeListing(body.root)) return null;
  const count = countWords(body.text);
  if (!meta.headline || count.words < MIN_WORDS) return null;
  const article: Article = {
    headline: meta.headline,
    byline: meta.byline ?? body.readabilityByline,
    publishedAt: meta.publishedAt,
    siteName: meta.siteName,
    lang: meta.lang,
    text: body.text,
    wordCount: count.words,
    readingMinutes: readingMinutes(count),
    highlights: [],
  };
  return { article, paragraphs: body.paragraphs };
}

export function withHighlights({ article, paragraphs }: ArticleDraft): Article {
  return { ...article, highlights: pickHighlights(paragraphs, article.headline, article.lang) };
}

/**
 * Finds the article on a page with its highlights, or null when the page is not one. Pure over the
 * Document, no browser APIs, so it runs in Vitest, in Node benchmarks and in the offscreen document
 * alike (the content script's in-page fallback runs the two steps in separate idle tasks).
 * Readability mutates the document: pass a clone of a live page.
 */
export function detectArticle(doc: Document, options: ArticleOptions = {}): Article | null {
  const draft = readArticle(doc, options);
  return draft && withHighlights(draft);
}
