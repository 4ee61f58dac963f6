import { JSON_LD_SCRIPTS } from './json-ld';

/**
 * What the copy leaves out: comments, and script, style, inline SVG, template and nav elements,
 * none of which the reader reads (SVG is icons and charts; a template's content is no text of the
 * page; navigation is links, never the story: leaving out footers, asides or forms changed the
 * article of some corpus pages; leaving out navs changed none and removes a fifth of the markup).
 * Matched in the serialised markup, where none of these can contain its own end tag and `<` is
 * escaped in text and attribute values. A nested `<svg>` or `<nav>` leaves its outer one's tail:
 * stray elements the reader scores as before. One pattern with nothing kept: a replacement that
 * keeps a capture (the JSON-LD scripts) made V8 take a path about six times slower on the corpus.
 */
const NOT_READ = /<!--[\s\S]*?-->|<(script|style|svg|template|nav)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/**
 * The page's HTML as the article is read from it in another process, without what the reader
 * never reads (about half of a news page's markup; of the rest, on the shared corpus, navs are a
 * fifth, and comments, SVG and templates a tenth). The JSON-LD scripts, read for the article's metadata
 * (json-ld.ts), go back in at the end of the head, whole, so nothing inside their text is ever
 * taken for markup. The copy's size is what the page pays for, on top of `outerHTML`: it is sent
 * in chunks (read-elsewhere.ts).
 */
export function pageCopy(doc: Document): string {
  const copy = doc.documentElement.outerHTML.replace(NOT_READ, '');
  let jsonLd = '';
  for (const script of doc.querySelectorAll(JSON_LD_SCRIPTS)) jsonLd += script.outerHTML;
  // After the removal the first `</head>` is the head's end tag: comments and raw-text elements are gone.
  const headEnd = copy.indexOf('</head>');
  return headEnd < 0 ? copy + jsonLd : copy.slice(0, headEnd) + jsonLd + copy.slice(headEnd);
}
