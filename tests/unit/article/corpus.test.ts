import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { scorePage, summarize } from '../../../scripts/bench-article-metric';
import { parseHtml } from './load-page';

/** The shared article corpus (../shared from the repository root); a user's clone does not have it. */
const CORPUS = resolve(__dirname, '../../../../shared/corpus/articles');
const present = existsSync(CORPUS);
if (!present) console.warn(`[article corpus test] skipped: ${CORPUS} is absent (it exists only on the team's machines).`);

describe.skipIf(!present)('article corpus (../shared/corpus/articles)', () => {
  it('beats plain Readability and reaches F1 ≥ 0.965 with the benchmark metric; every page is an article', () => {
    const ids = readdirSync(CORPUS).filter((id) => existsSync(join(CORPUS, id, 'truth.json')));
    const ours = [];
    const plain = [];
    for (const id of ids) {
      const html = readFileSync(join(CORPUS, id, 'page.html'), 'utf8');
      const truth = (JSON.parse(readFileSync(join(CORPUS, id, 'truth.json'), 'utf8')) as { articleBody: string }).articleBody;
      const article = detectArticle(parseHtml(html));
      expect(article, id).not.toBeNull();
      for (const highlight of article!.highlights) expect(article!.text, id).toContain(highlight.text);
      expect(article!.highlights.length, id).toBeLessThanOrEqual(5);
      ours.push(scorePage(truth, article!.text));
      plain.push(scorePage(truth, new Readability(parseHtml(html)).parse()?.textContent ?? ''));
    }
    const f1 = summarize(ours).f1;
    expect(f1).toBeGreaterThanOrEqual(0.965);
    expect(f1).toBeGreaterThan(summarize(plain).f1);
  }, 300_000);
});
