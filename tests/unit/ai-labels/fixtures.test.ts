import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAiDisclosures } from '../../../utils/ai-labels/detect';
import { AI_PHRASES } from '../../../utils/ai-labels/phrases';
import { AiFindingSchema } from '../../../utils/report/schema';
import { AI_FIXTURES, DEMO_PAGE, expectedKeys, findingKey, fixturePages, loadPage } from './fixture-page';

/** Precision and recall must both be 1: the found set equals the page's marked ground truth. */
describe('AI labels on the fixture pages', { timeout: 60_000 }, () => {
  it('finds exactly the demo page\'s labelled images and stories', () => {
    const doc = loadPage(DEMO_PAGE, 'http://127.0.0.1:4000/demo-news/');
    const findings = findAiDisclosures(doc, AI_PHRASES);
    expect(findings.map(findingKey).sort()).toEqual(
      [
        'image|http://127.0.0.1:4000/demo-news/img/harbour-turbines.svg',
        'image|http://127.0.0.1:4000/demo-news/img/cable-ship.svg',
        'image|http://127.0.0.1:4000/demo-news/img/card-summit.svg',
        'image|http://127.0.0.1:4000/demo-news/img/card-ferry.svg',
        'text|Energy ministers meet to plan a regional power market',
        'text|港口渡轮将在明年全面改用电力驱动',
        'text|沿海风电场上月发电量创下新纪录',
      ].sort(),
    );
    for (const f of findings) expect(f.phrase).toBe(f.kind === 'image' ? 'AI 生成的图像' : '由 AI 报道');
  });

  for (const name of fixturePages()) {
    it(`finds exactly the marked items on ${name}`, () => {
      const doc = loadPage(resolve(AI_FIXTURES, name, 'index.html'), `http://127.0.0.1:4000/ai-labels/${name}/`);
      const expected = expectedKeys(doc);
      expect(expected.length).toBeGreaterThan(0);
      const findings = findAiDisclosures(doc, AI_PHRASES);
      for (const f of findings) AiFindingSchema.parse(f);
      expect(findings.map(findingKey).sort()).toEqual(expected.sort());
    });
  }
});
