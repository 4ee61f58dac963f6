import { describe, expect, it } from 'vitest';
import { compileTable } from '../../../utils/ai-labels/compile';
import { labelsInCaption, labelsInStandalone } from '../../../utils/ai-labels/match';
import { normalizeText } from '../../../utils/ai-labels/normalize';
import { PhraseTableSchema } from '../../../utils/ai-labels/phrase-schema';
import { AI_PHRASES } from '../../../utils/ai-labels/phrases';

const table = compileTable(AI_PHRASES);
const label = (text: string, lang: string | null = null) => labelsInStandalone(normalizeText(text), table, lang);

/** Per language: publisher labels (with the kind they declare) and prose that must not count. */
const CASES: Record<string, { labels: [string, string][]; prose: string[] }> = {
  en: {
    labels: [
      ['AI-generated image', 'image'], ['Image generated with Midjourney', 'image'], ['Illustration: AI-generated', 'generic'],
      ['Photo illustration created with AI (DALL·E)', 'image'], ['Made with AI', 'generic'], ['AI-assisted', 'text'],
      ['This article was written with the help of AI', 'text'], ['AI-generated video', 'video'], ['Video created with Sora', 'video'],
    ],
    prose: ['Experts warn that AI-generated images are spreading', 'AI', 'Artificial intelligence', 'How we use AI', 'Photo: Aiko Tanaka', 'Ai Weiwei'],
  },
  'zh-Hans': {
    labels: [['AI 生成的图像', 'image'], ['由 AI 报道', 'text'], ['图片由AI生成', 'image'], ['本文由AI辅助生成', 'text'], ['AI生成视频', 'video']],
    prose: ['多家媒体表示，将在图片说明中注明AI生成的图像', '人工智能', 'AI'],
  },
  'zh-Hant': {
    labels: [['AI 生成的圖像', 'image'], ['由 AI 報導', 'text'], ['AI 生成的影片', 'video'], ['本文由AI輔助撰寫', 'text']],
    prose: ['學者提醒，AI 生成的圖像越來越逼真', '人工智慧'],
  },
  ja: {
    labels: [['AI生成画像', 'image'], ['この記事はAIを用いて作成しました', 'text'], ['AIで生成した動画', 'video'], ['画像はAIで生成', 'image']],
    prose: ['専門家は、AI生成画像が報道写真と見分けにくくなっていると指摘する', '生成AI'],
  },
  ko: {
    labels: [['AI 생성 이미지', 'image'], ['이 기사는 AI를 활용해 작성됐습니다', 'text'], ['AI 생성 영상', 'video']],
    prose: ['전문가들은 AI 생성 이미지가 실제 사진처럼 보인다고 지적했다', '인공지능'],
  },
  de: {
    labels: [['Symbolbild: KI-generiert', 'generic'], ['KI-generiertes Bild', 'image'], ['Dieser Text wurde mithilfe von KI erstellt', 'text'], ['KI-generiertes Video', 'video'], ['KI-gestützt', 'text']],
    prose: ['KI-generierte Bilder von Verkehrsprojekten sorgen für Kritik', 'Künstliche Intelligenz', 'KI'],
  },
  fr: {
    labels: [['Image générée par IA', 'image'], ["Article rédigé avec l'aide de l'IA", 'text'], ['Vidéo générée par IA', 'video']],
    prose: ['Selon des chercheurs, les images générées par IA se multiplient', 'IA'],
  },
  es: {
    labels: [['Imagen generada por IA', 'image'], ['Este artículo fue redactado con ayuda de la IA', 'text'], ['Vídeo generado con IA', 'video']],
    prose: ['Los expertos advierten de que una imagen generada por IA puede confundir', 'Inteligencia artificial'],
  },
  it: {
    labels: [["Immagine generata con l'IA", 'image'], ["Testo scritto con l'aiuto dell'IA", 'text'], ["Video generato con l'IA", 'video']],
    prose: ["Secondo gli esperti, ogni immagine generata con l'IA dovrebbe essere segnalata", 'Intelligenza artificiale'],
  },
  pt: {
    labels: [['Imagem gerada por IA', 'image'], ['Este texto foi produzido com a ajuda de IA', 'text'], ['Vídeo gerado por IA', 'video']],
    prose: ['Pesquisadores alertam que cada imagem gerada por IA precisa de aviso', 'Inteligência artificial'],
  },
  nl: {
    labels: [['AI-gegenereerde afbeelding', 'image'], ['Dit artikel is geschreven met behulp van AI', 'text'], ['AI-gegenereerde video', 'video']],
    prose: ['Volgens onderzoekers is een AI-gegenereerde afbeelding vaak niet te onderscheiden'],
  },
  pl: {
    labels: [['Obraz wygenerowany przez AI', 'image'], ['Tekst powstał przy pomocy AI', 'text'], ['Wideo wygenerowane przez AI', 'video']],
    prose: ['Eksperci mówią, że obraz wygenerowany przez AI trudno rozpoznać'],
  },
  ru: {
    labels: [['Изображение сгенерировано нейросетью', 'image'], ['Текст подготовлен с помощью ИИ', 'text'], ['Видео создано с помощью ИИ', 'video']],
    prose: ['По словам экспертов, изображение, сгенерированное нейросетью, трудно отличить'],
  },
};

describe('AI phrase table', () => {
  it('is valid data covering every required language and kind', () => {
    expect(PhraseTableSchema.safeParse(AI_PHRASES).success).toBe(true);
    const langs = AI_PHRASES.languages.map((l) => l.lang);
    for (const lang of Object.keys(CASES)) expect(langs).toContain(lang);
    for (const language of AI_PHRASES.languages) {
      for (const kind of ['image', 'text', 'video'] as const) expect(language[kind].length, `${language.lang} ${kind}`).toBeGreaterThan(0);
    }
  });

  it('rejects a table with a broken pattern or a missing kind', () => {
    const broken = structuredClone(AI_PHRASES);
    broken.languages[0]!.image = ['(unclosed'];
    expect(PhraseTableSchema.safeParse(broken).success).toBe(false);
    const { video: _video, ...missing } = AI_PHRASES.languages[0]!;
    expect(PhraseTableSchema.safeParse({ ...AI_PHRASES, languages: [missing] }).success).toBe(false);
  });

  for (const [lang, { labels, prose }] of Object.entries(CASES)) {
    it(`${lang}: finds each label with its kind and language, and no prose`, () => {
      for (const [text, kind] of labels) {
        const hits = label(text, lang);
        expect(hits, text).toHaveLength(1);
        expect(hits[0]!.kind, text).toBe(kind);
        expect(hits[0]!.lang, text).toBe(lang);
      }
      for (const text of prose) expect(label(text, lang), text).toEqual([]);
    });
  }

  it('counts generator names only as a credit, never in a sentence', () => {
    expect(labelsInCaption('Illustration: Midjourney', table, 'en', false)).toHaveLength(1);
    expect(labelsInCaption('Midjourney / Tidewire News', table, 'en', true)).toHaveLength(1);
    expect(labelsInCaption('The harbour at dawn (Stable Diffusion)', table, 'en', false)).toHaveLength(1);
    expect(labelsInCaption('Bild: Adobe Firefly', table, 'de', false)).toHaveLength(1);
    expect(labelsInCaption('Midjourney CEO David Holz speaks at a conference.', table, 'en', false)).toEqual([]);
    expect(labelsInCaption("OpenAI's Sora app on a phone. Photo: Reuters", table, 'en', false)).toEqual([]);
    expect(label('Midjourney')).toEqual([]);
    expect(labelsInCaption('Imagen: EFE', table, 'es', true)).toEqual([]);
  });

  it('does not treat a quoted label as a label', () => {
    expect(label('“AI 生成的图像”')).toEqual([]);
    expect(label('"AI-generated image"')).toEqual([]);
  });

  it('reads full-width and dash variants the same way', () => {
    expect(label('ＡＩ 生成的图像')).toHaveLength(1);
    expect(label('AI‑generated image')).toHaveLength(1);
    expect(label('Made with AI · 3 min read')).toHaveLength(1);
  });
});

/** Generator credits per language: labels in a caption or credit line, never on their own. */
const CREDITS: Record<string, string[]> = {
  en: ['Illustration: created with Midjourney', 'Made with DALL·E 3'],
  'zh-Hans': ['插图：由Midjourney生成', '图：使用Stable Diffusion生成'],
  'zh-Hant': ['插圖：由Midjourney生成', '圖：使用Adobe Firefly製作'],
  ja: ['イラスト：Midjourneyで生成', '画像：Stable Diffusionを使用して生成'],
  ko: ['일러스트: Midjourney로 생성', '이미지: DALL·E로 제작'],
  de: ['Illustration: erstellt mit Midjourney', 'Symbolbild: mit Adobe Firefly erzeugt'],
  fr: ['Illustration : créée avec Midjourney', 'Image : générée par DALL·E'],
  es: ['Ilustración: creada con Midjourney', 'Imagen: generada con Stable Diffusion'],
  it: ['Illustrazione: creata con Midjourney', 'Immagine: generata con DALL·E'],
  pt: ['Ilustração: criada com Midjourney', 'Imagem: gerada pelo Adobe Firefly'],
  nl: ['Illustratie: gemaakt met Midjourney', 'Beeld: gegenereerd met DALL·E'],
  pl: ['Ilustracja: wygenerowana przez Midjourney', 'Grafika: stworzona w Midjourney'],
  ru: ['Иллюстрация: создано в Midjourney', 'Изображение: сгенерировано с помощью Stable Diffusion'],
};

describe('generator credits', () => {
  for (const [lang, credits] of Object.entries(CREDITS)) {
    it(`${lang}: counts a "made with <generator>" credit in a caption, not as loose text or prose`, () => {
      for (const text of credits) {
        const hits = labelsInCaption(normalizeText(text), table, lang, false);
        expect(hits, text).toHaveLength(1);
        expect(hits[0]!.kind, text).toBe('image');
        // Capitalised at the start ("Creada con…") reads the same.
        const bare = normalizeText(text).replace(/^[^:：]+[:：]\s*/u, '');
        const capital = bare.charAt(0).toUpperCase() + bare.slice(1);
        expect(labelsInCaption(capital, table, lang, false), capital).toHaveLength(1);
        // The same words outside a caption are not a label: the generator counts only as a credit.
        expect(label(bare, lang), bare).toEqual([]);
      }
    });
  }

  it('keeps prose about a generator out, also in a caption', () => {
    expect(labelsInCaption('El director de Midjourney, David Holz, en una conferencia.', table, 'es', false)).toEqual([]);
    expect(labelsInCaption('Der Chef von Midjourney spricht auf einer Konferenz.', table, 'de', false)).toEqual([]);
    expect(labelsInCaption('Midjourney的创始人在会议上发言。', table, 'zh-Hans', false)).toEqual([]);
  });
});
