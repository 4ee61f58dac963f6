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
import { CONTROL_ROLES, type ControlRole, type WordTable } from './schema';

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

const ROLE_ENTRIES = Object.fromEntries(CONTROL_ROLES.map((role) => [role, entries((t) => t[role])])) as Record<
  ControlRole,
  Entry[]
>;
const DETECT = entries((t) => t.detect);
const WALL = entries((t) => t.wall);
const COOKIE = entries((t) => t.cookie);
const CATEGORY_NAMES = ['necessary', 'functional', 'analytics', 'advertising', 'social'] as const;
export type ToggleCategory = (typeof CATEGORY_NAMES)[number];
const CATEGORY_ENTRIES = CATEGORY_NAMES.map((name) => [name, entries((t) => t.categories[name])] as const);

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
  for (const role of CONTROL_ROLES) {
    for (const entry of ROLE_ENTRIES[role]) {
      if (best && (entry.weight < best.weight || (entry.weight === best.weight && role !== 'accept'))) continue;
      if (containsPhrase(text, entry.phrase, 'word', entry.unspaced)) best = { ...entry, role };
    }
  }
  return best && { role: best.role, phrase: best.phrase, lang: best.lang };
}

/** Cheap pre-filter on raw text (first word of every detect phrase), before normalising. */
const DETECT_STEMS = new RegExp(
  [...new Set(DETECT.map((entry) => entry.phrase.split(' ')[0]!))].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'iu',
);
export function mayHaveConsentVocabulary(raw: string): boolean {
  return DETECT_STEMS.test(raw);
}

/** Whether text speaks of cookies / consent / privacy in any table's language. */
export function hasConsentVocabulary(text: string): boolean {
  return firstMatch(prepare(normalizeText(text)), DETECT, 'prefix') !== undefined;
}

/** Whether text names cookies or trackers (stricter than consent vocabulary; see schema.ts). */
export function hasCookieVocabulary(text: string): boolean {
  return firstMatch(prepare(normalizeText(text)), COOKIE, 'prefix') !== undefined;
}

/** Whether text offers a paid, ad-free alternative (consent-or-pay wall). */
export function hasWallVocabulary(text: string): boolean {
  return firstMatch(prepare(normalizeText(text)), WALL, 'word') !== undefined;
}

/** Categories a toggle's label names; "necessary" included so such toggles are left alone. */
export function categoriesOf(label: string): Set<ToggleCategory> {
  const text = prepare(normalizeText(label));
  const found = new Set<ToggleCategory>();
  for (const [name, list] of CATEGORY_ENTRIES) if (firstMatch(text, list, 'prefix')) found.add(name);
  return found;
}

export const CONSENT_CATEGORIES: readonly ConsentCategory[] = ['functional', 'analytics', 'advertising', 'social'];
export { normalizeText } from './normalize';
export type { ControlRole, WordTable } from './schema';
