import type { WordTable } from './schema';

export const it: WordTable = {
  lang: 'it',
  cookie: ['cookie'],
  reject: [
    'rifiuta', 'rifiuta tutto', 'rifiuta tutti', 'rifiutare', 'non accetto', 'nega', 'continua senza accettare',
    'no grazie',
  ],
  necessary: [
    'solo necessari', 'solo cookie necessari', 'solo i necessari', 'solo essenziali', 'accetta solo necessari',
    'solo tecnici', 'accetta solo i necessari',
  ],
  settings: [
    'impostazioni', 'personalizza', 'gestisci', 'gestisci preferenze', 'preferenze', 'opzioni', 'più opzioni',
    'scopri di più e personalizza',
  ],
  save: [
    'salva', 'salva impostazioni', 'salva preferenze', 'salva e chiudi', 'salva le mie scelte', 'conferma selezione',
    'conferma scelte', 'accetta selezionati', 'conferma',
  ],
  accept: [
    'accetta', 'accetta tutto', 'accetta tutti', 'accetto', 'accetta e chiudi', 'accetta e continua', 'consenti',
    'consenti tutti', 'ok', 'ho capito', 'capito', 'continua', 'va bene', 'sì',
  ],
  wall: ['abbonati', 'abbonamento', 'senza pubblicità', 'pagare'],
  categories: {
    necessary: ['necessar', 'essenzial', 'tecnic'],
    functional: ['funzional', 'preferenz'],
    analytics: ['analitic', 'statistic', 'prestazion', 'misurazione'],
    advertising: ['pubblicità', 'pubblicitari', 'marketing', 'profilazione', 'targeting'],
    social: ['social'],
  },
};
