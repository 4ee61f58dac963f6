import type { PhraseKind, PhraseTable } from './phrase-schema';

export interface CompiledKind {
  kind: PhraseKind;
  /** Whether a match may be followed by more of its sentence (self-describing disclosure sentences). */
  sentence: boolean;
  regex: RegExp;
}

export interface CompiledLanguage {
  lang: string;
  kinds: CompiledKind[];
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
  /** Exactly a word for "AI" in any language: "Ilustração: IA" credits AI as the image's author. */
  aiWord: RegExp;
  /** Credit-line prefixes of every language ("Illustration", "Symbolbild", "图片"), longest first. */
  prefix: RegExp;
}

const cache = new WeakMap<PhraseTable, CompiledTable>();
const LETTER_EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const LETTER_EDGE_AFTER = '(?![\\p{L}\\p{N}])';
/** Scripts without spaces still must not match "AI" inside a Latin word such as "OpenAI". */
const LATIN_EDGE_BEFORE = '(?<![A-Za-z])';

/**
 * Phrase patterns run without the `i` flag over lower-cased text: V8 compiles case-insensitive
 * Unicode patterns several times slower (≈1.5 s vs 0.25 s for this table on first use).
 */
function lowerSource(source: string): string {
  return source.toLowerCase().replaceAll('\\p{l}', '\\p{L}').replaceAll('\\p{n}', '\\p{N}');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles a validated phrase table into regular expressions once per table object. */
export function compileTable(table: PhraseTable): CompiledTable {
  const cached = cache.get(table);
  if (cached) return cached;
  const gen = `(?:${table.generators.map((g) => g.pattern).join('|')})`;
  const lowerGen = lowerSource(gen);
  const languages = table.languages.map((language): CompiledLanguage => {
    const ai = `(?:${language.ai.map(lowerSource).join('|')})`;
    const [before, after] = language.wordBoundaries ? [LETTER_EDGE_BEFORE, LETTER_EDGE_AFTER] : [LATIN_EDGE_BEFORE, ''];
    const build = (sources: string[]) =>
      new RegExp(
        `${before}(?:${sources.map((s) => lowerSource(s).replaceAll('{ai}', ai).replaceAll('{gen}', lowerGen)).join('|')})${after}`,
        'gu',
      );
    const kinds: CompiledKind[] = [];
    const add = (kind: PhraseKind, sources: string[], sentence = false) => {
      if (sources.length) kinds.push({ kind, sentence, regex: build(sources) });
    };
    add('text', language.sentences, true);
    add('image', language.image);
    add('video', language.video);
    add('text', language.text);
    add('generic', language.generic);
    const connectors = language.connectors.length
      ? new RegExp(`^(?:${language.connectors.map(escape).join('|')})(?![\\p{L}])`, 'iu')
      : null;
    return { lang: language.lang, kinds, connectors };
  });
  const acronyms = ['AI', 'Ai', 'KI', 'IA', 'SI', 'ИИ', 'A\\.I\\.', 'AIGC'];
  const words = table.languages.flatMap((l) => l.ai).filter((w) => !/^[A-Z.\\]+$/.test(w) && w !== 'Ai');
  // Acronyms are matched with their case ("AI", not the "ai" inside "said"); words without it.
  const acronym = new RegExp(`(?<![A-Za-z])(?:${acronyms.join('|')})(?![a-z])`, 'u');
  const word = new RegExp(`(?<![a-z])ai[- ]?(?:generated|assisted|created|made|written)|${words.join('|')}|${gen}`, 'iu');
  const prefixes = [...new Set(table.languages.flatMap((l) => l.prefixes))].sort((a, b) => b.length - a.length);
  const compiled: CompiledTable = {
    languages,
    mayHoldLabel: (text) => acronym.test(text) || word.test(text),
    generators: table.generators.map((g) => ({ name: g.name, makes: g.makes, whole: new RegExp(`^(?:${g.pattern})$`, 'iu') })),
    aiWord: new RegExp(`^(?:${[...new Set(table.languages.flatMap((l) => l.ai))].join('|')})$`, 'iu'),
    anyGenerator: new RegExp(`${LETTER_EDGE_BEFORE}${gen}${LETTER_EDGE_AFTER}`, 'giu'),
    prefix: new RegExp(`^(?:${prefixes.map(escape).join('|')})(?:\\s*[:：]\\s*|\\s+|$)`, 'iu'),
  };
  cache.set(table, compiled);
  return compiled;
}
