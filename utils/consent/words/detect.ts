/**
 * Per language (the word tables' `lang`), text that makes a fixed/overlay container a consent
 * dialog, matched as word prefixes after normalisation (normalize.ts), written normalised. Apart
 * from the word tables because the always-on content script needs only these: compiling every
 * table's control words too cost each frame about 3 ms (vocabulary.ts reads this, the consent
 * engine the tables). words.test.ts validates it and checks that every table's language has an entry.
 */
export const CONSENT_DETECT: Readonly<Record<string, readonly string[]>> = {
  en: ['cookie', 'consent', 'privacy', 'tracking', 'personal data', 'gdpr', 'data protection'],
  'zh-Hans': ['cookie', '隐私', '个人信息', '同意', '跟踪'],
  'zh-Hant': ['cookie', '隱私', '個人資料', '同意', '追蹤'],
  ja: ['cookie', 'クッキー', 'プライバシー', '個人情報', '同意'],
  ko: ['쿠키', 'cookie', '개인정보', '개인 정보', '동의'],
  de: ['cookie', 'einwilligung', 'zustimmung', 'datenschutz', 'tracking', 'personenbezogen', 'dsgvo', 'privatsphäre'],
  fr: ['cookie', 'consentement', 'vie privée', 'confidentialité', 'données personnelles', 'traceurs', 'rgpd'],
  es: ['cookie', 'consentimiento', 'privacidad', 'datos personales', 'rgpd'],
  it: ['cookie', 'consenso', 'privacy', 'dati personali', 'gdpr', 'informativa'],
  pt: ['cookie', 'consentimento', 'privacidade', 'dados pessoais', 'lgpd', 'rgpd'],
  nl: ['cookie', 'toestemming', 'privacy', 'persoonsgegevens', 'avg'],
  pl: ['cookie', 'pliki cookie', 'zgod', 'prywatnoś', 'dane osobowe', 'danych osobowych', 'rodo'],
  sv: ['cookie', 'kakor', 'samtycke', 'integritet', 'personuppgifter', 'gdpr'],
  da: ['cookie', 'samtykke', 'privatliv', 'personoplysninger', 'gdpr'],
  ru: ['cookie', 'куки', 'файлы cookie', 'согласи', 'конфиденциальност', 'персональн'],
  tr: ['çerez', 'cookie', 'onay', 'gizlilik', 'kişisel veri', 'kvkk'],
  cs: ['cookie', 'souhlas', 'soukromí', 'osobní údaje', 'osobních údajů', 'gdpr'],
};
