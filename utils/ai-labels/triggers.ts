import type { TriggerTable } from './trigger-schema';

/**
 * Trigger terms of the AI-disclosure labels (phrases.ts), per language: every label the detector
 * can find contains one of them in one text node or attribute, so the prefilter (prefilter.ts)
 * loads the detector only on pages that have one. They are the phrase table's words for "AI"
 * (`ai`), the spellings the detector's gate admits (compile.ts mayHoldLabel: acronyms with their
 * case, "ai-generated" in any case) and the generator names. See trigger-schema.ts for the
 * shorthands. tests/unit/ai-labels/prefilter.test.ts proves that every phrase the detector can
 * find passes, and validates the table with TriggerTableSchema (not here: no schema at runtime).
 */
export const AI_TRIGGERS: TriggerTable = {
  languages: [
    {
      lang: 'en',
      acronyms: ['AI', 'Ai', 'A.I.'],
      // The gate reads these in any case (compile.ts mayHoldLabel).
      words: ['artificial intelligence', 'generative ai', 'gen ai', 'ai-generated', 'ai-assisted', 'ai-created', 'ai-made', 'ai-written'],
      compounds: ['generated', 'created', 'made', 'rendered', 'produced'],
    },
    { lang: 'zh-Hans', acronyms: ['AI'], words: ['人工智能', '生成式ai'], compounds: [] },
    { lang: 'zh-Hant', acronyms: ['AI'], words: ['人工智慧', '人工智能', '生成式ai'], compounds: [] },
    { lang: 'ja', acronyms: ['AI'], words: ['人工知能', '生成ai'], compounds: [] },
    { lang: 'ko', acronyms: ['AI'], words: ['인공지능', '생성형 ai'], compounds: [] },
    {
      lang: 'de',
      acronyms: ['KI', 'AI'],
      words: ['künstliche intelligenz', 'künstlicher intelligenz', 'künstlichen intelligenz'],
      compounds: ['generiert', 'erzeugt', 'erstellt', 'generated', 'gestützt', 'unterstützt', 'assistiert', 'geschrieben', 'verfasst'],
    },
    { lang: 'fr', acronyms: ['IA', 'AI'], words: ['intelligence artificielle'], compounds: [] },
    { lang: 'es', acronyms: ['IA', 'AI'], words: ['inteligencia artificial'], compounds: [] },
    { lang: 'it', acronyms: ['IA', 'AI'], words: ['intelligenza artificiale'], compounds: [] },
    { lang: 'pt', acronyms: ['IA', 'AI'], words: ['inteligência artificial'], compounds: [] },
    { lang: 'nl', acronyms: ['AI', 'KI'], words: ['kunstmatige intelligentie'], compounds: ['gegenereerd'] },
    // "sztuczna/sztucznej inteligencja/inteligencji": the stem every form shares.
    { lang: 'pl', acronyms: ['AI', 'SI'], words: ['inteligencj'], compounds: [] },
    // The gate reads "ИИ" in any case; Russian words never start with "ии" but "Иисус".
    { lang: 'ru', acronyms: ['AI'], words: ['ии', 'интеллект', 'нейросет'], compounds: [] },
  ],
  generators: [
    'mid-journey', 'dall-e', 'stable diffusion', 'firefly', 'google imagen', 'imagen #', 'ideogram', 'leonardo-ai',
    'flux', 'nano banana', 'chatgpt', 'gpt-4o', 'grok', 'aurora (xai)', 'copilot designer', 'bing designer',
    'bing image creator', 'sora', 'veo #', 'google veo', 'runway', 'runway ml', 'kling', 'pika',
    '文心一格', '通义万相', '通義萬相', '即梦',
  ],
};
