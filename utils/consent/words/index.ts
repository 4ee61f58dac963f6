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
import { containsPhrase, normalizeText, prepare } from './normalize';
import { entryOf, firstMatch, lazy, type Entry } from './vocabulary';
import type { WordTable } from './schema';

// Here, not in schema.ts: the content script needs the roles, not the table schema (tests validate the tables).
export type ControlRole = 'reject' | 'necessary' | 'settings' | 'save' | 'accept';
const CONTROL_ROLES: readonly ControlRole[] = ['reject', 'necessary', 'save', 'settings', 'accept'];

/**
 * Every language's table. WordTableSchema validates them in tests/unit/consent/words.test.ts, not
 * here: parsing at load would cost every page and frame the content script runs in.
 */
export const WORD_TABLES: readonly WordTable[] = [en, zhHans, zhHant, ja, ko, de, fr, es, it, pt, nl, pl, sv, da, ru, tr, cs];

function entries(pick: (table: WordTable) => string[]): Entry[] {
  return WORD_TABLES.flatMap((table) => pick(table).map((raw) => entryOf(raw, table.lang)));
}

const CATEGORY_NAMES = ['necessary', 'functional', 'analytics', 'advertising', 'social'] as const;
export type ToggleCategory = (typeof CATEGORY_NAMES)[number];

const roleEntries = lazy(
  () => Object.fromEntries(CONTROL_ROLES.map((role) => [role, entries((t) => t[role])])) as Record<ControlRole, Entry[]>,
);
const wallEntries = lazy(() => entries((t) => t.wall));
const cookieEntries = lazy(() => entries((t) => t.cookie));
const categoryEntries = lazy(() => CATEGORY_NAMES.map((name) => [name, entries((t) => t.categories[name])] as const));

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
export { consentStemStarts, hasConsentVocabulary, mayHaveConsentVocabulary } from './vocabulary';
export type { WordTable } from './schema';
