import { describe, expect, it } from 'vitest';
import type { ContentFeature } from '@/utils/content/env';
import { contentFeatures, featuresNamed } from '@/utils/content/features';

const feature = (name: string): ContentFeature => ({ name, allFrames: false, start: () => {} });
const ALL = ['consent', 'article', 'ai-labels', 'provenance'].map(feature);
const names = (features: ContentFeature[]) => features.map((f) => f.name);

describe('featuresNamed (bench builds made with CANDOR_FEATURES)', () => {
  it('starts every feature, consent first, in a normal build', () => {
    expect(names(contentFeatures)).toEqual(['consent', 'article', 'ai-labels', 'provenance']);
    expect(featuresNamed(ALL, '')).toBe(ALL);
    expect(featuresNamed(ALL, undefined)).toBe(ALL);
  });

  it('keeps only the named features, in start order whatever order they were named in', () => {
    expect(names(featuresNamed(ALL, 'provenance, ai-labels'))).toEqual(['ai-labels', 'provenance']);
    expect(names(featuresNamed(ALL, 'article'))).toEqual(['article']);
  });

  it('starts none for "none"', () => {
    expect(featuresNamed(ALL, 'none')).toEqual([]);
  });

  it('refuses a name it does not know instead of measuring the wrong build', () => {
    expect(() => featuresNamed(ALL, 'consent,articles')).toThrow(/unknown content feature articles; known: consent, article/);
  });
});
