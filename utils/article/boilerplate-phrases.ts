import type { BoilerplatePhrases } from './boilerplate-schema';

/**
 * Words that mark a short block inside an article body as not part of the story, per language.
 * `lead`: a short block that starts with one of these is a promo, credit or link line
 * ("Related: …", "Photo: …", "Baca juga …"). `sections`: a heading equal to one of these opens a
 * trailing box (author bio, recommendations) that runs to the end of its container.
 * Matched case-insensitively at the start of the block's text. Validated by
 * BoilerplatePhrasesSchema in tests/unit/article/boilerplate-phrases.test.ts, not at load time.
 */
export const BOILERPLATE_PHRASES: BoilerplatePhrases = {
  en: {
    lead: [
      'related:', 'related articles', 'related stories', 'read more', 'read also', 'see more', 'see also', 'more:',
      "don't miss", 'click here', 'follow us', 'follow our', 'sign up', 'subscribe to', 'advertisement',
      'image:', 'photo:', 'image copyright', 'image caption', 'image credit', '(image', 'credit:', 'copyright',
      'all rights reserved', 'share this', 'listen to', 'watch:', 'recommended:', 'trending', 'enlarge image',
      'this post may contain affiliate', 'updated:', 'published:', 'posted:', 'posted on', 'filed under',
    ],
    sections: [
      'about the author', 'related', 'related articles', 'related stories', 'read more', 'more from',
      'you may also like', 'you might also like', 'recommended', 'trending', 'most popular', 'latest news',
      'more stories', 'comments', 'leave a reply', 'share this',
    ],
  },
  de: {
    lead: ['mehr zum thema', 'lesen sie auch', 'lesen sie mehr', 'auch interessant', 'anzeige', 'foto:', 'bild:', 'quelle:', 'zum thema:'],
    sections: ['mehr zum thema', 'das könnte sie auch interessieren', 'über den autor', 'kommentare', 'weitere artikel'],
  },
  fr: {
    lead: ['lire aussi', 'à lire aussi', 'voir aussi', 'publicité', 'photo :', 'crédit :'],
    sections: ['à lire aussi', 'sur le même sujet', 'commentaires', "l'auteur"],
  },
  es: {
    lead: ['lee también', 'lea también', 'ver también', 'publicidad', 'foto:', 'imagen:'],
    sections: ['te puede interesar', 'noticias relacionadas', 'comentarios'],
  },
  it: {
    lead: ['leggi anche', 'pubblicità', 'foto:'],
    sections: ['potrebbe interessarti', 'articoli correlati', 'commenti'],
  },
  pt: {
    lead: ['leia também', 'leia mais', 'veja também', 'publicidade', 'foto:', 'tempo de leitura'],
    sections: ['notícias relacionadas', 'veja também', 'comentários'],
  },
  nl: {
    lead: ['lees ook', 'lees meer', 'advertentie', 'foto:'],
    sections: ['meer over', 'gerelateerde artikelen', 'reacties'],
  },
  id: {
    lead: ['baca juga', 'iklan', 'filed under'],
    sections: ['berita terkait', 'komentar'],
  },
  ru: {
    lead: ['читайте также', 'смотрите также', 'реклама', 'фото:'],
    sections: ['читайте также', 'похожие материалы', 'комментарии'],
  },
  zh: {
    lead: ['相关文章', '相关阅读', '相關文章', '延伸阅读', '延伸閱讀', '广告', '廣告', '图片来源', '圖片來源', '责任编辑', '責任編輯', '点击', '點擊'],
    sections: ['相关文章', '相關文章', '相关阅读', '热门文章', '熱門文章', '推荐阅读', '推薦閱讀', '评论', '評論'],
  },
  ja: {
    lead: ['関連記事', 'あわせて読みたい', '広告', '写真:', '写真：', '画像:', '画像：', '出典'],
    sections: ['関連記事', 'おすすめ記事', '人気記事', 'コメント'],
  },
  ko: {
    lead: ['관련기사', '관련 기사', '광고', '사진:', '사진='],
    sections: ['관련기사', '많이 본 뉴스', '댓글'],
  },
};

const all = Object.values(BOILERPLATE_PHRASES);
export const LEAD_PHRASES: readonly string[] = all.flatMap((entry) => entry.lead);
export const SECTION_HEADINGS: ReadonlySet<string> = new Set(all.flatMap((entry) => entry.sections));
