import { scriptsOf, type CompiledTable } from './compile';
import { isQuoted } from './normalize';
import type { PhraseKind } from './phrase-schema';

export interface PhraseMatch {
  kind: PhraseKind;
  lang: string;
  start: number;
  end: number;
  sentence: boolean;
}

export interface LabelHit {
  kind: PhraseKind;
  lang: string | null;
  /** The publisher's words, as shown (normalised). */
  phrase: string;
  /** True when the label names a video generator (Sora, Veo…). */
  videoGenerator?: boolean;
}

const KIND_ORDER: Record<PhraseKind, number> = { image: 0, video: 1, text: 2, generic: 3 };

/** Orders languages so an element's own `lang` decides between scripts that share a phrase (AI生成). */
function languagesFor(table: CompiledTable, preferLang: string | null) {
  if (!preferLang) return table.languages;
  const want = preferLang.toLowerCase();
  const traditional = /^zh-(?:hant|tw|hk|mo)/.test(want);
  const score = (lang: string) => {
    const l = lang.toLowerCase();
    if (l === want || (l === 'zh-hant' && traditional)) return 0;
    if (l.split('-')[0] === want.split('-')[0] && !(l === 'zh-hant' && !traditional)) return 1;
    return 2;
  };
  return [...table.languages].sort((a, b) => score(a.lang) - score(b.lang));
}

/**
 * Every non-overlapping, unquoted phrase in `text`: longest first, then the preferred language.
 * Generator credits ("creada con Midjourney") are looked for only where `credits` allows them.
 */
export function findPhrases(text: string, table: CompiledTable, preferLang: string | null = null, credits = false): PhraseMatch[] {
  const all: (PhraseMatch & { order: number })[] = [];
  // Patterns are lower-case (see compile.ts); keep offsets valid where lower-casing changes length.
  const lower = text.toLowerCase();
  const subject = table.markGenerators(lower.length === text.length ? lower : text);
  const scripts = scriptsOf(subject);
  languagesFor(table, preferLang).forEach((language, order) => {
    if (!scripts.has(language.script)) return;
    for (const compiled of language.kinds) {
      if (compiled.credit && !credits) continue;
      for (const m of subject.matchAll(compiled.regex)) {
        if (!m[0].trim()) continue;
        const start = m.index;
        all.push({ kind: compiled.kind, lang: language.lang, start, end: start + m[0].length, sentence: compiled.sentence, order });
      }
    }
  });
  all.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const chosen: PhraseMatch[] = [];
  let reached = 0;
  for (const m of all) {
    if (m.start < reached) continue;
    if (isQuoted(text, m.start, m.end)) {
      reached = m.end; // nor any shorter phrase inside the quotation
      continue;
    }
    // A longer match starting later can still beat a shorter overlapping one.
    chosen.push({ kind: m.kind, lang: m.lang, start: m.start, end: m.end, sentence: m.sentence });
    reached = m.end;
  }
  return chosen;
}

/** Removes credit prefixes ("Illustration:", "Symbolbild:", "图：") from the start of a text. */
function stripPrefixes(text: string, table: CompiledTable): { rest: string; hadPrefix: boolean } {
  let rest = text.trim();
  let hadPrefix = false;
  for (let i = 0; i < 3; i++) {
    const m = table.prefix.exec(rest);
    if (!m || !m[0]) break;
    rest = rest.slice(m[0].length).trim();
    hadPrefix = true;
  }
  return { rest, hadPrefix };
}

const HAS_LETTER = /\p{L}/u;

/**
 * Whether the phrases cover the whole text: what is left once they, credit prefixes, supporting
 * generator names and punctuation are removed has no letters. A label is a standalone text; the
 * same words inside a sentence about something else are prose.
 */
export function coversWhole(text: string, matches: PhraseMatch[], table: CompiledTable): boolean {
  if (!matches.length) return false;
  let rest = '';
  let at = 0;
  for (const m of matches) {
    rest += `${text.slice(at, m.start)} | `;
    at = m.end;
    if (m.sentence) {
      // A disclosure sentence may go on ("…with the help of AI and checked by an editor."), and a
      // note that opens with one may add more ("… Our editors checked it."); prose does not open so.
      const opensNote = !HAS_LETTER.test(stripPrefixes(rest.replace(/[|:：*※\s]/gu, ' '), table).rest);
      const stop = text.slice(at).search(/[.!?。！？](?:\s|$)|[。！？]/u);
      at = opensNote || stop < 0 ? text.length : at + stop;
    }
  }
  rest += text.slice(at);
  const pieces = rest.split(' | ').map((piece) => {
    const cleaned = piece.replace(/[()[\]{}<>:：;,.!?。！？、·•|/*※#\-–—~_=+'"]/gu, ' ').trim();
    return stripPrefixes(cleaned, table).rest.replace(table.anyGenerator, ' ');
  });
  return !pieces.some((piece) => HAS_LETTER.test(piece));
}

/** Splits a caption into clauses: sentences, parentheses and the separators of credit lines. */
export function splitClauses(text: string): string[] {
  return text
    .split(/[|•;!?。！？；()[\]]|(?<=\S)\.(?=\s|$)|\s[·\-–—]\s|\//u)
    .map((clause) => clause.trim())
    .filter(Boolean);
}

/**
 * Labels in a standalone text (a pill, an overlay, a one-line note): only when they cover it whole.
 * `credits` admits generator credits, for captions, credit lines and alt texts.
 */
export function labelsInStandalone(text: string, table: CompiledTable, preferLang: string | null, credits = false): LabelHit[] {
  const matches = findPhrases(text, table, preferLang, credits);
  if (!coversWhole(text, matches, table)) {
    // A meta line: "KI-gestützt · 3 Min.", "AI-assisted | Updated 10:42".
    const segments = text.split(/\s[·•|]\s/u);
    return segments.length > 1 ? segments.flatMap((segment) => labelsInStandalone(segment.trim(), table, preferLang, credits)) : [];
  }
  if (matches.length === 1) return [{ kind: matches[0]!.kind, lang: matches[0]!.lang, phrase: text }];
  return matches.map((m) => ({ kind: m.kind, lang: m.lang, phrase: text.slice(m.start, m.end) }));
}

/**
 * A credit naming a generator: "Illustration: Midjourney", "Midjourney / Tidewire" in a credit
 * element, "(DALL·E)" alone in a caption. A generator name anywhere else is prose about it.
 */
function generatorCredit(clause: string, table: CompiledTable, isCredit: boolean): LabelHit | null {
  const { rest, hadPrefix } = stripPrefixes(clause, table);
  if (!rest) return null;
  const parts = rest.split(/\s*[,&+]\s*/u).map((p) => p.trim()).filter(Boolean);
  const generatorOf = (part: string) => table.generators.find((g) => g.whole.test(part));
  const named = parts.map(generatorOf);
  // "Illustration: AI" credits AI as the author; a bare "AI" elsewhere is a topic, not a credit.
  const creditsAi = hadPrefix && parts.some((part) => table.aiWord.test(part));
  const credited = creditsAi || (hadPrefix || isCredit ? named.some(Boolean) : named.every(Boolean));
  if (!credited) return null;
  return { kind: 'image', lang: null, phrase: clause, videoGenerator: named.some((g) => g?.makes === 'video') };
}

/** Labels in a caption or credit line: any clause that is wholly a label or a generator credit. */
export function labelsInCaption(
  text: string,
  table: CompiledTable,
  preferLang: string | null,
  isCredit: boolean,
): LabelHit[] {
  const whole = labelsInStandalone(text, table, preferLang, true);
  if (whole.length) return whole;
  const hits: LabelHit[] = [];
  for (const clause of splitClauses(text)) {
    const labels = labelsInStandalone(clause, table, preferLang, true);
    if (labels.length) hits.push(...labels);
    else {
      const credit = generatorCredit(clause, table, isCredit);
      if (credit) hits.push(credit);
    }
  }
  return hits;
}

/**
 * An alt text labels its own image when a clause of it is a label, or when it opens with an image
 * label followed by what the image shows ("AI-generated image of a harbour at dawn").
 */
export function labelsInAlt(text: string, table: CompiledTable, preferLang: string | null): LabelHit[] {
  const hits = labelsInCaption(text, table, preferLang, false);
  if (hits.length) return hits;
  const first = findPhrases(text, table, preferLang, true)[0];
  if (!first || first.start !== 0 || (first.kind !== 'image' && first.kind !== 'video' && first.kind !== 'generic')) return [];
  const after = text.slice(first.end).trimStart();
  const language = table.languages.find((l) => l.lang === first.lang);
  const opensDescription = /^[:：,\-–—]/u.test(after) || !!language?.connectors?.test(after);
  return opensDescription ? [{ kind: first.kind, lang: first.lang, phrase: text.slice(0, first.end) }] : [];
}
