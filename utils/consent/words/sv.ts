import type { WordTable } from './schema';

export const sv: WordTable = {
  lang: 'sv',
  cookie: ['cookie', 'kakor'],
  reject: [
    'avvisa', 'avvisa alla', 'neka', 'neka alla', 'avböj', 'avböj alla', 'jag godkänner inte', 'nej tack',
    'godkänn inte',
  ],
  necessary: [
    'endast nödvändiga', 'bara nödvändiga', 'endast nödvändiga cookies', 'acceptera endast nödvändiga',
    'tillåt endast nödvändiga', 'godkänn endast nödvändiga',
  ],
  settings: [
    'inställningar', 'cookie inställningar', 'anpassa', 'hantera', 'hantera cookies', 'preferenser', 'alternativ',
    'fler alternativ',
  ],
  save: ['spara', 'spara inställningar', 'spara val', 'bekräfta val', 'bekräfta mina val', 'tillåt urval', 'godkänn valda'],
  accept: [
    'acceptera', 'acceptera alla', 'godkänn', 'godkänn alla', 'jag godkänner', 'tillåt', 'tillåt alla', 'ok',
    'jag förstår', 'förstått', 'fortsätt', 'ja',
  ],
  wall: ['prenumerera', 'prenumeration', 'utan annonser', 'betala'],
  categories: {
    necessary: ['nödvändig', 'väsentlig'],
    functional: ['funktion', 'preferens'],
    analytics: ['statistik', 'analys', 'prestanda'],
    advertising: ['marknadsföring', 'annons', 'reklam', 'riktad'],
    social: ['sociala medier'],
  },
};
