/**
 * What the copy leaves out: comments, and script, style, inline SVG and template elements, none of
 * which the reader reads (SVG is icons and charts; a template's content is no text of the page).
 * JSON-LD scripts (read for the article's metadata, json-ld.ts) match the first alternative and are
 * put back, so a `<!--` or `<svg` inside their text never starts a match. Matched in the serialised
 * markup, where none of these can contain its own end tag and `<` is escaped in text and attribute
 * values. A nested `<svg>` leaves its outer one's tail: stray SVG elements without text.
 */
const NOT_READ =
  /(<script\b[^>]*\btype="application\/ld\+json"[^>]*>[\s\S]*?<\/script\s*>)|<!--[\s\S]*?-->|<(script|style|svg|template)\b[^>]*>[\s\S]*?<\/\2\s*>/gi;

/**
 * The page's HTML as the article is read from it in another process, without what the reader
 * never reads (about half of a news page's markup; comments, SVG and templates another tenth of
 * the rest on the shared corpus). The copy's size is what the page pays for, on top of
 * `outerHTML`: it is sent in chunks (read-elsewhere.ts).
 */
export function pageCopy(doc: Document): string {
  return doc.documentElement.outerHTML.replace(NOT_READ, '$1');
}
