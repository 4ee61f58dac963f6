import { normalizeText } from './normalize';
import type { LanguagePhrases, PhraseKind, PhraseTable } from './phrase-schema';
import { COMPAT } from './prefilter';

export interface CompiledKind {
  kind: PhraseKind;
  /** Whether a match may be followed by more of its sentence (self-describing disclosure sentences). */
  sentence: boolean;
  /** Whether the phrase is a generator credit, which counts only in a caption, credit or alt text. */
  credit: boolean;
  regex: RegExp;
}

export type Script = 'latin' | 'cjk' | 'hangul' | 'cyrillic';

export interface CompiledLanguage {
  lang: string;
  /** The script its phrases are written in: text without it cannot hold them (see scriptsOf). */
  script: Script;
  /** Built on first use and kept: a page only pays for the languages its text is written in. */
  readonly kinds: CompiledKind[];
  connectors: RegExp | null;
}

export interface CompiledTable {
  languages: CompiledLanguage[];
  /** Cheap pre-filter: text without any of these words cannot hold a label. */
  mayHoldLabel(text: string): boolean;
  /** Generator names, anchored: a whole credit part must be one of them. */
  generators: { name: string; makes: 'image' | 'video'; whole: RegExp }[];
  /** Any generator name, for removing supporting mentions next to a real label ("… (DALL·E)"). */
  anyGenerator: RegExp;
  /**
   * The text with every generator name overwritten by GENERATOR_MARK, character for character (so
   * offsets stay valid): phrase patterns then match `{GEN}` as a run of marks.
   */
  markGenerators(lowerText: string): string;
  /** Exactly a word for "AI" in any language: "Ilustração: IA" credits AI as the image's author. */
  aiWord: RegExp;
  /** Credit-line prefixes of every language ("Illustration", "Symbolbild", "图片"), longest first. */
  prefix: RegExp;
}

const cache = new WeakMap<PhraseTable, CompiledTable>();
/**
 * Letters of the alphabetic scripts in the table (Latin, Greek, Cyrillic) and digits, lower case:
 * explicit ranges instead of \p{L} keep the patterns free of Unicode property classes, which
 * makes V8 compile them several times faster (the table is compiled on every page load).
 */
const LETTER = '[0-9a-z\\u00b5\\u00df-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff]';
const LETTER_EDGE_BEFORE = `(?<!${LETTER})`;
const LETTER_EDGE_AFTER = `(?!${LETTER})`;
/** Scripts without spaces still must not match "AI" inside a Latin word such as "OpenAI". */
const LATIN_EDGE_BEFORE = '(?<![A-Za-z])';

/**
 * Phrase patterns run without the `i` flag over lower-cased text: V8 compiles case-insensitive
 * Unicode patterns several times slower (≈1.5 s vs 0.25 s for this table on first use).
 */
function lowerSource(source: string): string {
  return source.toLowerCase().replaceAll('\\p{l}', LETTER);
}

function scriptOfLang(lang: string): Script {
  const base = lang.split('-')[0]!.toLowerCase();
  if (base === 'zh' || base === 'ja') return 'cjk';
  if (base === 'ko') return 'hangul';
  if (['ru', 'uk', 'be', 'bg', 'sr', 'mk'].includes(base)) return 'cyrillic';
  return 'latin';
}

/**
 * The scripts a (lower-case) text is written in. Latin counts only with words beyond the "AI"
 * acronym, so "AI 生成的图像" does not run the Latin-language patterns: on most pages only one or
 * two scripts' patterns are ever compiled.
 */
export function scriptsOf(text: string): Set<Script> {
  const scripts = new Set<Script>();
  if (/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/.test(text)) scripts.add('cjk');
  if (/[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/.test(text)) scripts.add('hangul');
  if (/[\u0400-\u04ff]/.test(text)) scripts.add('cyrillic');
  if (/[a-z\u00df-\u024f]/.test(text.replace(/(?<![a-z])(?:ai|ki|ia|si|a\.i\.)(?![a-z])/g, ''))) scripts.add('latin');
  return scripts;
}

/**
 * Stands for a generator name in the text phrase patterns run over. Inlining the twenty generator
 * patterns into every phrase that credits one made V8 spend about 9 ms compiling each such
 * phrase (its regexp optimiser explores every combination of the optional parts around them);
 * with one private-use character in their place a language's patterns compile several times faster.
 */
export const GENERATOR_MARK = '\ue000';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One language's phrase patterns, by kind (see CompiledLanguage.kinds: built on first use). */
function compileKinds(language: LanguagePhrases): CompiledKind[] {
  const ai = `(?:${language.ai.map(lowerSource).join('|')})`;
  const [before, after] = language.wordBoundaries ? [LETTER_EDGE_BEFORE, LETTER_EDGE_AFTER] : [LATIN_EDGE_BEFORE, ''];
  const build = (sources: string[]) =>
    new RegExp(
      `${before}(?:${sources.map((s) => lowerSource(s).replaceAll('{ai}', ai).replaceAll('{gen}', `${GENERATOR_MARK}+`)).join('|')})${after}`,
      'g',
    );
  const kinds: CompiledKind[] = [];
  const add = (kind: PhraseKind, sources: string[], sentence = false, credit = false) => {
    if (sources.length) kinds.push({ kind, sentence, credit, regex: build(sources) });
  };
  add('text', language.sentences, true);
  add('image', language.image);
  add('image', language.credits, false, true);
  add('video', language.video);
  add('text', language.text);
  add('generic', language.generic);
  return kinds;
}

/** Compiles a validated phrase table into regular expressions once per table object. */
export function compileTable(table: PhraseTable): CompiledTable {
  const cached = cache.get(table);
  if (cached) return cached;
  const gen = `(?:${table.generators.map((g) => g.pattern).join('|')})`;
  const lowerGen = lowerSource(gen);
  const languages = table.languages.map((language): CompiledLanguage => {
    let kinds: CompiledKind[] | null = null;
    const connectors = language.connectors.length
      ? new RegExp(`^(?:${language.connectors.map(escape).join('|')})${LETTER_EDGE_AFTER}`, 'i')
      : null;
    return {
      lang: language.lang,
      script: scriptOfLang(language.lang),
      connectors,
      get kinds() {
        return (kinds ??= compileKinds(language));
      },
    };
  });
  const acronyms = ['AI', 'Ai', 'KI', 'IA', 'SI', 'ИИ', 'A\\.I\\.', 'AIGC'];
  const words = table.languages.flatMap((l) => l.ai).filter((w) => !/^[A-Z.\\]+$/.test(w) && w !== 'Ai');
  // Acronyms are matched with their case ("AI", not the "ai" inside "said"); words without it.
  const acronym = new RegExp(`(?<![A-Za-z])(?:${acronyms.join('|')})(?![a-z])`, 'u');
  // Run on every text node of the page: lower-case source over lower-cased text, no `i`/`u` flags
  // (V8 compiles a case-insensitive Unicode pattern with \p{L} classes many times slower).
  const word = new RegExp(`(?<![a-z])ai[- ]?(?:generated|assisted|created|made|written)|${words.map(lowerSource).join('|')}|${lowerGen}`);
  const prefixes = [...new Set(table.languages.flatMap((l) => l.prefixes))].sort((a, b) => b.length - a.length);
  const anyGenerator = new RegExp(`${LETTER_EDGE_BEFORE}${lowerGen}${LETTER_EDGE_AFTER}`, 'gi');
  const holdsWord = (text: string) => acronym.test(text) || word.test(text.toLowerCase());
  const compatibility = new RegExp(COMPAT);
  const compiled: CompiledTable = {
    languages,
    // Normalising (NFKC, no soft hyphens or zero-width characters) is what makes "ＡＩ 生成" or
    // "A\u00adI-generated" readable to the phrase patterns, so the gate reads such text that way too;
    // only text with such a character pays for it.
    mayHoldLabel: (text) => holdsWord(text) || (compatibility.test(text) && holdsWord(normalizeText(text))),
    generators: table.generators.map((g) => ({ name: g.name, makes: g.makes, whole: new RegExp(`^(?:${g.pattern})$`, 'i') })),
    aiWord: new RegExp(`^(?:${[...new Set(table.languages.flatMap((l) => l.ai))].map(lowerSource).join('|')})$`, 'i'),
    anyGenerator,
    markGenerators: (text) => text.replace(anyGenerator, (name) => GENERATOR_MARK.repeat(name.length)),
    prefix: new RegExp(`^(?:${prefixes.map(escape).join('|')})(?:\\s*[:：]\\s*|\\s+|$)`, 'i'),
  };
  cache.set(table, compiled);
  return compiled;
}
