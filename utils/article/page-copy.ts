/**
 * Script and style elements, except JSON-LD (read for the article's metadata, json-ld.ts). Matched
 * in the serialised markup, where neither can contain its own end tag and, in text and attribute
 * values, `<` is escaped.
 */
const NOT_READ = /<(script|style)\b(?![^>]*\btype="application\/ld\+json")[^>]*>[\s\S]*?<\/\1\s*>/gi;

/**
 * The page's HTML as the article is read from it in another process, without the scripts and
 * styles the reader never reads (about half of a news page's markup). The copy's size is what the
 * page pays for: `runtime.sendMessage` serialises it to JSON and then to UTF-8, which cost about
 * three times `JSON.stringify` of it (measured on corpus pages), on top of `outerHTML`.
 */
export function pageCopy(doc: Document): string {
  return doc.documentElement.outerHTML.replace(NOT_READ, '');
}

/**
 * Characters a numeric character reference can stand for unchanged. U+0080–U+009F cannot: the HTML
 * parser reads `&#150;` as U+2013 (the Windows-1252 table), so those few stay as they are.
 */
const NON_ASCII = /[^\x00-\x9f]/gu;
/**
 * Elements whose content the parser does not decode (raw text). JSON-LD is the only script the copy
 * keeps (its non-ASCII can only be inside JSON strings, so `\uXXXX` escapes are exact); the others
 * are shown to no reader except `<xmp>`, and are kept as written. `<noscript>` is not among them:
 * DOMParser's documents run no scripts, so it parses as markup there and its references decode.
 */
const RAW_TEXT = /(<script\b[^>]*>)([\s\S]*?)(<\/script\s*>)|<(xmp|iframe|noembed|noframes)\b[^>]*>[\s\S]*?<\/\4\s*>|<plaintext\b[\s\S]*/gi;

const reference = (c: string) => `&#${c.codePointAt(0)};`;
const jsonEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * The copy with its non-ASCII characters written as character references (`&#8217;`, `&#128512;`
 * for an emoji's code point), which DOMParser decodes back in text and attribute values: the article
 * read from it is the same. Why: Chromium serialises a one-byte string much more cheaply than a
 * two-byte one, and a page with a single `’` is two-byte throughout. The lead measured it (Chromium
 * 156, content script, CPU of the task calling `runtime.sendMessage`, 200 K-char copy, medians of 8):
 * sent whole 9.3 ms (2-byte page), 9.6 (ASCII), 7.6 (Chinese); in 16 K-char chunks 3.2, 2.3, 2.7;
 * escaped like this and then chunked 1.6 (2-byte page) and 2.1 (Chinese), the escaping included.
 * Names of tags and attributes are escaped too: no reader reads a non-ASCII one, and `&#N;` keeps it
 * one unknown name. Lone surrogates become U+FFFD, as they would in the UTF-8 of the message.
 */
export function asciiCopy(copy: string): string {
  if (!/[^\x00-\x7f]/.test(copy)) return copy;
  let out = '';
  let from = 0;
  for (const match of copy.matchAll(RAW_TEXT)) {
    out += copy.slice(from, match.index).replace(NON_ASCII, reference);
    out += match[1] === undefined ? match[0] : match[1] + match[2]!.replace(/[^\x00-\x7f]/g, jsonEscape) + match[3];
    from = match.index + match[0].length;
  }
  return out + copy.slice(from).replace(NON_ASCII, reference);
}
