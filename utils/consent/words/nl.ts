import type { WordTable } from './schema';

export const nl: WordTable = {
  lang: 'nl',
  cookie: ['cookie'],
  reject: [
    'weigeren', 'alles weigeren', 'alle weigeren', 'afwijzen', 'alles afwijzen', 'niet akkoord', 'niet accepteren',
    'nee bedankt', 'doorgaan zonder accepteren', 'ik weiger',
  ],
  necessary: [
    'alleen noodzakelijke', 'alleen noodzakelijk', 'alleen noodzakelijke cookies', 'alleen functionele',
    'alleen functionele cookies', 'alleen essentiële', 'alleen noodzakelijke accepteren',
  ],
  settings: [
    'instellingen', 'cookie instellingen', 'aanpassen', 'beheren', 'instellingen beheren', 'voorkeuren', 'opties',
    'meer opties',
  ],
  save: [
    'opslaan', 'voorkeuren opslaan', 'instellingen opslaan', 'keuze opslaan', 'selectie bevestigen', 'bevestig keuze',
    'selectie toestaan',
  ],
  accept: [
    'accepteren', 'alles accepteren', 'alle cookies accepteren', 'akkoord', 'ik ga akkoord', 'akkoord en doorgaan',
    'toestaan', 'alles toestaan', 'ok', 'prima', 'begrepen', 'doorgaan', 'ja',
  ],
  wall: ['abonneren', 'abonnement', 'zonder advertenties', 'betalen'],
  categories: {
    necessary: ['noodzakelijk', 'essentieel', 'essentiële'],
    functional: ['functione', 'voorkeur'],
    analytics: ['analytisch', 'statistiek', 'prestatie'],
    advertising: ['marketing', 'advertentie', 'tracking'],
    social: ['sociale media', 'social media'],
  },
};
