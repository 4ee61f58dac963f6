import type { ConsentCategory } from '../../storage/preferences';
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { sv } from './sv';
import { tr } from './tr';
import { zhHans } from './zh-hans';
import { zhHant } from './zh-hant';
import { containsPhrase, isUnspaced, normalizeText, prepare, type MatchMode, type Prepared } from './normalize';
import type { WordTable } from './schema';

// Here, not in schema.ts: the content script needs the roles, not the table schema (tests validate the tables).
export type ControlRole = 'reject' | 'necessary' | 'settings' | 'save' | 'accept';
const CONTROL_ROLES: readonly ControlRole[] = ['reject', 'necessary', 'save', 'settings', 'accept'];

/**
 * Every language's table. WordTableSchema validates them in tests/unit/consent/words.test.ts, not
 * here: parsing at load would cost every page and frame the content script runs in.
 */
export const WORD_TABLES: readonly WordTable[] = [en, zhHans, zhHant, ja, ko, de, fr, es, it, pt, nl, pl, sv, da, ru, tr, cs];

interface Entry {
  /** Normalised; CJK phrases without spaces. */
  phrase: string;
  lang: string;
  unspaced: boolean;
  /** CJK characters carry a word each, so they weigh more than Latin letters when phrases compete. */
  weight: number;
}

function entries(pick: (table: WordTable) => string[]): Entry[] {
  return WORD_TABLES.flatMap((table) =>
    pick(table).map((raw) => {
      const normal = normalizeText(raw);
      const phrase = isUnspaced(normal) ? normal.replace(/ /g, '') : normal;
      const unspaced = isUnspaced(phrase);
      return { phrase, lang: table.lang, unspaced, weight: unspaced ? phrase.length * 3 : phrase.length };
    }),
  );
}

/**
 * A value computed on first use. Normalising every phrase of every table costs each page and frame
 * milliseconds at load; most pages have no banner, so only the detect phrases are ever prepared.
 */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const CATEGORY_NAMES = ['necessary', 'functional', 'analytics', 'advertising', 'social'] as const;
export type ToggleCategory = (typeof CATEGORY_NAMES)[number];

const detectEntries = lazy(() => entries((t) => t.detect));
const roleEntries = lazy(
  () => Object.fromEntries(CONTROL_ROLES.map((role) => [role, entries((t) => t[role])])) as Record<ControlRole, Entry[]>,
);
const wallEntries = lazy(() => entries((t) => t.wall));
const cookieEntries = lazy(() => entries((t) => t.cookie));
const categoryEntries = lazy(() => CATEGORY_NAMES.map((name) => [name, entries((t) => t.categories[name])] as const));

function firstMatch(text: Prepared, list: Entry[], mode: MatchMode): Entry | undefined {
  return list.find((entry) => containsPhrase(text, entry.phrase, mode, entry.unspaced));
}

/** Control labels longer than this are prose (a link around a paragraph), not a button. */
const MAX_LABEL = 80;

export interface ControlMatch {
  role: ControlRole;
  phrase: string;
  lang: string;
}

/**
 * The role of a button/link label, or null. The longest matching phrase over all languages decides
 * ("continue without accepting" beats "continue" and "accept"); on a tie, accept wins, so an
 * ambiguous label is never clicked as a reject.
 */
export function classifyLabel(label: string): ControlMatch | null {
  const normal = normalizeText(label);
  if (!normal || normal.length > MAX_LABEL) return null;
  const text = prepare(normal);
  let best: (Entry & { role: ControlRole }) | null = null;
  const byRole = roleEntries();
  for (const role of CONTROL_ROLES) {
    for (const entry of byRole[role]) {
      if (best && (entry.weight < best.weight || (entry.weight === best.weight && role !== 'accept'))) continue;
      if (containsPhrase(text, entry.phrase, 'word', entry.unspaced)) best = { ...entry, role };
    }
  }
  return best && { role: best.role, phrase: best.phrase, lang: best.lang };
}

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
 * The pre-filter on raw text, built from the detect phrases as written (tables are lower case and
 * normalised; words.test.ts checks that each normalised phrase starts with its stem): the first
 * word of each phrase. No normalising and no Unicode-property regexp, so a page without a banner
 * pays for neither.
 */
const detectStems = lazy(() => {
  const stems = [...new Set(WORD_TABLES.flatMap((t) => t.detect.map((phrase) => phrase.toLowerCase().split(' ')[0]!)))];
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

/** Whether text names cookies or trackers (stricter than consent vocabulary; see schema.ts). */
export function hasCookieVocabulary(text: string): boolean {
  return firstMatch(prepare(normalizeText(text)), cookieEntries(), 'prefix') !== undefined;
}

/** Whether text offers a paid, ad-free alternative (consent-or-pay wall). */
export function hasWallVocabulary(text: string): boolean {
  return firstMatch(prepare(normalizeText(text)), wallEntries(), 'word') !== undefined;
}

/** Categories a toggle's label names; "necessary" included so such toggles are left alone. */
export function categoriesOf(label: string): Set<ToggleCategory> {
  const text = prepare(normalizeText(label));
  const found = new Set<ToggleCategory>();
  for (const [name, list] of categoryEntries()) if (firstMatch(text, list, 'prefix')) found.add(name);
  return found;
}

export const CONSENT_CATEGORIES: readonly ConsentCategory[] = ['functional', 'analytics', 'advertising', 'social'];
export { normalizeText } from './normalize';
export type { WordTable } from './schema';
