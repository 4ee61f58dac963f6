import type { Article, Highlight } from '../report/schema';

/** The parts of Chrome's built-in Summarizer API (on-device model) that Candor uses. */
interface SummarizerSession {
  summarize(text: string, options?: { context?: string }): Promise<string>;
  destroy?(): void;
}
interface SummarizerOptions {
  type: 'key-points';
  format: 'plain-text';
  length: 'short';
  expectedInputLanguages?: string[];
  outputLanguage?: string;
}
export interface SummarizerApi {
  availability(options: SummarizerOptions): Promise<string>;
  create(options: SummarizerOptions): Promise<SummarizerSession>;
}

/** The on-device model reads a limited context; the first part of a news story carries it. */
const MAX_INPUT_CHARS = 12_000;

/** Key points come back as lines, often bulleted ("* ", "- ", "• ", "1. "). */
function keyPoints(output: string): string[] {
  return output
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[*•\-–]|\d+[.)])\s*/, '').trim())
    .filter((line) => line.length > 0);
}

/**
 * Highlights written by the browser's Summarizer, when the person chose it and the browser has the
 * model ready. Returns null to fall back to extractive highlights: no API, a language the model
 * does not handle, a model not yet downloaded (Candor never starts a download unasked), or any error.
 */
export async function summarizerHighlights(
  article: Article,
  api: SummarizerApi | undefined = (globalThis as { Summarizer?: SummarizerApi }).Summarizer,
): Promise<Highlight[] | null> {
  if (!api) return null;
  const lang = article.lang?.split('-')[0];
  const options: SummarizerOptions = {
    type: 'key-points',
    format: 'plain-text',
    length: 'short',
    ...(lang ? { expectedInputLanguages: [lang], outputLanguage: lang } : {}),
  };
  try {
    if ((await api.availability(options)) !== 'available') return null;
    const session = await api.create(options);
    try {
      const output = await session.summarize(article.text.slice(0, MAX_INPUT_CHARS), { context: article.headline });
      const points = keyPoints(output).slice(0, 5);
      return points.length ? points.map((text) => ({ text, source: 'summarizer' })) : null;
    } finally {
      session.destroy?.();
    }
  } catch (error) {
    console.debug('[candor] Summarizer unavailable, using extractive highlights', error);
    return null;
  }
}
