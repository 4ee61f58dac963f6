import { changeToken } from './mutations';
import type { JoinedTexts } from './joined-texts';

/**
 * The texts of a document's body, collected by one walk and read by another feature, when the
 * document did not change in between. The banner finder walks the whole body when the content
 * script starts; the AI-label prefilter, at idle time, needs the same texts: a walk of a corpus page's
 * text nodes cost 1–6 ms in a fresh isolated world (a binding call per node), about 1 ms a page
 * after the finder's walk in bench:page's per-function profile.
 * Kept only when a reader asked for them first, and handed out once, so nothing holds a page's
 * texts longer than that; per bundle, as both ends live in the always-on content script.
 */
const wanted = new WeakSet<Document>();
const kept = new WeakMap<Document, { token: number; texts: JoinedTexts }>();

/** A feature that will read the body's texts later asks to be offered them. */
export function wantBodyTexts(doc: Document): void {
  wanted.add(doc);
}

/** A walk of the whole body offers what it collected (every text node in order, none skipped but long code texts). */
export function offerBodyTexts(doc: Document, texts: JoinedTexts): void {
  const token = changeToken(doc);
  if (wanted.has(doc) && token !== null) kept.set(doc, { token, texts });
}

/** The texts offered, if the document has not changed since (children or texts); once. */
export function takeBodyTexts(doc: Document): JoinedTexts | undefined {
  wanted.delete(doc);
  const offered = kept.get(doc);
  kept.delete(doc);
  return offered && offered.token === changeToken(doc) ? offered.texts : undefined;
}
