import { CONSENT_DETECT } from './detect';
import { containsPhrase, isUnspaced, normalizeText, prepare, type MatchMode, type Prepared } from './normalize';

/**
 * Consent vocabulary: whether text speaks of cookies, consent or privacy in any language. What the
 * always-on content script's banner finder needs, apart from the control words of the word tables
 * (index.ts), which only the consent engine reads.
 */

export interface Entry {
  /** Normalised; CJK phrases without spaces. */
  phrase: string;
  lang: string;
  unspaced: boolean;
  /** CJK characters carry a word each, so they weigh more than Latin letters when phrases compete. */
  weight: number;
}

export function entryOf(raw: string, lang: string): Entry {
  const normal = normalizeText(raw);
  const phrase = isUnspaced(normal) ? normal.replace(/ /g, '') : normal;
  const unspaced = isUnspaced(phrase);
  return { phrase, lang, unspaced, weight: unspaced ? phrase.length * 3 : phrase.length };
}

/**
 * A value computed on first use. Normalising every phrase of every table costs each page and frame
 * milliseconds at load; most pages have no banner, so only the detect phrases are ever prepared.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function firstMatch(text: Prepared, list: Entry[], mode: MatchMode): Entry | undefined {
  return list.find((entry) => containsPhrase(text, entry.phrase, mode, entry.unspaced));
}

const DETECT = Object.entries(CONSENT_DETECT);
const detectEntries = lazy(() => DETECT.flatMap(([lang, list]) => list.map((raw) => entryOf(raw, lang))));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words of scripts written without spaces (CJK, Hangul) and beyond: matched as substrings. A
 * character-code test, not isUnspaced: its Unicode-property regexps take milliseconds to compile in
 * every frame, and a word wrongly counted here only makes the pre-filter looser.
 */
const matchesAnywhere = (stem: string) => stem.charCodeAt(0) >= 0x1100;

/** Lower and upper case are the same for everything but letters of cased scripts (Latin, Cyrillic…). */
const isCasedLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();

/**
 * The pre-filter on raw text, built from the detect phrases as written (they are lower case and
 * normalised; words.test.ts checks that each normalised phrase starts with its stem): the first
 * word of each phrase. No normalising and no Unicode-property regexp, so a page without a banner
 * pays for neither.
 */
const detectStems = lazy(() => {
  const stems = [...new Set(DETECT.flatMap(([, list]) => list.map((phrase) => phrase.toLowerCase().split(' ')[0]!)))];
  return new RegExp(stems.map(escapeRegExp).join('|'), 'gi');
});

/**
 * Whether raw text may speak of consent (before the exact test on normalised text): a detect stem
 * at a word start, that is after the text's start or a character that is not a cased letter
 * (space, punctuation, a digit, CJK), as hasConsentVocabulary wants it, so "review" and "metadata"
 * do not pass for "vie" and "data"; CJK and Hangul stems anywhere.
 */
export function mayHaveConsentVocabulary(raw: string): boolean {
  return consentStemStarts(raw, true).length > 0;
}

/**
 * The offsets where mayHaveConsentVocabulary sees a stem start a word in `raw` (all of them, or
 * the first only). One pass over text joined from many nodes with a separator that is no letter
 * ("\n") tests each node as mayHaveConsentVocabulary would, without a call per node.
 */
export function consentStemStarts(raw: string, firstOnly = false): number[] {
  const pattern = detectStems();
  const found: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(raw); match; match = pattern.exec(raw)) {
    if (match.index === 0 || !isCasedLetter(raw[match.index - 1]!) || matchesAnywhere(match[0])) {
      found.push(match.index);
      if (firstOnly) break;
    }
    pattern.lastIndex = match.index + 1;
  }
  return found;
}

/** Whether text speaks of cookies / consent / privacy in any table's language. */
export function hasConsentVocabulary(text: string): boolean {
  return firstMatch(prepare(normalizeText(text)), detectEntries(), 'prefix') !== undefined;
}
