import { describe, expect, it } from 'vitest';
import { BOILERPLATE_PHRASES, LEAD_PHRASES, SECTION_HEADINGS } from '../../../utils/article/boilerplate-phrases';
import { BoilerplatePhrasesSchema } from '../../../utils/article/boilerplate-schema';

describe('boilerplate phrase table', () => {
  it('is valid data', () => {
    expect(BoilerplatePhrasesSchema.safeParse(BOILERPLATE_PHRASES).success).toBe(true);
  });

  it('rejects an entry without section headings or with a one-letter phrase', () => {
    expect(BoilerplatePhrasesSchema.safeParse({ en: { lead: ['read more'], sections: [] } }).success).toBe(false);
    expect(BoilerplatePhrasesSchema.safeParse({ en: { lead: ['x'], sections: ['related'] } }).success).toBe(false);
  });

  it('is stored lower-case, as blocks are matched case-insensitively against lower-cased text', () => {
    for (const phrase of [...LEAD_PHRASES, ...SECTION_HEADINGS]) expect(phrase).toBe(phrase.toLowerCase());
  });
});
