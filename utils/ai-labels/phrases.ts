import type { PhraseTable } from './phrase-schema';

/**
 * Publisher AI-disclosure labels, per language and kind. Sources are regular expressions over
 * normalised text (NFKC, one kind of hyphen and apostrophe, single spaces), matched without case.
 * A phrase only counts when it covers a whole standalone label or caption clause (see match.ts),
 * so "Experts warn that AI-generated images…" never matches although it contains a phrase.
 * PhraseTableSchema validates it in tests/unit/ai-labels/phrases.test.ts, not here: parsing at
 * load would cost every page and frame the content script runs in.
 */
export const AI_PHRASES: PhraseTable = {
  generators: [
    { name: 'Midjourney', pattern: 'Mid-?journey(?: v?\\d+(?:\\.\\d)?)?', makes: 'image' },
    { name: 'DALL·E', pattern: '(?:OpenAI )?DALL[-·•.]? ?E(?: ?[23])?', makes: 'image' },
    { name: 'Stable Diffusion', pattern: 'Stable ?Diffusion(?: XL| \\d(?:\\.\\d)?)?', makes: 'image' },
    { name: 'Firefly', pattern: '(?:Adobe )?Firefly', makes: 'image' },
    { name: 'Imagen', pattern: '(?:Google Imagen(?: \\d)?|Imagen \\d)', makes: 'image' },
    { name: 'Ideogram', pattern: 'Ideogram(?: AI)?', makes: 'image' },
    { name: 'Leonardo.Ai', pattern: 'Leonardo\\.?Ai', makes: 'image' },
    { name: 'FLUX', pattern: '(?:Black Forest Labs )?FLUX(?:\\.1)?(?: (?:pro|dev|schnell))?', makes: 'image' },
    { name: 'Nano Banana', pattern: 'Nano Banana(?: Pro)?', makes: 'image' },
    { name: 'ChatGPT', pattern: 'ChatGPT(?: Images?)?|GPT-?4o', makes: 'image' },
    { name: 'Grok', pattern: 'Grok(?: Imagine)?|Aurora \\(xAI\\)', makes: 'image' },
    { name: 'Copilot Designer', pattern: '(?:Microsoft )?(?:Copilot|Bing Image Creator|Bing) Designer|Bing Image Creator', makes: 'image' },
    { name: 'Sora', pattern: '(?:OpenAI )?Sora(?: ?2)?', makes: 'video' },
    { name: 'Veo', pattern: '(?:Google )?Veo ?\\d(?:\\.\\d)?|Google Veo', makes: 'video' },
    { name: 'Runway', pattern: 'Runway(?: ?ML)?(?: Gen-?\\d)?', makes: 'video' },
    { name: 'Kling', pattern: 'Kling(?: AI)?', makes: 'video' },
    { name: 'Pika', pattern: 'Pika(?: Labs)?', makes: 'video' },
    { name: '文心一格', pattern: '文心一格', makes: 'image' },
    { name: '通义万相', pattern: '通义万相|通義萬相', makes: 'image' },
    { name: '即梦', pattern: '即梦(?:AI)?', makes: 'image' },
  ],
  languages: [
    {
      lang: 'en',
      ai: ['AI', 'A\\.I\\.', 'artificial intelligence', 'generative AI', 'gen ?AI'],
      image: [
        '{AI}[- ]?(?:generated|created|made|rendered|produced) (?:photo ?illustration|image|photo|picture|illustration|graphic|artwork|art|visual|photograph)s?',
        '(?:photo ?illustration|image|photo|picture|illustration|graphic|artwork|visual|photograph)s? (?:(?:was|were|has been|have been) )?(?:generated|created|made|produced|rendered|edited|altered|enhanced)(?: in part)? (?:with|by|using|via|through|in) (?:the (?:help|use) of |assistance from )?(?:an? |the )?(?:{AI}(?: tools?| software| image generator| models?)?|{GEN})',
        '{AI}[- ](?:image|photo|picture|illustration|graphic|artwork)s?',
        'synthetic image(?: created with {AI})?',
      ],
      text: [
        '{AI}[- ](?:assisted|written|authored|reported|drafted|supported|summari[sz]ed|translated)',
        '(?:(?:article|story|text|report|summary) )?(?:reported|written|authored|drafted|summari[sz]ed|translated|compiled|prepared|produced) (?:with the help of|with the assistance of|with assistance from|with|by|using) (?:an? |the )?{AI}(?: tools?| models?| systems?)?',
        '{AI}[- ]generated (?:story|article|text|summary|report|news)',
        'written by (?:a )?(?:robot|machine)',
      ],
      video: [
        '{AI}[- ]?(?:generated|created|made) (?:video|footage|clip|animation)s?',
        '(?:video|footage|clip|animation)s? (?:(?:was|were|has been) )?(?:generated|created|made|produced) (?:with|by|using) (?:an? )?(?:{AI}(?: tools?| models?)?|{GEN})',
      ],
      generic: [
        '{AI}[- ]?(?:generated|created)(?: content)?',
        '(?:made|created|generated|produced) (?:with|by|using) (?:the help of )?(?:an? )?{AI}(?: tools?)?',
        '(?:made|created|generated) with {AI}',
      ],
      credits: ['(?:generated|created|made|produced|rendered) (?:with|by|using|in|via) {GEN}'],
      sentences: [
        '(?:this|the following) (?:article|story|text|report|summary|content|piece|post|news item) (?:was|has been|is|were) (?:partly |partially |fully |entirely |largely )?(?:written|generated|produced|created|drafted|translated|summari[sz]ed|compiled|prepared|edited) (?:with the help of|with the assistance of|with assistance from|with support from|with|by|using|by means of) (?:an? |the )?{AI}(?: tools?| models?| systems?)?',
        '(?:we|our (?:newsroom|editors|journalists)) used {AI}(?: tools?)? to (?:write|draft|produce|generate|summari[sz]e|translate) this (?:article|story|text|report)',
      ],
      prefixes: ['image', 'photo', 'illustration', 'picture', 'graphic', 'credit', 'photo illustration', 'note', 'disclosure', 'label', 'source', 'editor\'s note', 'notice', 'artwork'],
      connectors: ['of', 'showing', 'depicting', 'illustrating'],
      wordBoundaries: true,
    },
    {
      lang: 'zh-Hans',
      ai: ['AI', '人工智能', '生成式AI'],
      image: [
        '(?:AI|人工智能) ?(?:生成|合成|制作|创作)的? ?(?:图像|图片|照片|插图|配图|画面|图)',
        '(?:图像|图片|照片|插图|配图|本图|此图)(?:由|为|系|是|使用|借助) ?(?:AI|人工智能|{GEN}) ?(?:生成|合成|制作|创作)(?:的)?',
        '(?:AI|人工智能)(?:生成)?(?:示意图|插画)',
      ],
      text: [
        '由 ?(?:AI|人工智能) ?(?:报道|撰写|编写|写作|创作|翻译|辅助(?:撰写|写作|生成)?|协助(?:撰写|写作)?|整理|摘要)',
        '(?:AI|人工智能) ?(?:辅助|协助)(?:撰写|写作|生成|创作|编辑)?',
        '(?:AI|人工智能) ?(?:报道|撰写|写作|摘要)',
      ],
      video: [
        '(?:AI|人工智能) ?(?:生成|合成|制作)的? ?(?:视频|影像|动画|画面视频)',
        '(?:视频|影像|动画)(?:由|为|系|使用|借助) ?(?:AI|人工智能|{GEN}) ?(?:生成|合成|制作)(?:的)?',
      ],
      generic: ['(?:由|使用|借助|利用) ?(?:AI|人工智能) ?(?:生成|合成|制作)', '(?:AI|人工智能) ?(?:生成|合成)(?:内容)?'],
      credits: ['(?:由|使用|借助|利用|用) ?{GEN} ?(?:生成|制作|创作|绘制)的?', '{GEN} ?(?:生成|制作|创作|绘制)'],
      sentences: [
        '(?:本文|本篇|此文|该文|本报道|本内容|以上内容)(?:由|使用|借助|在|经)? ?(?:AI|人工智能)(?:工具)?(?:辅助|协助|的帮助下)?(?:生成|撰写|创作|编写|写作|完成|翻译)',
      ],
      prefixes: ['图', '图片', '图像', '配图', '插图', '来源', '示意图', '图片来源', '注', '提示'],
      connectors: [],
      wordBoundaries: false,
    },
    {
      lang: 'zh-Hant',
      ai: ['AI', '人工智慧', '人工智能', '生成式AI'],
      image: [
        '(?:AI|人工智慧) ?(?:生成|合成|製作|創作)的? ?(?:圖像|圖片|照片|插圖|配圖|畫面|圖)',
        '(?:圖像|圖片|照片|插圖|配圖|本圖|此圖)(?:由|為|係|是|使用|借助) ?(?:AI|人工智慧|{GEN}) ?(?:生成|合成|製作|創作)(?:的)?',
        '(?:AI|人工智慧)(?:生成)?(?:示意圖|插畫)',
      ],
      text: [
        '由 ?(?:AI|人工智慧) ?(?:報導|撰寫|編寫|寫作|創作|翻譯|輔助(?:撰寫|寫作|生成)?|協助(?:撰寫|寫作)?|整理|摘要)',
        '(?:AI|人工智慧) ?(?:輔助|協助)(?:撰寫|寫作|生成|創作|編輯)?',
        '(?:AI|人工智慧) ?(?:報導|撰寫|寫作|摘要)',
      ],
      video: [
        '(?:AI|人工智慧) ?(?:生成|合成|製作)的? ?(?:影片|視頻|影像|動畫)',
        '(?:影片|視頻|影像|動畫)(?:由|為|係|使用|借助) ?(?:AI|人工智慧|{GEN}) ?(?:生成|合成|製作)(?:的)?',
      ],
      generic: ['(?:由|使用|借助|利用) ?(?:AI|人工智慧) ?(?:生成|合成|製作)', '(?:AI|人工智慧) ?(?:生成|合成)(?:內容)?'],
      credits: ['(?:由|使用|借助|利用|用) ?{GEN} ?(?:生成|製作|創作|繪製)的?', '{GEN} ?(?:生成|製作|創作|繪製)'],
      sentences: [
        '(?:本文|本篇|此文|該文|本報導|本內容|以上內容)(?:由|使用|借助|在|經)? ?(?:AI|人工智慧)(?:工具)?(?:輔助|協助|的幫助下)?(?:生成|撰寫|創作|編寫|寫作|完成|翻譯)',
      ],
      prefixes: ['圖', '圖片', '圖像', '配圖', '插圖', '來源', '示意圖', '圖片來源', '註', '提示'],
      connectors: [],
      wordBoundaries: false,
    },
    {
      lang: 'ja',
      ai: ['AI', '人工知能', '生成AI'],
      image: [
        '(?:生成AI|AI|人工知能) ?(?:で|により|によって)?(?:生成|作成|制作)(?:の|された|した)? ?(?:画像|イメージ|写真|イラスト|図|画)',
        '(?:画像|写真|イラスト|イメージ|この画像|この写真|図)(?:は)? ?(?:生成AI|AI|人工知能|{GEN}) ?(?:で|により|によって|を(?:使って|用いて|使用して|活用して|利用して))? ?(?:生成|作成|制作)(?:しました|しています|されました|されています|したものです|したもの|された(?:もの)?|です)?',
        'AI(?:画像|イラスト)',
      ],
      text: [
        '(?:生成AI|AI|人工知能) ?(?:が|で|により|によって)? ?(?:執筆|作成した記事|要約|翻訳)(?:しました|されました|しています)?',
        '(?:生成AI|AI|人工知能)(?:を活用|による)?(?:支援|補助)',
      ],
      video: [
        '(?:生成AI|AI|人工知能) ?(?:で|により)?(?:生成|作成)(?:の|された|した)? ?(?:動画|映像)',
        '(?:動画|映像|この動画|この映像)(?:は)? ?(?:生成AI|AI|{GEN}) ?(?:で|により|によって|を(?:使って|用いて|使用して))? ?(?:生成|作成)(?:しました|されました|したものです|されたもの)?',
      ],
      generic: ['(?:生成AI|AI|人工知能) ?(?:で|により|によって|を(?:使って|用いて|使用して|活用して|利用して))? ?(?:生成|作成)(?:しました|されました|したもの|されたもの|です)?'],
      credits: ['{GEN} ?(?:で|により|によって|を(?:使って|用いて|使用して|活用して|利用して))? ?(?:生成|作成|制作)(?:しました|されました|したもの|されたもの|した画像|された画像)?'],
      sentences: [
        '(?:この|本)(?:記事|原稿|文章|ニュース|テキスト|コンテンツ)(?:の(?:一部|作成))?(?:は|には)、? ?(?:生成AI|AI|人工知能)(?:ツール)?(?:を|が)? ?(?:用いて|使って|使用して|活用して|利用して|で|により|によって)? ?(?:作成|生成|執筆|要約|翻訳|使用|活用)(?:しました|しています|されました|されています|したものです|されたものです|されています)?',
      ],
      prefixes: ['画像', '写真', 'イラスト', 'イメージ', 'イメージ画像', '出典', '提供', '注', '※', '図'],
      connectors: [],
      wordBoundaries: false,
    },
    {
      lang: 'ko',
      ai: ['AI', '인공지능', '생성형 ?AI'],
      image: [
        '(?:생성형 ?AI|AI|인공지능) ?(?:생성|제작)(?:된|한)? ?(?:이미지|사진|그림|일러스트)',
        '(?:이미지|사진|그림|일러스트)(?:는|은|:)? ?(?:생성형 ?AI|AI|인공지능|{GEN})(?:로|으로|가|를 (?:활용해|이용해|활용하여|이용하여|사용해|사용하여))? ?(?:생성|제작)(?:됨|됐습니다|되었습니다|했습니다|하였습니다|한 것입니다|된 것입니다)?',
      ],
      text: [
        '(?:AI|인공지능) ?(?:작성|기사 작성|보조 작성|활용 기사|지원)',
        '(?:AI|인공지능)(?:가|로|의 도움으로)? ?(?:작성|번역|요약)(?:한|됨|된 기사|했습니다)',
      ],
      video: [
        '(?:생성형 ?AI|AI|인공지능) ?(?:생성|제작)(?:된|한)? ?(?:영상|동영상|비디오)',
        '(?:영상|동영상|비디오)(?:는|은)? ?(?:AI|인공지능|{GEN})(?:로|가|를 (?:활용해|이용해|활용하여))? ?(?:생성|제작)(?:됨|됐습니다|되었습니다|했습니다)?',
      ],
      generic: ['(?:생성형 ?AI|AI|인공지능) ?(?:로|으로|가|를 (?:활용해|이용해|활용하여|이용하여))? ?(?:생성|제작)(?:됨|됐습니다|되었습니다|했습니다|한 콘텐츠)?'],
      credits: ['{GEN} ?(?:로|으로|(?:를|을) (?:활용해|이용해|사용해|활용하여|이용하여|사용하여))? ?(?:생성|제작)(?:됨|한 이미지|된 이미지|했습니다|됐습니다|되었습니다)?'],
      sentences: [
        '(?:이|본) ?(?:기사|글|콘텐츠)(?:는|은) ?(?:생성형 ?AI|AI|인공지능)(?:의 도움을 받아|를 활용해|를 활용하여|를 이용해|를 이용하여|로|가)? ?(?:작성|생성|번역|요약)(?:됐습니다|되었습니다|했습니다|하였습니다|됨)?',
      ],
      prefixes: ['이미지', '사진', '그림', '출처', '일러스트', '참고'],
      connectors: [],
      wordBoundaries: false,
    },
    {
      lang: 'de',
      ai: ['KI', 'AI', 'künstliche[rn]? Intelligenz'],
      image: [
        '(?:KI|AI)-?(?:generiert|erzeugt|erstellt|generated)(?:es|e|er|en)? (?:Bild|Foto|Illustration|Grafik|Symbolbild|Abbildung|Fotomontage)(?:er|en)?',
        '(?:Bild|Foto|Illustration|Grafik|Symbolbild|Abbildung)(?:er|en)? (?:(?:wurde|wurden|ist|sind) )?(?:mit|mithilfe von|mit Hilfe von|durch|von|per) (?:einer )?(?:KI|AI|künstlicher Intelligenz|{GEN}) (?:generiert|erzeugt|erstellt)',
        '(?:KI|AI)-(?:Bild|Foto|Illustration|Grafik|Symbolbild)(?:er)?',
      ],
      text: [
        '(?:KI|AI)-?(?:gestützt|unterstützt|assistiert|geschrieben|verfasst)(?:er|e|es)?(?: (?:Text|Artikel|Beitrag))?',
        '(?:(?:Text|Artikel|Beitrag|Zusammenfassung) )?(?:mit|mithilfe von|mit Hilfe von|unter Verwendung von) (?:einer )?(?:KI|künstlicher Intelligenz)(?:-Unterstützung)? (?:verfasst|geschrieben|erstellt|übersetzt|zusammengefasst)',
        'mit (?:KI|AI)-Unterstützung(?: (?:erstellt|verfasst|geschrieben))?',
      ],
      video: [
        '(?:KI|AI)-?(?:generiert|erzeugt|erstellt)(?:es|e|er)? (?:Video|Clip|Filmmaterial|Animation)s?',
        '(?:Video|Clip|Animation)s? (?:(?:wurde|ist) )?(?:mit|mithilfe von|durch) (?:einer )?(?:KI|AI|{GEN}) (?:generiert|erzeugt|erstellt)',
      ],
      generic: ['(?:KI|AI)-?(?:generiert|erzeugt|erstellt)', '(?:mit|mithilfe von|mit Hilfe von|durch) (?:einer )?(?:KI|künstlicher Intelligenz) (?:generiert|erzeugt|erstellt)'],
      credits: ['(?:erstellt|erzeugt|generiert|gemacht|kreiert) (?:mit|mithilfe von|mit Hilfe von|durch|per) {GEN}', '(?:mit|mithilfe von|mit Hilfe von) {GEN} (?:erstellt|erzeugt|generiert)'],
      sentences: [
        '(?:dieser|der) (?:Text|Artikel|Beitrag|Bericht|Inhalt) (?:wurde|ist) (?:teilweise |teils |vollständig )?(?:mithilfe von|mit Hilfe von|mit Unterstützung von|mit Unterstützung einer|unter Verwendung von|mit|durch) (?:einer )?(?:KI|AI|künstlicher Intelligenz)(?:-Tools?)? (?:erstellt|verfasst|generiert|geschrieben|übersetzt|zusammengefasst|bearbeitet)(?: worden)?',
      ],
      prefixes: ['Bild', 'Foto', 'Illustration', 'Symbolbild', 'Grafik', 'Quelle', 'Hinweis', 'Abbildung', 'Transparenzhinweis'],
      connectors: ['von', 'zeigt', 'mit'],
      wordBoundaries: true,
    },
    {
      lang: 'fr',
      ai: ['IA', 'AI', 'intelligence artificielle'],
      image: [
        '(?:image|illustration|photo|visuel|photographie|photomontage)s? (?:(?:a été|ont été) )?(?:généré|créé|réalisé|produit|conçu)e?s? (?:par|avec|à l\'aide d\'une|à l\'aide de|grâce à|via) (?:une |l\'|l\' )?(?:IA|AI|intelligence artificielle|{GEN})',
        '(?:image|illustration|photo|visuel)s? (?:IA|AI)',
      ],
      text: [
        '(?:(?:article|texte|contenu|résumé) )?(?:rédigé|écrit|traduit|résumé)e?s? (?:avec l\'aide de|avec l\'aide d\'une|à l\'aide de|avec|par) (?:une |l\'|l\' )?(?:IA|intelligence artificielle)',
        '(?:assisté|rédigé|écrit)e? par (?:une |l\'|l\' )?(?:IA|intelligence artificielle)',
        'avec l\'aide de l\' ?IA',
      ],
      video: [
        'vidéos? (?:(?:a été|ont été) )?(?:généré|créé|réalisé)e?s? (?:par|avec|à l\'aide de) (?:une |l\'|l\' )?(?:IA|AI|intelligence artificielle|{GEN})',
      ],
      generic: [
        '(?:généré|créé|réalisé|produit|conçu)e?s? (?:par|avec|à l\'aide de|à l\'aide d\'une) (?:une |l\'|l\' )?(?:IA|intelligence artificielle)',
        'contenu (?:généré|créé) par (?:une |l\' ?)?IA',
      ],
      credits: ['(?:généré|créé|réalisé|produit|conçu)e?s? (?:avec|par|à l\'aide de|via|grâce à) {GEN}'],
      sentences: [
        '(?:cet |l\' ?|ce )?(?:article|texte|contenu|résumé) (?:a été )?(?:partiellement |entièrement )?(?:rédigé|écrit|généré|produit|traduit|résumé|réalisé) (?:avec l\'aide de|avec l\'aide d\'une|à l\'aide de|à l\'aide d\'une|avec le concours de|avec|par|grâce à) (?:une |l\' ?)?(?:IA|intelligence artificielle|outil d\'IA|outils d\'IA)',
      ],
      prefixes: ['image', 'photo', 'illustration', 'crédit', 'crédits', 'visuel', 'source', 'note', 'mention'],
      connectors: ['de', 'd\'', 'montrant', 'représentant'],
      wordBoundaries: true,
    },
    {
      lang: 'es',
      ai: ['IA', 'AI', 'inteligencia artificial'],
      image: [
        '(?:imagen|imágenes|foto|fotos|fotografía|ilustración|ilustraciones|fotomontaje) (?:(?:fue|ha sido) )?(?:generad|cread|hech|realizad|producid|elaborad)[oa]s? (?:por|con|mediante|usando|con ayuda de) (?:la |una )?(?:IA|AI|inteligencia artificial|{GEN})',
        '(?:imagen|ilustración|foto) (?:de |con )?(?:IA|AI)',
      ],
      text: [
        '(?:(?:texto|artículo|contenido|resumen|nota) )?(?:redactad|escrit|elaborad|traducid|resumid)[oa]s? (?:con (?:la )?ayuda de|con|por|mediante) (?:la |una )?(?:IA|inteligencia artificial)',
        'asistid[oa] por (?:la )?(?:IA|inteligencia artificial)',
      ],
      video: [
        '(?:vídeo|video|vídeos|videos|clip) (?:(?:fue|ha sido) )?(?:generad|cread|hech|realizad)[oa]s? (?:por|con|mediante) (?:la |una )?(?:IA|AI|inteligencia artificial|{GEN})',
      ],
      generic: ['(?:generad|cread|hech|realizad)[oa]s? (?:por|con|mediante) (?:la |una )?(?:IA|inteligencia artificial)', 'contenido generado por (?:la )?IA'],
      credits: ['(?:generad|cread|hech|realizad|producid|elaborad)[oa]s? (?:con|por|mediante|usando|con ayuda de) {GEN}'],
      sentences: [
        '(?:este|esta) (?:artículo|texto|noticia|nota|información|contenido|resumen) (?:fue|ha sido) (?:parcialmente |íntegramente )?(?:redactad|escrit|generad|elaborad|traducid|producid|resumid)[oa] (?:con (?:la )?ayuda de|con el apoyo de|con|por|mediante) (?:la |una )?(?:IA|inteligencia artificial|herramientas de IA)',
      ],
      prefixes: ['imagen', 'foto', 'ilustración', 'crédito', 'fuente', 'nota', 'aviso'],
      connectors: ['de', 'que muestra'],
      wordBoundaries: true,
    },
    {
      lang: 'it',
      ai: ['IA', 'AI', 'intelligenza artificiale'],
      image: [
        '(?:immagine|immagini|foto|illustrazione|illustrazioni|fotomontaggio)(?: (?:è stata|è|sono state|sono))? (?:generat|creat|realizzat|prodott|elaborat)[aeio] (?:con|da|tramite|mediante|dall\'|con l\'aiuto dell\'|con l\'ausilio dell\') ?(?:l\'|un\'|una |l\'uso dell\')?(?:IA|AI|intelligenza artificiale|{GEN})',
        '(?:immagine|illustrazione|foto) (?:IA|AI)',
      ],
      text: [
        '(?:(?:testo|articolo|contenuto|riassunto) )?(?:scritt|redatt|tradott|riassunt)[oa] (?:con|da|tramite|con l\'aiuto dell\'|con il supporto dell\'|dall\') ?(?:l\'|un\'|una )?(?:IA|AI|intelligenza artificiale)',
        'assistit[oa] (?:dall\'|da) ?(?:IA|AI|intelligenza artificiale)',
      ],
      video: [
        'video (?:(?:è stato|sono stati) )?(?:generat|creat|realizzat)[oi] (?:con|da|tramite|dall\') ?(?:l\'|un\'|una )?(?:IA|AI|intelligenza artificiale|{GEN})',
      ],
      generic: ['(?:generat|creat|realizzat)[oaie] (?:con|da|tramite|dall\') ?(?:l\'|un\'|una )?(?:IA|AI|intelligenza artificiale)'],
      credits: ['(?:generat|creat|realizzat|prodott|elaborat)[aeio] (?:con|da|tramite|mediante) {GEN}'],
      sentences: [
        '(?:questo|quest\' ?|l\' ?)?(?:articolo|testo|contenuto|riassunto) (?:è stato )?(?:parzialmente |interamente )?(?:scritto|generato|redatto|realizzato|tradotto|prodotto) (?:con|con l\'aiuto dell\'|con il supporto dell\'|con l\'ausilio dell\'|dall\'|da|tramite|mediante) ?(?:l\'|un\'|una )?(?:IA|AI|intelligenza artificiale)',
      ],
      prefixes: ['immagine', 'foto', 'illustrazione', 'credito', 'crediti', 'fonte', 'nota', 'avviso'],
      connectors: ['di', 'che mostra'],
      wordBoundaries: true,
    },
    {
      lang: 'pt',
      ai: ['IA', 'AI', 'inteligência artificial'],
      image: [
        '(?:imagem|imagens|foto|fotos|fotografia|ilustração|ilustrações|fotomontagem) (?:(?:foi|foram) )?(?:gerad|criad|feit|produzid|elaborad)[ao]s? (?:por|com|pela|pelo|através de|com a ajuda de|usando) (?:a |uma |um )?(?:IA|AI|inteligência artificial|{GEN})',
        '(?:imagem|ilustração|foto) (?:de |com )?(?:IA|AI)',
      ],
      text: [
        '(?:(?:texto|artigo|conteúdo|matéria|resumo) )?(?:escrit|redigid|produzid|traduzid|resumid)[oa]s? (?:com (?:a )?(?:ajuda|auxílio|apoio) d[ea]|com|por|pela) (?:a |uma )?(?:IA|inteligência artificial)',
        'assistid[oa] por (?:a )?IA',
      ],
      video: [
        'vídeos? (?:(?:foi|foram) )?(?:gerad|criad|feit|produzid)[oa]s? (?:por|com|pela|pelo|através de) (?:a |uma |um )?(?:IA|AI|inteligência artificial|{GEN})',
      ],
      generic: ['(?:gerad|criad|feit)[oa]s? (?:por|com|pela) (?:a |uma )?(?:IA|inteligência artificial)', 'conteúdo gerado por IA'],
      credits: ['(?:gerad|criad|feit|produzid|elaborad)[ao]s? (?:com|por|pelo|pela|através d[oae]|usando) {GEN}'],
      sentences: [
        '(?:este|esta) (?:artigo|texto|notícia|matéria|reportagem|conteúdo|resumo) (?:foi )?(?:parcialmente |totalmente )?(?:escrit|gerad|produzid|redigid|traduzid|elaborad)[oa] (?:com (?:a )?(?:ajuda|auxílio|apoio) d[ea]|com|por|pela) (?:a |uma )?(?:IA|inteligência artificial|ferramentas de IA)',
      ],
      prefixes: ['imagem', 'foto', 'ilustração', 'crédito', 'fonte', 'nota', 'aviso'],
      connectors: ['de', 'mostrando'],
      wordBoundaries: true,
    },
    {
      lang: 'nl',
      ai: ['AI', 'KI', 'kunstmatige intelligentie'],
      image: [
        '(?:AI|KI)-?gegenereerde (?:afbeelding|foto|illustratie|beeld|plaat)(?:en)?',
        '(?:afbeelding|foto|illustratie|beeld)(?:en)? (?:(?:is|zijn|werd|werden) )?(?:gegenereerd|gemaakt|gecreëerd) (?:met|door|via) (?:behulp van )?(?:AI|KI|kunstmatige intelligentie|{GEN})',
        '(?:AI|KI)-(?:afbeelding|beeld|illustratie|foto)',
      ],
      text: [
        '(?:(?:tekst|artikel|samenvatting) )?(?:met|door) (?:behulp van )?(?:AI|KI) (?:geschreven|gemaakt|vertaald|samengevat|ondersteund)',
        '(?:AI|KI)-ondersteund',
      ],
      video: [
        '(?:AI|KI)-?gegenereerde (?:video|beelden|clip)s?',
        '(?:video|clip)s? (?:(?:is|werd) )?(?:gegenereerd|gemaakt) (?:met|door) (?:behulp van )?(?:AI|KI|{GEN})',
      ],
      generic: ['(?:AI|KI)-?gegenereerd', '(?:gegenereerd|gemaakt) (?:met|door) (?:behulp van )?(?:AI|KI|kunstmatige intelligentie)'],
      credits: ['(?:gegenereerd|gemaakt|gecreëerd) (?:met|door|via|in) (?:behulp van )?{GEN}'],
      sentences: [
        '(?:dit|het) (?:artikel|bericht|stuk|tekst) (?:is|werd) (?:deels |gedeeltelijk |volledig )?(?:geschreven|gemaakt|gegenereerd|opgesteld|vertaald|samengevat) (?:met (?:behulp|hulp) van|met|door) (?:AI|KI|kunstmatige intelligentie)',
      ],
      prefixes: ['afbeelding', 'foto', 'illustratie', 'beeld', 'bron', 'let op', 'noot'],
      connectors: ['van'],
      wordBoundaries: true,
    },
    {
      lang: 'pl',
      ai: ['AI', 'SI', 'sztuczn\\p{L}* inteligencj\\p{L}*'],
      image: [
        '(?:obraz|obrazek|zdjęcie|ilustracja|grafika|fotomontaż) (?:(?:został|została|zostało) )?(?:wygenerowan|stworzon|utworzon|wykonan)[yaeo] (?:przez|przy użyciu|za pomocą|z pomocą|przy pomocy) (?:AI|SI|sztuczn\\p{L}* inteligencj\\p{L}*|{GEN})',
        '(?:ilustracja|grafika|obraz) (?:AI|SI)',
      ],
      text: [
        '(?:(?:tekst|artykuł) )?(?:napisan|przygotowan|przetłumaczon|opracowan)[yaeo] (?:przez|przy użyciu|za pomocą|z pomocą|przy pomocy|przy wsparciu) (?:AI|SI|sztuczn\\p{L}* inteligencj\\p{L}*)',
        'przy wsparciu (?:AI|SI|sztucznej inteligencji)',
        '(?:tekst|artykuł|materiał) powstał (?:przy pomocy|przy użyciu|z pomocą|za pomocą|przy wsparciu|z wykorzystaniem) (?:AI|SI|sztucznej inteligencji|narzędzi AI)',
      ],
      video: [
        '(?:wideo|film|nagranie|materiał wideo) (?:(?:został|zostało) )?(?:wygenerowan|stworzon)[yaeo] (?:przez|przy użyciu|za pomocą) (?:AI|SI|sztuczn\\p{L}* inteligencj\\p{L}*|{GEN})',
      ],
      generic: ['(?:wygenerowan|stworzon|utworzon)[yaeo] (?:przez|przy użyciu|za pomocą|z pomocą|przy pomocy) (?:AI|SI|sztuczn\\p{L}* inteligencj\\p{L}*)'],
      credits: ['(?:wygenerowan|stworzon|utworzon|wykonan)[yaeo] (?:przez|przy użyciu|za pomocą|z pomocą|przy pomocy|w) {GEN}'],
      sentences: [
        '(?:ten |niniejszy )?(?:artykuł|tekst|materiał) (?:został (?:częściowo )?(?:napisany|wygenerowany|przygotowany|stworzony|przetłumaczony|opracowany)|powstał) (?:przez|przy użyciu|za pomocą|z pomocą|przy pomocy|przy wsparciu|z wykorzystaniem) (?:AI|SI|sztucznej inteligencji|narzędzi AI|narzędzi SI)',
      ],
      prefixes: ['zdjęcie', 'ilustracja', 'grafika', 'obraz', 'źródło', 'fot', 'fot.', 'uwaga'],
      connectors: ['przedstawiający', 'przedstawiające'],
      wordBoundaries: true,
    },
    {
      lang: 'ru',
      ai: ['ИИ', 'AI', 'искусственн\\p{L}* интеллект\\p{L}*', 'нейросет\\p{L}*'],
      image: [
        '(?:изображение|картинка|фото|фотография|иллюстрация|коллаж)(?: (?:было|была|был))? (?:сгенерирован\\p{L}*|создан\\p{L}*) (?:с помощью |при помощи |с использованием )?(?:ИИ|нейросет\\p{L}*|искусственн\\p{L}* интеллект\\p{L}*|{GEN})',
        '(?:сгенерированн|созданн)\\p{L}* (?:ИИ|нейросетью) (?:изображение|иллюстрация|фото|картинка)',
      ],
      text: [
        '(?:(?:текст|статья|материал) )?(?:написан\\p{L}*|подготовлен\\p{L}*|переведен\\p{L}*|переведён\\p{L}*) (?:с помощью|при помощи|с использованием|при участии) (?:ИИ|нейросет\\p{L}*|искусственн\\p{L}* интеллект\\p{L}*)',
      ],
      video: [
        '(?:видео|ролик|видеоролик)(?: (?:было|был))? (?:сгенерирован\\p{L}*|создан\\p{L}*) (?:с помощью |при помощи |с использованием )?(?:ИИ|нейросет\\p{L}*|искусственн\\p{L}* интеллект\\p{L}*|{GEN})',
      ],
      generic: ['(?:сгенерирован\\p{L}*|создан\\p{L}*) (?:с помощью |при помощи |с использованием )?(?:ИИ|нейросет\\p{L}*|искусственн\\p{L}* интеллект\\p{L}*)'],
      credits: ['(?:сгенерирован\\p{L}*|создан\\p{L}*|сделан\\p{L}*) (?:с помощью |при помощи |с использованием |в )?{GEN}'],
      sentences: [
        '(?:эта |этот |данн\\p{L}* )?(?:статья|текст|материал|новость|заметка)(?: (?:была|был|было))? (?:частично |полностью )?(?:написан\\p{L}*|подготовлен\\p{L}*|создан\\p{L}*|сгенерирован\\p{L}*|переведен\\p{L}*) (?:с помощью|при помощи|с использованием|при участии) (?:ИИ|нейросет\\p{L}*|искусственн\\p{L}* интеллект\\p{L}*)',
      ],
      prefixes: ['изображение', 'фото', 'иллюстрация', 'источник', 'коллаж', 'примечание'],
      connectors: [],
      wordBoundaries: true,
    },
  ],
};

