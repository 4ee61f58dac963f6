import { describe, expect, it } from 'vitest';
import { CONSENT_DETECT } from '../../../utils/consent/words/detect';
import { DetectTableSchema, WordTableSchema } from '../../../utils/consent/words/schema';
import {
  categoriesOf,
  classifyLabel,
  hasConsentVocabulary,
  hasWallVocabulary,
  mayHaveConsentVocabulary,
  normalizeText,
  WORD_TABLES,
} from '../../../utils/consent/words';

const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'ru', 'tr', 'cs'];

/** Labels as sites write them (case, punctuation, arrows), per language: what each must be read as. */
const LABELS: Record<string, Record<string, string[]>> = {
  en: { reject: ['Reject All', 'Decline', "Don't accept", 'Continue without accepting →', 'No, thanks'], necessary: ['Use necessary cookies only', 'Accept only essential cookies'], settings: ['Manage options', 'Cookie Settings', 'Customise'], save: ['Confirm my choices', 'Allow selection', 'Save preferences'], accept: ['Accept', 'Accept all cookies', 'I agree', 'OK', 'Got it!', 'Continue', 'Allow all'] },
  'zh-Hans': { reject: ['拒绝', '全部拒绝', '不同意'], necessary: ['仅接受必要的 Cookie'], settings: ['Cookie 设置', '管理偏好设置'], save: ['保存设置'], accept: ['接受', '全部接受', '同意', '我知道了', '确定'] },
  'zh-Hant': { reject: ['拒絕', '全部拒絕'], necessary: ['僅接受必要 Cookie'], settings: ['Cookie 設定'], save: ['儲存設定'], accept: ['接受', '同意', '確定', '接受全部'] },
  ja: { reject: ['拒否', 'すべて拒否する', '同意しない'], necessary: ['必要なCookieのみ'], settings: ['Cookie設定', '設定を管理'], save: ['設定を保存'], accept: ['同意する', 'すべて受け入れる', 'OK', '確定'] },
  ko: { reject: ['모두 거부', '거부'], necessary: ['필수 쿠키만 허용'], settings: ['쿠키 설정'], save: ['설정 저장'], accept: ['모두 동의', '동의', '확인', '모두 허용'] },
  de: { reject: ['Alle ablehnen', 'ABLEHNEN', 'Nicht einverstanden'], necessary: ['Nur notwendige Cookies', 'Nur notwendige Cookies akzeptieren'], settings: ['Einstellungen', 'Cookie-Einstellungen', 'Zwecke anzeigen'], save: ['Auswahl speichern', 'Auswahl akzeptieren'], accept: ['Akzeptieren', 'Alle akzeptieren', 'Zustimmen und weiter', 'Mit Werbung weiterlesen', 'Einverstanden'] },
  fr: { reject: ['Tout refuser', 'Continuer sans accepter →', 'Refuser'], necessary: ['Uniquement les cookies nécessaires'], settings: ['Paramétrer les cookies', 'Personnaliser'], save: ['Enregistrer mes choix'], accept: ['Accepter', 'Tout accepter', "J'accepte", "D'accord", 'Accepter et fermer'] },
  es: { reject: ['Rechazar todo', 'Rechazar', 'Continuar sin aceptar'], necessary: ['Solo necesarias'], settings: ['Configurar cookies', 'Más opciones'], save: ['Guardar preferencias'], accept: ['Aceptar', 'Aceptar todas', 'Acepto', 'Entendido'] },
  it: { reject: ['Rifiuta', 'Rifiuta tutto', 'Continua senza accettare'], necessary: ['Solo cookie necessari'], settings: ['Personalizza', 'Gestisci preferenze'], save: ['Salva le mie scelte'], accept: ['Accetta', 'Accetta tutti', 'Ho capito', 'Accetta e chiudi'] },
  pt: { reject: ['Rejeitar todos', 'Recusar'], necessary: ['Apenas necessários'], settings: ['Gerenciar cookies', 'Definições'], save: ['Guardar preferências'], accept: ['Aceitar', 'Aceitar todos', 'Concordo', 'Entendi'] },
  nl: { reject: ['Weigeren', 'Alles weigeren', 'Niet akkoord'], necessary: ['Alleen noodzakelijke cookies'], settings: ['Instellingen', 'Voorkeuren beheren'], save: ['Voorkeuren opslaan'], accept: ['Akkoord', 'Alles accepteren', 'Accepteren', 'Ik ga akkoord'] },
  pl: { reject: ['Odrzuć wszystkie', 'Nie zgadzam się'], necessary: ['Tylko niezbędne'], settings: ['Ustawienia', 'Dostosuj'], save: ['Zapisz wybór'], accept: ['Akceptuję', 'Zgadzam się', 'Akceptuj wszystkie', 'Przejdź do serwisu'] },
  sv: { reject: ['Avvisa alla', 'Neka', 'Godkänn inte'], necessary: ['Endast nödvändiga'], settings: ['Inställningar', 'Hantera cookies'], save: ['Spara inställningar'], accept: ['Godkänn alla', 'Acceptera', 'Jag godkänner'] },
  da: { reject: ['Afvis alle', 'Afslå'], necessary: ['Tillad kun nødvendige'], settings: ['Tilpas', 'Vis detaljer'], save: ['Gem valg'], accept: ['Accepter alle', 'Tillad alle', 'OK'] },
  ru: { reject: ['Отклонить', 'Отклонить все', 'Не согласен'], necessary: ['Только необходимые'], settings: ['Настройки', 'Настроить'], save: ['Сохранить выбор'], accept: ['Принять', 'Принять все', 'Согласен', 'Понятно'] },
  tr: { reject: ['Tümünü Reddet', 'Reddet', 'Kabul etmiyorum'], necessary: ['Yalnızca gerekli çerezler'], settings: ['Çerez Ayarları', 'Tercihleri yönet'], save: ['Tercihleri kaydet'], accept: ['Kabul Et', 'Tümünü Kabul Et', 'İzin ver', 'Tamam'] },
  cs: { reject: ['Odmítnout vše', 'Nesouhlasím'], necessary: ['Povolit pouze nezbytné'], settings: ['Nastavení', 'Upravit nastavení'], save: ['Uložit výběr'], accept: ['Přijmout vše', 'Souhlasím', 'Rozumím', 'Povolit vše'] },
};

describe('word tables', () => {
  it('cover every required language and validate against the schema', () => {
    expect(WORD_TABLES.map((t) => t.lang)).toEqual(LANGUAGES);
    // Parsed exactly as written: the tables are used unparsed at run time (no trimming left to do).
    for (const table of WORD_TABLES) expect(WordTableSchema.parse(table)).toEqual(table);
    // The detect phrases (apart: the always-on content script reads only them) cover the same languages.
    expect(Object.keys(CONSENT_DETECT)).toEqual(LANGUAGES);
    expect(DetectTableSchema.parse(CONSENT_DETECT)).toEqual(CONSENT_DETECT);
  });

  it('rejects a malformed table', () => {
    expect(WordTableSchema.safeParse({ ...WORD_TABLES[0], reject: [] }).success).toBe(false);
    expect(WordTableSchema.safeParse({ ...WORD_TABLES[0], accept: [''] }).success).toBe(false);
    expect(DetectTableSchema.safeParse({ ...CONSENT_DETECT, en: [] }).success).toBe(false);
  });

  it('never lets an accept phrase of any language read as something Candor would click', () => {
    for (const table of WORD_TABLES) {
      for (const phrase of table.accept) expect(classifyLabel(phrase)?.role, `${table.lang}: ${phrase}`).toBe('accept');
    }
  });

  it('reads every reject and necessary-only phrase as such, in every language', () => {
    for (const table of WORD_TABLES) {
      for (const phrase of [...table.reject, ...table.necessary]) {
        expect(['reject', 'necessary'], `${table.lang}: ${phrase}`).toContain(classifyLabel(phrase)?.role);
      }
    }
  });

  it('treats the accept words named in the issue as accept-like', () => {
    for (const label of ['accept', 'agree', 'OK', 'got it', 'continue', '同意', '接受', '確定', '同意する', 'akzeptieren', 'accepter', 'aceptar']) {
      expect(classifyLabel(label)?.role, label).toBe('accept');
    }
  });

  it('normalises full-width, case, Turkish İ and CJK/Latin boundaries', () => {
    expect(normalizeText('ＡＣＣＥＰＴ  All!')).toBe('accept all');
    expect(normalizeText('İZİN VER')).toBe('izin ver');
    expect(normalizeText('拒绝Cookie')).toBe('拒绝 cookie');
    expect(normalizeText('Don’t accept')).toBe("don't accept");
  });

  it('does not take prose or unrelated buttons for consent controls', () => {
    for (const label of ['Read more', 'Subscribe to our newsletter', 'Share', 'Play video', 'x'.repeat(100)]) {
      expect(classifyLabel(label), label).toBeNull();
    }
  });

  for (const lang of LANGUAGES) {
    it(`classifies real ${lang} labels`, () => {
      for (const [role, labels] of Object.entries(LABELS[lang]!)) {
        for (const label of labels) expect(classifyLabel(label)?.role, `${lang}: ${label}`).toBe(role);
      }
    });
  }

  it('pre-filters raw text without losing any text the exact test accepts, in every language', () => {
    for (const [lang, phrases] of Object.entries(CONSENT_DETECT)) {
      for (const phrase of phrases) {
        // Tables are written normalised, so the pre-filter can use them as they are.
        expect(normalizeText(phrase), `${lang}: ${phrase}`).toBe(phrase);
        const upper = lang === 'tr' ? phrase : phrase.toUpperCase(); // İ is folded only by normalising
        for (const text of [phrase, `We said: ${phrase}.`, `(${upper})`, `使用${phrase}设置`, `«${phrase}»`, `1 ${phrase}s`]) {
          if (hasConsentVocabulary(text)) expect(mayHaveConsentVocabulary(text), `${lang}: ${text}`).toBe(true);
        }
      }
    }
  });

  it('pre-filters on word starts: "review" and "metadata" are not "vie" and "data"', () => {
    for (const text of ['Read the review', 'The metadata of the photo', 'Interviews and previews', 'Bigdata Inc.']) {
      expect(mayHaveConsentVocabulary(text), text).toBe(false);
    }
    for (const text of ['We use COOKIES.', 'Vie privée', '数据与隐私', '개인정보 처리방침', 'Datenschutz-Hinweis', 'Osobní údaje']) {
      expect(mayHaveConsentVocabulary(text), text).toBe(true);
    }
  });

  it('recognises consent vocabulary, walls and categories', () => {
    expect(hasConsentVocabulary('Wir verwenden Cookies und ähnliche Technologien')).toBe(true);
    expect(hasConsentVocabulary('我们使用Cookie来改进网站')).toBe(true);
    expect(hasConsentVocabulary('クッキーを使用しています')).toBe(true);
    expect(hasConsentVocabulary('The harbour ferry returns on Monday')).toBe(false);
    expect(hasWallVocabulary('Oder lesen Sie werbefrei mit dem Pur-Abo')).toBe(true);
    expect(hasWallVocabulary('We use cookies to improve the site')).toBe(false);
    expect([...categoriesOf('Statistiken')]).toEqual(['analytics']);
    expect([...categoriesOf('Strictly necessary cookies')]).toEqual(['necessary']);
    expect([...categoriesOf('广告 Cookie')]).toEqual(['advertising']);
    expect([...categoriesOf('Réseaux sociaux')]).toEqual(['social']);
    expect(categoriesOf('Other things').size).toBe(0);
  });
});
