import { describe, expect, it } from 'vitest';
import { compileTable, GENERATOR_MARK } from '@/utils/ai-labels/compile';
import { findPhrases, labelsInCaption } from '@/utils/ai-labels/match';
import { AI_PHRASES } from '@/utils/ai-labels/phrases';

const table = compileTable(AI_PHRASES);

describe('generator names in phrase matching', () => {
  it('are overwritten character for character, so match offsets stay those of the text', () => {
    const text = 'image created with openai dall-e 3 by the desk';
    const marked = table.markGenerators(text);
    expect(marked).toHaveLength(text.length);
    expect(marked.slice(19, 34)).toBe(GENERATOR_MARK.repeat(15));
    expect(marked.replaceAll(GENERATOR_MARK, '')).toBe('image created with  by the desk');
  });

  it('leave words that only look like a generator alone (Spanish "imagen", "veo", a "flux" of words inside others)', () => {
    for (const text of ['imagen generada por ia', 'lo veo así', 'reflux']) expect(table.markGenerators(text)).toBe(text);
  });

  it('still make whole credits and phrases with a generator match, with the publisher\'s words as the phrase', () => {
    const text = 'Image generated with Midjourney v6';
    const [match] = findPhrases(text, table, 'en', true);
    expect(match && text.slice(match.start, match.end)).toBe(text);
    expect(labelsInCaption('Harbour at dawn. Created with DALL·E 3.', table, 'en', false)).toEqual([
      expect.objectContaining({ kind: 'image', phrase: 'Created with DALL·E 3' }),
    ]);
  });
});
