import type { WordTable } from './schema';

export const de: WordTable = {
  lang: 'de',
  cookie: ['cookie'],
  reject: [
    'ablehnen', 'alle ablehnen', 'cookies ablehnen', 'alle cookies ablehnen', 'nicht zustimmen', 'ich stimme nicht zu',
    'nicht einverstanden', 'ohne zustimmung fortfahren', 'ohne einwilligung fortfahren', 'verweigern', 'alle verweigern',
    'nein danke', 'widersprechen', 'alle widersprechen',
  ],
  necessary: [
    'nur notwendige', 'nur notwendige cookies', 'nur notwendige cookies akzeptieren', 'nur erforderliche',
    'nur erforderliche cookies', 'nur essenzielle', 'nur essentielle', 'nur technisch notwendige',
    'notwendige cookies akzeptieren', 'nur notwendige zulassen', 'nur notwendige erlauben',
  ],
  settings: [
    'einstellungen', 'cookie einstellungen', 'datenschutzeinstellungen', 'privatsphäre einstellungen', 'anpassen',
    'verwalten', 'cookies verwalten', 'optionen', 'mehr optionen', 'details', 'präferenzen', 'individuelle einstellungen',
    'zwecke anzeigen', 'konfigurieren', 'auswahl anpassen', 'einstellungen verwalten',
  ],
  save: [
    'speichern', 'auswahl speichern', 'einstellungen speichern', 'meine auswahl speichern', 'speichern und schließen',
    'auswahl bestätigen', 'bestätigen', 'auswahl akzeptieren', 'auswahl erlauben', 'auswahl zulassen',
    'ausgewählte akzeptieren',
  ],
  accept: [
    'akzeptieren', 'alle akzeptieren', 'alles akzeptieren', 'alle cookies akzeptieren', 'akzeptieren und schließen',
    'akzeptieren und weiter', 'zustimmen', 'alle zustimmen', 'zustimmen und weiter', 'ich stimme zu', 'einverstanden',
    'ich bin einverstanden', 'erlauben', 'alle erlauben', 'zulassen', 'alle zulassen', 'annehmen', 'alle annehmen',
    'einwilligen', 'ok', 'verstanden', 'weiter', 'mit werbung weiterlesen', 'mit werbung lesen', 'weiter mit werbung',
  ],
  wall: [
    'pur abo', 'pur', 'abo', 'abonnieren', 'abonnement', 'jetzt abonnieren', 'werbefrei', 'ohne werbung',
    'mit werbung weiterlesen', 'contentpass', 'abo abschließen',
  ],
  categories: {
    necessary: ['notwendig', 'erforderlich', 'essenziell', 'essentiell', 'technisch notwendig', 'unbedingt'],
    functional: ['funktional', 'präferenz', 'komfort', 'personalisierung'],
    analytics: ['statistik', 'analyse', 'analytics', 'leistung', 'messung', 'reichweitenmessung'],
    advertising: ['marketing', 'werbung', 'werbe', 'personalisierte werbung', 'targeting'],
    social: ['soziale medien', 'social media', 'soziale netzwerke'],
  },
};
