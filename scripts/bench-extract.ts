/**
 * bench:extract — Candor's article extractor against plain @mozilla/readability on a corpus of
 * `<id>/page.html` + `<id>/truth.json` (articleBody), over the same linkedom documents, with the
 * benchmark's own token 4-gram metric (bench-article-metric.ts).
 *
 *   npm run --silent bench:extract -- ../shared/corpus/articles [--predictions out.json] [--ablate]
 *
 * --ablate re-runs Candor once per body rule with that rule switched off and prints what each rule
 * is worth on the whole corpus (the justification the issue asks of every rule).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { BLOCK_RULES, ELEMENT_RULES } from '../utils/article/body-rules';
import { detectArticle } from '../utils/article/detect';
import { scorePage, summarize, type PageScore } from './bench-article-metric';

interface Page {
  id: string;
  html: string;
  truth: string;
}

function loadCorpus(dir: string): Page[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'truth.json')))
    .map((entry) => entry.name)
    .sort()
    .map((id) => ({
      id,
      html: readFileSync(join(dir, id, 'page.html'), 'utf8'),
      truth: (JSON.parse(readFileSync(join(dir, id, 'truth.json'), 'utf8')) as { articleBody: string }).articleBody,
    }));
}

const parse = (html: string) => parseHTML(html).document as unknown as Document;

type Extractor = (doc: Document) => string;

const readability: Extractor = (doc) => new Readability(doc).parse()?.textContent ?? '';
const candor =
  (disabled?: Set<string>): Extractor =>
  (doc) =>
    detectArticle(doc, { disabled })?.text ?? '';

interface Run {
  scores: PageScore[];
  ms: number[];
  texts: Record<string, string>;
}

function run(pages: Page[], extract: Extractor): Run {
  const out: Run = { scores: [], ms: [], texts: {} };
  for (const page of pages) {
    const doc = parse(page.html); // parsing is not timed: both extractors get a fresh document
    const start = performance.now();
    const text = extract(doc);
    out.ms.push(performance.now() - start);
    out.texts[page.id] = text;
    out.scores.push(scorePage(page.truth, text));
  }
  return out;
}

function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function line(name: string, result: Run): string {
  const s = summarize(result.scores);
  const mean = result.ms.reduce((a, b) => a + b, 0) / result.ms.length;
  const f = (x: number) => x.toFixed(3);
  const ms = (x: number) => x.toFixed(1);
  return `${name.padEnd(12)} precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}  ms/page mean ${ms(mean)}  median ${ms(quantile(result.ms, 0.5))}  p90 ${ms(quantile(result.ms, 0.9))}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  const predictionsAt = args.indexOf('--predictions');
  if (!dir || !existsSync(dir)) {
    console.error('usage: npm run --silent bench:extract -- <corpus-dir> [--predictions out.json] [--ablate]');
    process.exit(2);
  }
  const pages = loadCorpus(dir);
  if (!pages.length) {
    console.error(`no <id>/page.html + truth.json pages under ${dir}`);
    process.exit(2);
  }
  // Warm both code paths up so neither pays the JIT's first-run cost in the timed pass.
  run(pages.slice(0, 5), readability);
  run(pages.slice(0, 5), candor());
  // Interleave timed passes so machine noise hits both extractors alike; keep each page's best time.
  const passes = 3;
  let plain: Run | undefined;
  let ours: Run | undefined;
  for (let i = 0; i < passes; i++) {
    const r = run(pages, readability);
    const c = run(pages, candor());
    plain = plain ? { ...plain, ms: plain.ms.map((ms, k) => Math.min(ms, r.ms[k]!)) } : r;
    ours = ours ? { ...ours, ms: ours.ms.map((ms, k) => Math.min(ms, c.ms[k]!)) } : c;
  }
  console.log(`pages ${pages.length} (${dir}); best of ${passes} interleaved passes per page`);
  console.log(line('readability', plain!));
  console.log(line('candor', ours!));
  const ratio = (xs: Run) => xs.ms.reduce((a, b) => a + b, 0);
  console.log(`time candor/readability (mean per page): ${(ratio(ours!) / ratio(plain!)).toFixed(2)}`);
  if (args.includes('--ablate')) {
    const base = summarize(ours!.scores).f1;
    const names = [...ELEMENT_RULES, ...BLOCK_RULES].map((r) => r.name).concat('section-ends');
    const bare = summarize(run(pages, candor(new Set(names))).scores).f1;
    console.log(`block-wise text of Readability's container, no rules: F1 ${bare.toFixed(4)}`);
    for (const name of names) {
      const f1 = summarize(run(pages, candor(new Set([name]))).scores).f1;
      console.log(`rule ${name.padEnd(14)} F1 without ${f1.toFixed(4)}  gain ${(base - f1 >= 0 ? '+' : '') + (base - f1).toFixed(4)}`);
    }
  }
  if (predictionsAt >= 0) {
    const out = args[predictionsAt + 1];
    if (!out) throw new Error('--predictions needs a file name');
    writeFileSync(out, JSON.stringify(ours!.texts, null, 1));
    console.log(`predictions written to ${out}`);
  }
}

main();
