/**
 * Language-aware splitting with Intl.Segmenter: Chinese and Japanese have no spaces between words,
 * so a regex split would count a whole paragraph as one word and never find a sentence end.
 * Segmenters are cached per locale because constructing one costs more than using it.
 */
const cache = new Map<string, Intl.Segmenter>();

function segmenter(lang: string | null, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${lang ?? ''}|${granularity}`;
  let found = cache.get(key);
  if (!found) {
    let locale: string | undefined;
    try {
      locale = lang ? Intl.getCanonicalLocales(lang)[0] : undefined;
    } catch {
      locale = undefined; // a page's lang attribute may be garbage ("en_US", "x")
    }
    found = new Intl.Segmenter(locale, { granularity });
    cache.set(key, found);
  }
  return found;
}

/** The word-like segments of a text (words; for CJK, dictionary words). */
export function words(text: string, lang: string | null): string[] {
  const out: string[] = [];
  for (const part of segmenter(lang, 'word').segment(text)) if (part.isWordLike) out.push(part.segment);
  return out;
}

/**
 * Languages that write ordinals with a full stop ("am 3. Oktober", "15. marraskuuta"), where
 * Intl.Segmenter (ICU) ends a sentence after the number.
 */
const ORDINAL_DOT_LANGS = new Set(['de', 'da', 'nb', 'nn', 'no', 'fi', 'is', 'et', 'lv', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'pl', 'hu', 'tr']);

export interface Sentence {
  text: string;
  /** Offset of the (untrimmed) sentence in the segmented text. */
  index: number;
}

/**
 * Sentences of a text, trimmed, empty ones dropped. Segment long texts in one call: each call
 * clones ICU's break iterator, which in Chromium costs more than segmenting the text itself.
 * Sentences never run across a line break, so paragraphs joined with "\n" stay apart.
 */
export function sentences(text: string, lang: string | null): Sentence[] {
  const ordinals = ORDINAL_DOT_LANGS.has((lang ?? '').split('-')[0]!.toLowerCase());
  const out: Sentence[] = [];
  let carry: Sentence | null = null;
  for (const part of segmenter(lang, 'sentence').segment(text)) {
    const joined: Sentence = carry ? { text: carry.text + part.segment, index: carry.index } : { text: part.segment, index: part.index };
    // "Am 3." + "Oktober …" is one sentence; keep the original spacing so the text stays verbatim.
    if (ordinals && /(^|\s)\d{1,2}\.$/.test(joined.text.trim()) && !joined.text.endsWith('\n')) {
      carry = joined;
      continue;
    }
    carry = null;
    if (joined.text.trim()) out.push({ text: joined.text.trim(), index: joined.index });
  }
  if (carry?.text.trim()) out.push({ text: carry.text.trim(), index: carry.index });
  return out;
}

/** Runs of Chinese/Japanese characters (Han, Hiragana, Katakana): scripts written without spaces. */
export const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

export interface WordCount {
  words: number;
  /** Chinese/Japanese characters, which set the reading time of those scripts. */
  cjkChars: number;
  /** Words of space-separated scripts. */
  otherWords: number;
}

/**
 * Counts words in any script. Space-separated scripts are counted with a regex; only the Chinese and
 * Japanese runs go through Intl.Segmenter's dictionary, because segmenting a whole long article
 * word by word costs about as much as Readability itself (measured with bench:extract).
 */
export function countWords(text: string): WordCount {
  const cjkRuns = text.match(CJK_RUN) ?? [];
  const cjkChars = cjkRuns.reduce((n, run) => n + run.length, 0);
  const cjkWords = cjkChars ? words(cjkRuns.join('\n'), 'zh').length : 0;
  const otherWords = (cjkChars ? text.replace(CJK_RUN, ' ') : text).match(WORD)?.length ?? 0;
  return { words: cjkWords + otherWords, cjkChars, otherWords };
}

/**
 * Reading time: about 230 words a minute for space-separated scripts and about 400 characters a
 * minute for Chinese and Japanese, whose reading speed is measured in characters.
 */
export function readingMinutes({ words: total, cjkChars, otherWords }: WordCount): number {
  return total ? Math.max(1, Math.round(cjkChars / 400 + otherWords / 230)) : 0;
}
