import type { Highlight } from '../report/schema';

export function pickHighlights(_paragraphs: string[], _headline: string, _lang: string | null): Highlight[] {
  return [];
}
