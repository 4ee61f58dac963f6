import type { Highlight } from '../report/schema';
import { LEAD_PHRASES } from './boilerplate-phrases';
import { CJK_RUN, sentences } from './segment';

interface Candidate {
  text: string;
  /** Order in the article. */
  index: number;
  paragraph: number;
  terms: Set<string>;
}

const LATIN_TERM = /[\p{L}\p{N}]+/gu;
const SENTENCE_END = /[.!?。！？…]["'”’」』)）]*$/u;

/**
 * Terms for comparing sentences in any language: lower-cased words for space-separated scripts,
 * character bigrams for Chinese and Japanese (the usual unit of CJK retrieval; it needs no
 * dictionary and works where words are not separated by spaces).
 */
function termsOf(text: string): string[] {
  const terms: string[] = text.replace(CJK_RUN, ' ').toLowerCase().match(LATIN_TERM) ?? [];
  for (const run of text.match(CJK_RUN) ?? []) {
    if (run.length === 1) terms.push(run);
    for (let i = 0; i + 1 < run.length; i++) terms.push(run.slice(i, i + 2));
  }
  return terms;
}

/** A sentence a reader would take as one statement of the story, not a fragment, label or promo. */
function isCandidate(text: string, termCount: number): boolean {
  if (termCount < 6 || termCount > 70 || !SENTENCE_END.test(text)) return false;
  const lower = text.toLowerCase();
  if (/https?:\/\/|www\.|@\w/.test(lower)) return false;
  if (LEAD_PHRASES.some((phrase) => lower.startsWith(phrase))) return false;
  if (/^(by|von|par|por|di|door|oleh)\s/i.test(text)) return false; // a byline that ended in a full stop
  // ALL-CAPS lines are teasers and kicker headings (scripts without case are never "all caps").
  return text !== text.toUpperCase() || text === text.toLowerCase();
}

function candidatesOf(paragraphs: string[], lang: string | null): Candidate[] {
  const out: Candidate[] = [];
  // Where each paragraph starts in the joined text, to give every sentence its paragraph number.
  const starts: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    starts.push(offset);
    offset += paragraph.length + 1;
  }
  let p = 0;
  for (const { text, index } of sentences(paragraphs.join('\n'), lang)) {
    while (p + 1 < starts.length && starts[p + 1]! <= index) p++;
    const terms = termsOf(text);
    if (isCandidate(text, terms.length)) out.push({ text, index: out.length, paragraph: p, terms: new Set(terms) });
  }
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

/** How many highlights an article of this many usable sentences deserves: 3–5, fewer when short. */
function highlightCount(candidates: number): number {
  return Math.min(candidates, Math.max(3, Math.min(5, Math.round(candidates / 8))));
}

/**
 * Picks 3–5 sentences verbatim from the article, in article order. Each sentence is scored by
 *  - centrality: how much of the article's recurring vocabulary it carries (terms weighted by how
 *    many sentences use them, damped by inverse sentence frequency so that function words, which
 *    are in nearly every sentence of any language, count for little — no stop-word lists needed);
 *  - headline overlap: the headline names the story, so sentences sharing its terms carry it;
 *  - position: news is written as an inverted pyramid, so earlier paragraphs weigh more;
 *  - facts: numbers and capitalised names (in scripts with case) mark concrete statements.
 * Near-duplicates of an already chosen sentence are skipped.
 */
export function pickHighlights(paragraphs: string[], headline: string, lang: string | null): Highlight[] {
  const candidates = candidatesOf(paragraphs, lang);
  if (!candidates.length) return [];
  const sentenceFrequency = new Map<string, number>();
  for (const c of candidates) for (const term of c.terms) sentenceFrequency.set(term, (sentenceFrequency.get(term) ?? 0) + 1);
  const n = candidates.length;
  const weight = (term: string) => {
    const df = sentenceFrequency.get(term) ?? 0;
    return df > 1 ? (df - 1) * Math.log((n + 1) / df) : 0; // recurring, but not everywhere
  };
  const headlineTerms = new Set(termsOf(headline));
  const scored = candidates.map((c) => {
    let centrality = 0;
    for (const term of c.terms) centrality += weight(term);
    centrality /= Math.sqrt(c.terms.size);
    const headlineShare = headlineTerms.size ? overlap(c.terms, headlineTerms) : 0;
    const position = 1 / (1 + c.paragraph / 3);
    const facts = Math.min(3, (c.text.match(/\d+/g)?.length ?? 0) + (c.text.slice(1).match(/\s\p{Lu}\p{Ll}+/gu)?.length ?? 0) / 2);
    return { c, score: centrality * (1 + headlineShare) * (0.5 + position) + facts * 0.1 * centrality };
  });
  scored.sort((a, b) => b.score - a.score);
  const chosen: Candidate[] = [];
  const want = highlightCount(n);
  for (const { c } of scored) {
    if (chosen.length >= want) break;
    if (chosen.some((other) => overlap(c.terms, other.terms) > 0.6)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.index - b.index).map((c) => ({ text: c.text, source: 'extractive' }));
}
