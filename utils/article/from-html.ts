import type { Article } from '../report/schema';
import { detectArticle } from './detect';

/**
 * The article of a page from its serialised HTML, for a context that is not the page: Chromium's
 * offscreen document, Firefox's background page. DOMParser gives an inert document (no scripts
 * run, nothing loads), which is all Readability and the rules read: they never use layout.
 */
export function articleFromHtml(html: string, url: string, parser: DOMParser = new DOMParser()): Article | null {
  const doc = parser.parseFromString(html, 'text/html');
  // Relative links resolve against the page, not against the extension page parsing the copy.
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
  }
  return detectArticle(doc, { url });
}
