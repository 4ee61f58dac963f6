import { describe, expect, it } from 'vitest';
import { isAiSourceType, normaliseSourceType, SOURCE_TYPES } from '@/utils/provenance/source-types';

const IPTC = 'http://cv.iptc.org/newscodes/digitalsourcetype/';

describe('digital source type table', () => {
  it.each(['trainedAlgorithmicMedia', 'compositeWithTrainedAlgorithmicMedia', 'compositeSynthetic'])('%s is AI', (term) => {
    expect(isAiSourceType(normaliseSourceType(IPTC + term))).toBe(true);
  });

  it("C2PA's trainedAlgorithmicData is AI", () => {
    const type = normaliseSourceType('https://c2pa.org/digitalsourcetype/trainedAlgorithmicData');
    expect(type?.uri).toBe('http://c2pa.org/digitalsourcetype/trainedAlgorithmicData');
    expect(isAiSourceType(type)).toBe(true);
  });

  it.each([
    'algorithmicMedia', 'digitalCapture', 'computationalCapture', 'humanEdits', 'algorithmicallyEnhanced',
    'screenCapture', 'softwareImage', 'minorHumanEdits', 'digitalArt',
  ])('%s is not AI but known', (term) => {
    const type = normaliseSourceType(IPTC + term);
    expect(type?.entry).not.toBeNull();
    expect(isAiSourceType(type)).toBe(false);
  });

  it('marks the deprecated terms', () => {
    const deprecated = SOURCE_TYPES.filter((e) => e.deprecated).map((e) => e.term);
    expect(deprecated.sort()).toEqual(['digitalArt', 'minorHumanEdits', 'softwareImage']);
  });

  it('normalises scheme, host case and a trailing slash', () => {
    for (const raw of [
      `https://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia`,
      `HTTP://CV.IPTC.ORG/newscodes/digitalsourcetype/trainedAlgorithmicMedia/`,
      ` trainedAlgorithmicMedia `,
    ]) {
      expect(normaliseSourceType(raw)?.uri).toBe(`${IPTC}trainedAlgorithmicMedia`);
    }
  });

  it('keeps unknown terms as unknown, and rejects what is not a source type', () => {
    const unknown = normaliseSourceType(`${IPTC}somethingNew`);
    expect(unknown).toMatchObject({ term: 'somethingNew', entry: null });
    expect(isAiSourceType(unknown)).toBe(false);
    expect(normaliseSourceType('https://example.com/trainedAlgorithmicMedia')).toBeNull();
    expect(normaliseSourceType('AI generated')).toBeNull();
    expect(normaliseSourceType(42)).toBeNull();
  });

  it('does not take the C2PA term from the IPTC vocabulary', () => {
    expect(normaliseSourceType(`${IPTC}trainedAlgorithmicData`)?.entry).toBeNull();
  });
});
