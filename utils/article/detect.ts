import { isProbablyReaderable } from '@mozilla/readability';
import type { Article } from '../report/schema';
import { extractBody, type BodyOptions } from './body';
import { pickHighlights } from './highlights';
import { looksLikeListing } from './listing';
import { readMetadata } from './metadata';
import { countWords, readingMinutes } from './segment';

/**
 * Finds the article on a page, or null when the page is not one (home pages, listings, short
 * notices). Pure over the Document, no browser APIs, so it runs in Vitest, in Node benchmarks and
 * in the content script alike. Readability mutates the document: pass a clone of a live page.
 */
/** Half of Firefox's 20: Reader View's threshold decides on a button, Candor has a second gate. */
const READERABLE_MIN_SCORE = 10;

/** Fewer words than this is a notice or a stub, not an article (the corpus's shortest has 65). */
const MIN_WORDS = 50;

export function detectArticle(doc: Document, options: BodyOptions = {}): Article | null {
  const meta = readMetadata(doc); // before Readability strips the scripts that hold JSON-LD
  // Readability's cheap check first, as Firefox does before offering Reader View; a page that
  // declares itself an article (JSON-LD, og:type) skips it, the length gate below still applies.
  if (!meta.declaredArticle && !isProbablyReaderable(doc, { minScore: READERABLE_MIN_SCORE })) return null;
  const body = extractBody(doc, { byline: meta.byline, pageUrl: meta.url ?? (/^https?:/.test(doc.URL) ? doc.URL : null) }, options);
  if (!body || looksLikeListing(body.root)) return null;
  const text = body.text;
  const count = countWords(text);
  const headline = meta.headline;
  if (!headline || count.words < MIN_WORDS) return null;
  return {
    headline,
    byline: meta.byline ?? body.readabilityByline,
    publishedAt: meta.publishedAt,
    siteName: meta.siteName,
    lang: meta.lang,
    text,
    wordCount: count.words,
    readingMinutes: readingMinutes(count),
    highlights: pickHighlights(body.paragraphs, headline, meta.lang),
  };
}
