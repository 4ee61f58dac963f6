import { describe, expect, it } from 'vitest';
import { updateReport } from '@/utils/background/report-update';
import { createKeyedQueue } from '@/utils/background/serialize';
import { appendHistory, historyEntryOf, HISTORY_LIMIT } from '@/utils/storage/history';
import { PageReportSchema } from '@/utils/report/schema';

const now = new Date('2026-11-25T10:00:00Z');

describe('updateReport', () => {
  it('starts a fresh, schema-valid report on page:start, dropping the previous page’s findings', () => {
    const old = updateReport(null, { type: 'page:start', url: 'https://a.example/1', title: 'One' }, now);
    const withFinding = updateReport(
      old,
      { type: 'ai:found', findings: [{ id: 'x', kind: 'text', evidence: 'label', phrase: '由 AI 报道', lang: 'zh', target: { headline: 'H' } }] },
      now,
    );
    const next = updateReport(withFinding, { type: 'page:start', url: 'https://a.example/2', title: 'Two' }, now);
    expect(PageReportSchema.parse(next)).toEqual({
      schemaVersion: 1, url: 'https://a.example/2', title: 'Two', scannedAt: now.toISOString(), article: null, ai: [], consent: null,
    });
  });

  it('cuts a hostile page’s one-line strings (100 kB title, headline, byline, site name) and keeps the rest', () => {
    const huge = `<img src=x onerror=alert(1)>\u202E${'wide'.repeat(25_000)}😀`;
    const start = updateReport(null, { type: 'page:start', url: 'https://a.example/', title: huge }, now);
    const article = {
      headline: huge, byline: huge, publishedAt: huge, siteName: huge, lang: huge,
      text: 'Body text.', wordCount: 2, readingMinutes: 1, highlights: [{ text: 'Body text.' }],
    };
    const next = updateReport(start, { type: 'article:found', article }, now);
    expect(start.title.length).toBeLessThanOrEqual(300);
    expect(start.title.startsWith('<img src=x onerror=alert(1)>\u202E')).toBe(true);
    expect(start.title.endsWith('…')).toBe(true);
    for (const field of ['headline', 'byline', 'publishedAt', 'siteName', 'lang'] as const) {
      expect(next.article![field]!.length, field).toBeLessThanOrEqual(300);
    }
    expect(next.article).toMatchObject({ text: 'Body text.', highlights: [{ text: 'Body text.' }] });
    const short = updateReport(start, { type: 'article:found', article: { ...article, headline: 'Short', byline: null } }, now);
    expect(short.article).toMatchObject({ headline: 'Short', byline: null });
  });

  it('replaces only the section a message carries', () => {
    const start = updateReport(null, { type: 'page:start', url: 'https://a.example/', title: 'T' }, now);
    const consent = { cmp: null, method: 'heuristic', outcome: 'rejected' as const, verified: true, ms: 120 };
    const withConsent = updateReport(start, { type: 'consent:result', consent }, now);
    const withAi = updateReport(withConsent, { type: 'ai:found', findings: [] }, now);
    expect(withAi.consent).toEqual(consent);
    expect(withAi.url).toBe('https://a.example/');
  });
});

describe('history', () => {
  const report = (url: string) =>
    updateReport(null, { type: 'page:start', url, title: url }, now);

  it('keeps one entry per URL, newest first', () => {
    let history = appendHistory([], historyEntryOf(report('https://a.example/1')));
    history = appendHistory(history, historyEntryOf(report('https://b.example/2')));
    history = appendHistory(history, historyEntryOf(report('https://a.example/1')));
    expect(history.map((h) => h.url)).toEqual(['https://a.example/1', 'https://b.example/2']);
    expect(history[0]!.site).toBe('a.example');
  });

  it('is bounded', () => {
    let history = [] as ReturnType<typeof appendHistory>;
    for (let i = 0; i < HISTORY_LIMIT + 25; i++) history = appendHistory(history, historyEntryOf(report(`https://a.example/${i}`)));
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]!.url).toBe(`https://a.example/${HISTORY_LIMIT + 24}`);
  });
});

describe('createKeyedQueue', () => {
  it('runs tasks for one key in order, even when an earlier one fails', async () => {
    const enqueue = createKeyedQueue();
    const order: number[] = [];
    const slow = enqueue('k', async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push(1);
      throw new Error('boom');
    });
    const fast = enqueue('k', async () => void order.push(2));
    await expect(slow).rejects.toThrow('boom');
    await fast;
    expect(order).toEqual([1, 2]);
  });
});
