import type { Article } from '../report/schema';
import { readArticle, withHighlights } from './detect';

/** Reading the article in the page itself, injected only when no other process can (feature.ts). */
export interface ArticleReaderModule {
  read(doc: Document, idle: () => Promise<void>): Promise<Article | null>;
}

export const articleReader: ArticleReaderModule = {
  /**
   * In two idle tasks — extraction, then highlights (sentence segmentation is the costly part of
   * them) — so neither holds the main thread as long as both would.
   */
  async read(doc, idle) {
    // Readability mutates its input, so it gets a clone; the page's own DOM is never touched.
    const draft = readArticle(doc.cloneNode(true) as Document);
    if (!draft) return null;
    await idle();
    return withHighlights(draft);
  },
};
