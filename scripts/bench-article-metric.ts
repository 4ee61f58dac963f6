/**
 * The article benchmark's own metric (issue 3; the same as scrapinghub/article-extraction-benchmark's
 * evaluate.py): tokens are maximal runs of Unicode letters, digits and `_`, case kept; each text is
 * the multiset of its token 4-grams (1–3 tokens make one short shingle, none make none); per page
 * tp/fp/fn are divided by their sum; precision is averaged over pages with a non-empty prediction,
 * recall over all pages, and F1 = 2PR/(P+R) from the two means.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const count = Math.max(tokens.length - 3, tokens.length > 0 ? 1 : 0);
  for (let i = 0; i < count; i++) {
    const key = tokens.slice(i, i + 4).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

export function scorePage(truth: string, prediction: string): PageScore {
  const want = shingles(truth);
  const got = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of got) {
    const m = want.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [key, m] of want) fn += Math.max(0, m - (got.get(key) ?? 0));
  const total = tp + fp + fn;
  return total ? { tp: tp / total, fp: fp / total, fn: fn / total } : { tp: 0, fp: 0, fn: 0 };
}

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function summarize(scores: PageScore[]): Summary {
  const precision = mean(scores.filter((s) => s.tp + s.fp > 0).map((s) => s.tp / (s.tp + s.fp)));
  const recall = mean(scores.map((s) => (s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0)));
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
