import { COMPAT } from './prefilter';
import type { TriggerTable } from './trigger-schema';

/**
 * Builds the prefilter's pattern from a trigger table (triggers.ts). The content script does not
 * run this: building it in a cold page took 4-10 ms of main-thread CPU, so its result is kept in
 * trigger-pattern.ts, which tests/unit/ai-labels/prefilter.test.ts compares with a fresh build.
 */
/** What a hyphen in a term stands for: any run of dashes, dots, middle dots and spaces, or nothing. */
const SEPARATORS = '[-\\s.·•‐-―−]*';
const FULL_WIDTH_PUNCTUATION: Record<string, string> = { '.': '[.．]', '(': '[(（]', ')': '[)）]' };
/** Characters with a meaning in a pattern (a lookup: String.replace with "$&" is slow on a cold page). */
const SYNTAX = '.*+?^${}()|[]\\/';

/** A term's characters as pattern pieces: letters in both cases when it is matched in any case. */
function pieces(term: string, anyCase: boolean): string[] {
  return [...term].map((ch) => {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (ch === ' ') return '\\s*';
    if (ch === '-') return SEPARATORS;
    if (ch === '#') return '\\d';
    if (FULL_WIDTH_PUNCTUATION[ch]) return FULL_WIDTH_PUNCTUATION[ch];
    if (anyCase && lower !== upper && upper.length === 1) return `[${lower}${upper}]`;
    return SYNTAX.includes(ch) ? `\\${ch}` : ch;
  });
}

const LATIN = /[A-Za-z]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const letters = (ch: string) => (LATIN.test(ch) ? 'A-Za-z' : CYRILLIC.test(ch) ? '\\u0400-\\u04ff' : '');

/**
 * A term's pieces such that no letter of its own script comes before it (nor, when `whole`, after
 * it): the detector's gate and phrase edges want whole words. The edge before is tested after the
 * first character, so every alternative of the pattern starts with a character.
 */
function boundedPieces(term: string, anyCase: boolean, whole: boolean): string[] {
  const [first, ...rest] = pieces(term, anyCase);
  const before = letters(term[0]!);
  const after = whole ? letters(term[term.length - 1]!) : '';
  return [first!, ...(before ? [`(?<![${before}].)`] : []), ...rest, ...(after ? [`(?![${after}])`] : [])];
}

interface Trie {
  next: Map<string, Trie>;
  end: boolean;
}

/**
 * The terms as one alternation factored by common beginnings ("a(?:i…|rtificial…)"): V8 tries the
 * alternatives of a position one by one, so this keeps it to a few comparisons per character.
 */
function alternation(terms: string[][]): string {
  const root: Trie = { next: new Map(), end: false };
  for (const term of terms) {
    let node = root;
    for (const piece of term) {
      if (node.end) break; // a shorter term already matches wherever this one would
      let child = node.next.get(piece);
      if (!child) node.next.set(piece, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
    node.next.clear();
  }
  const emit = (node: Trie): string => {
    const branches = [...node.next].map(([piece, child]) => piece + emit(child));
    return branches.length > 1 ? `(?:${branches.join('|')})` : (branches[0] ?? '');
  };
  return emit(root);
}

/** The pattern of a table: any term, or a character after which the text must be normalised. */
export function compileTriggers(table: TriggerTable): RegExp {
  const terms: string[][] = [];
  for (const language of table.languages) {
    for (const acronym of language.acronyms) terms.push(boundedPieces(acronym, false, true));
    for (const word of language.words) terms.push(boundedPieces(word, true, false));
    for (const acronym of language.acronyms) {
      for (const compound of language.compounds) terms.push(boundedPieces(`${acronym}-${compound}`, true, false));
    }
  }
  for (const generator of table.generators) terms.push(boundedPieces(generator, true, true));
  return new RegExp(`${alternation(terms)}|${COMPAT}`);
}

