import { deliver } from '../content/deliver';
import type { ArticleExtractAnswer, ContentToBackground } from '../messaging/messages';
import type { Article } from '../report/schema';
import { COPY_CHUNK_CHARS, MAX_PAGE_HTML } from '../messaging/values';
import { asciiCopy, pageCopy } from './page-copy';

/** The copy cut into parts of at most `size` characters, in order. */
export function chunksOf(copy: string, size: number = COPY_CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  for (let at = 0; at < copy.length; at += size) chunks.push(copy.slice(at, at + size));
  return chunks.length ? chunks : [''];
}

/** A new id for each copy, so the chunks of two copies (a re-scan, the frame's next document) never mix. */
const newCopyId = () => Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');

/**
 * Reads the article from a copy of the page's HTML in another process (Chromium's offscreen
 * document, Firefox's background page): parsing and scoring it there cost the page nothing; making
 * and sending the copy cost it a few milliseconds, the least as ASCII in small chunks (asciiCopy).
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
  const copy = asciiCopy(pageCopy(doc));
  if (copy.length > MAX_PAGE_HTML) return undefined;
  const chunks = chunksOf(copy);
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
