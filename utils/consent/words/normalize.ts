/** Scripts written without spaces between words: phrases in them match as substrings. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const SCRIPT_BOUNDARY =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])(?=[\p{Script=Latin}\p{N}])|([\p{Script=Latin}\p{N}])(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu;

/**
 * Canonical form for matching labels against the word tables: NFKC (full-width → ASCII), lower
 * case (Turkish dotted İ folded), typographic apostrophes unified, punctuation to spaces, and a
 * space between CJK and Latin runs ("拒绝Cookie" → "拒绝 cookie").
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\u0307/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}\p{M}'\s]+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(SCRIPT_BOUNDARY, '$1$2 ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isUnspaced(phrase: string): boolean {
  return UNSPACED.test(phrase);
}

export type MatchMode = 'word' | 'prefix';

/** Text prepared once for many phrase tests. */
export interface Prepared {
  padded: string;
  compact: string;
}

export function prepare(text: string): Prepared {
  return { padded: ` ${text} `, compact: text.replace(/ /g, '') };
}

/**
 * Whether a normalised phrase occurs in normalised text: CJK/Hangul phrases as substrings (spaces
 * ignored), others as whole words ('word') or at a word start ('prefix': "cookie" in "cookies").
 */
export function containsPhrase(text: Prepared, phrase: string, mode: MatchMode, unspaced = isUnspaced(phrase)): boolean {
  if (unspaced) return text.compact.includes(phrase.replace(/ /g, ''));
  return mode === 'word' ? text.padded.includes(` ${phrase} `) : text.padded.includes(` ${phrase}`);
}
