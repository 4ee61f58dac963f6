import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, PreferencesSchema } from '@/utils/storage/preferences';

describe('highlights preference', () => {
  it('defaults to extractive, also for stored preferences written before it existed', () => {
    expect(DEFAULT_PREFERENCES.highlights.source).toBe('extractive');
    const { highlights: _dropped, ...older } = DEFAULT_PREFERENCES;
    expect(PreferencesSchema.parse(older).highlights).toEqual({ source: 'extractive' });
  });

  it('accepts the Summarizer choice and rejects anything else', () => {
    expect(PreferencesSchema.parse({ ...DEFAULT_PREFERENCES, highlights: { source: 'summarizer' } }).highlights.source).toBe('summarizer');
    expect(PreferencesSchema.safeParse({ ...DEFAULT_PREFERENCES, highlights: { source: 'gpt' } }).success).toBe(false);
  });
});
