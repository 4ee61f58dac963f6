import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AiFinding } from '../../../utils/report/schema';

/** The browser's i18n API, answering from one of the extension's own catalogues. */
let catalogue: Record<string, { message: string }> = {};
vi.mock('wxt/browser', () => ({
  browser: { i18n: { getMessage: (key: string) => catalogue[key]?.message ?? '', getUILanguage: () => 'en' } },
}));
const { badgeText } = await import('../../../utils/ai-labels/badges/text');

const load = (locale: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${locale}/messages.json`), 'utf8'));

const finding = (kind: AiFinding['kind'], evidence: AiFinding['evidence'], phrase: string): AiFinding => ({
  id: 'ai-x', kind, evidence, phrase, lang: null, target: kind === 'text' ? { headline: 'H' } : { src: 'https://a.test/x.jpg' },
});

describe('badge wording', () => {
  for (const locale of ['en', 'zh_CN', 'ja', 'de', 'fr', 'es']) {
    describe(locale, () => {
      beforeEach(() => {
        catalogue = load(locale);
      });
      it('takes the short mark, tooltip and accessible name from the catalogue, quoting the publisher', () => {
        const image = badgeText(finding('image', 'label', 'AI 生成的图像'));
        expect(image.short).toBe(catalogue.badgeText!.message);
        expect(image.tooltip).toBe(catalogue.badgeImageTooltip!.message.replace('{phrase}', 'AI 生成的图像'));
        expect(image.name).toBe(image.tooltip);
        const story = badgeText(finding('text', 'label', '由 AI 报道'));
        expect(story.tooltip).toBe(catalogue.badgeStoryTooltip!.message.replace('{phrase}', '由 AI 报道'));
        const file = badgeText(finding('image', 'metadata', 'IPTC metadata: created with a generative AI tool'));
        expect(file.tooltip).toBe(catalogue.badgeMetadataTooltip!.message.replace('{claim}', 'IPTC metadata: created with a generative AI tool'));
      });
    });
  }
});
