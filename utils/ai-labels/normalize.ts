/**
 * Normalises label text so one phrase table covers the spellings publishers use: full-width forms
 * (NFKC), every hyphen and dash as "-", every apostrophe as "'", and any run of spaces as one.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u2018\u2019\u02BC\u2032\u00B4`]/g, "'")
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Quotation marks: a phrase between them is being quoted (a fact-check, a report), not used as a label. */
const QUOTES = new Set(['"', '“', '”', '„', '«', '»', '‹', '›', '「', '」', '『', '』', '〝', '〞', "'"]);

/** Whether the span [start, end) of `text` is wrapped in quotation marks. */
export function isQuoted(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && text[before] === ' ') before--;
  let after = end;
  while (after < text.length && text[after] === ' ') after++;
  return before >= 0 && after < text.length && QUOTES.has(text[before]!) && QUOTES.has(text[after]!);
}

/** Shortens a text to `max` characters on a word boundary where one is near. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
