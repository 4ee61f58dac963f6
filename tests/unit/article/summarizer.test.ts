import { describe, expect, it, vi } from 'vitest';
import { summarizerHighlights, type SummarizerApi } from '@/utils/article/summarizer';
import type { Article } from '@/utils/report/schema';

const article: Article = {
  headline: 'Harbour deal',
  byline: null,
  publishedAt: null,
  siteName: null,
  lang: 'en-GB',
  text: 'Long article text.',
  wordCount: 3,
  readingMinutes: 1,
  highlights: [],
};

function fakeApi(availability: string, output = '* First point.\n* Second point.\n\n- Third point.') {
  const session = { summarize: vi.fn(async () => output), destroy: vi.fn() };
  const api: SummarizerApi = { availability: vi.fn(async () => availability), create: vi.fn(async () => session) };
  return { api, session };
}

describe('summarizerHighlights', () => {
  it('labels the model’s key points as machine-written', async () => {
    const { api, session } = fakeApi('available');
    expect(await summarizerHighlights(article, api)).toEqual([
      { text: 'First point.', source: 'summarizer' },
      { text: 'Second point.', source: 'summarizer' },
      { text: 'Third point.', source: 'summarizer' },
    ]);
    expect(api.create).toHaveBeenCalledWith(expect.objectContaining({ type: 'key-points', outputLanguage: 'en' }));
    expect(session.summarize).toHaveBeenCalledWith('Long article text.', { context: 'Harbour deal' });
    expect(session.destroy).toHaveBeenCalled();
  });

  it('falls back (null) without the API, without a ready model, or on errors — never downloads one', async () => {
    expect(await summarizerHighlights(article, undefined)).toBeNull();
    const downloadable = fakeApi('downloadable');
    expect(await summarizerHighlights(article, downloadable.api)).toBeNull();
    expect(downloadable.api.create).not.toHaveBeenCalled();
    const failing = fakeApi('available');
    failing.session.summarize.mockRejectedValueOnce(new Error('model crashed'));
    expect(await summarizerHighlights(article, failing.api)).toBeNull();
  });
});
