import { deliver } from '../content/deliver';
import type { ArticleExtractAnswer, ContentToBackground } from '../messaging/messages';
import type { Article } from '../report/schema';
import { COPY_CHUNK_CHARS, MAX_COPY_CHUNKS, MAX_PAGE_HTML } from '../messaging/values';
import { pageCopy } from './page-copy';

/**
 * The copy cut into parts of at most `size` characters, in order, never between the two halves of
 * a surrogate pair (an emoji): a lone half would reach the background as U+FFFD.
 */
export function chunksOf(copy: string, size: number = COPY_CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  for (let at = 0; at < copy.length; ) {
    let end = Math.min(at + size, copy.length);
    const last = copy.charCodeAt(end - 1);
    if (end < copy.length && end - at > 1 && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(copy.slice(at, end));
    at = end;
  }
  return chunks.length ? chunks : [''];
}

/**
 * A new id for each copy, so the chunks of two copies (a re-scan, the frame's next document) never
 * mix. Math.random, not crypto: a frame's first crypto call cost the page about 1 ms in bench:page.
 */
const newCopyId = () => Math.random().toString(36).slice(2, 12) || '0';

/**
 * Reads the article from a copy of the page's HTML in another process (Chromium's offscreen
 * document, Firefox's background page): parsing and scoring it there cost the page nothing; making
 * and sending the copy cost it a few milliseconds, the least in chunks below Chromium's large-message
 * cost (COPY_CHUNK_CHARS).
 * Every chunk is sent in this one task, without waiting between them (each send's serialisation is
 * the page's cost; waiting for the answers is not), then the background is asked for the article.
 * A copy it lost (its worker was stopped between the chunks) is sent once more. Undefined when it
 * cannot be read there (a huge page, a background that does not answer), so the page reads it itself.
 * The background checked its answer against ArticleExtractAnswerSchema before sending it.
 */
export async function readElsewhere(
  doc: Document,
  send: (message: ContentToBackground) => Promise<unknown> = deliver,
): Promise<Article | null | undefined> {
  const copy = pageCopy(doc);
  if (copy.length > MAX_PAGE_HTML) return undefined;
  const chunks = chunksOf(copy);
  if (chunks.length > MAX_COPY_CHUNKS) return undefined;
  const id = newCopyId();
  try {
    for (let attempt = 1; attempt <= 2; attempt++) {
      const held = await Promise.all(chunks.map((html, index) => send({ type: 'article:chunk', copy: id, index, count: chunks.length, html })));
      if (!held.every((answer) => answer === true)) return undefined;
      const answer = (await send({ type: 'article:extract', url: doc.URL, copy: id, count: chunks.length })) as ArticleExtractAnswer | null;
      if (answer?.read) return answer.article;
      if (!answer?.lost) return undefined;
    }
  } catch {
    // Not answered: read in the page.
  }
  return undefined;
}
