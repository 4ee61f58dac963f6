/**
 * Script and style elements, except JSON-LD (read for the article's metadata, json-ld.ts). Matched
 * in the serialised markup, where neither can contain its own end tag and, in text and attribute
 * values, `<` is escaped.
 */
const NOT_READ = /<(script|style)\b(?![^>]*\btype="application\/ld\+json")[^>]*>[\s\S]*?<\/\1\s*>/gi;

/**
 * The page's HTML as the article is read from it in another process, without the scripts and
 * styles the reader never reads (about half of a news page's markup). The copy's size is what the
 * page pays for, on top of `outerHTML`: it is sent in chunks (read-elsewhere.ts).
 */
export function pageCopy(doc: Document): string {
  return doc.documentElement.outerHTML.replace(NOT_READ, '');
}
