import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, sentences } from '@/utils/article/segment';

describe('segment', () => {
  it('splits sentences in languages without spaces', () => {
    expect(sentences('今天天气很好。我们去公园散步吧！你来吗？', 'zh').map((s) => s.text)).toEqual(['今天天气很好。', '我们去公园散步吧！', '你来吗？']);
    expect(sentences('雨が降った。試合は中止だ。', 'ja').map((s) => s.text)).toEqual(['雨が降った。', '試合は中止だ。']);
  });

  it('never runs a sentence across a line break, and gives each sentence its offset', () => {
    expect(sentences('Heading without a stop\nNext line. Last one.', 'en')).toEqual([
      { text: 'Heading without a stop', index: 0 },
      { text: 'Next line.', index: 23 },
      { text: 'Last one.', index: 34 },
    ]);
  });

  it('does not split at German ordinals or abbreviations Intl.Segmenter knows', () => {
    expect(sentences('Am 3. Oktober feiert Deutschland. Das ist ein Feiertag.', 'de').map((s) => s.text)).toEqual([
      'Am 3. Oktober feiert Deutschland.',
      'Das ist ein Feiertag.',
    ]);
  });

  it('counts words in any script, CJK through the segmenter', () => {
    expect(countWords("Don't panic: it's 4.5 km away.").words).toBe(6);
    const zh = countWords('我们去公园散步');
    expect(zh.cjkChars).toBe(7);
    expect(zh.words).toBeGreaterThanOrEqual(3);
    expect(zh.words).toBeLessThan(7);
    expect(countWords('한국어 문장도 셉니다').words).toBe(3);
  });

  it('reads 230 words or 400 CJK characters a minute, at least one minute for any text', () => {
    expect(readingMinutes(countWords('word '.repeat(690)))).toBe(3);
    expect(readingMinutes(countWords('字'.repeat(1200)))).toBe(3);
    expect(readingMinutes(countWords('short'))).toBe(1);
    expect(readingMinutes(countWords(''))).toBe(0);
  });
});
