import { mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { PageReport } from '../utils/report/schema';
import { scanPage } from './lib/scan-page';

const ROOT = resolve(import.meta.dirname, '..');
const DEMO_PAGE = resolve(ROOT, 'tests/fixtures/pages/demo-news/index.html');
const SCREENSHOT = resolve(ROOT, '.output/demo/candor-demo.png');

function summarize(report: PageReport): string {
  const lines: string[] = [`Candor demo: ${report.title}`, ''];
  const { article } = report;
  if (article) {
    const meta = [article.byline, article.siteName, article.publishedAt, article.lang].filter(Boolean).join(' · ');
    lines.push(`Article: ${article.headline}`, `  ${meta}`, `  ${article.wordCount} words, ${article.readingMinutes} min read`);
    lines.push('  Highlights:', ...article.highlights.map((h) => `   • ${h.text}`));
  } else {
    lines.push('Article: none found');
  }
  lines.push('', `AI disclosures: ${report.ai.length}`);
  for (const finding of report.ai) {
    const what = finding.target.headline ?? finding.target.src ?? '(page)';
    lines.push(`  [${finding.kind}] "${finding.phrase}" (${finding.evidence}) → ${what}`);
  }
  const consent = report.consent;
  lines.push(
    '',
    consent
      ? `Cookie banner: ${consent.outcome}${consent.verified ? ' (verified)' : ' (not verified)'} via ${consent.cmp ?? consent.method}${consent.ms !== null ? ` in ${Math.round(consent.ms)} ms` : ''}`
      : 'Cookie banner: none seen',
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  mkdirSync(resolve(SCREENSHOT, '..'), { recursive: true });
  // The demo page has a cookie banner: its answer is part of what the demo shows.
  const report = await scanPage({ target: DEMO_PAGE, screenshot: SCREENSHOT, waitMs: 3000, timeoutMs: 30_000, expect: (r) => r.consent !== null });
  console.log(summarize(report));
  console.log(`\nScreenshot with the badges: ${relative(process.cwd(), SCREENSHOT)}`);
  console.log('Full report: npm run --silent scan -- tests/fixtures/pages/demo-news/index.html');
}

main().catch((error: unknown) => {
  process.stderr.write(`candor demo: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  process.exit(1);
});
