import type { WordTable } from './schema';

export const da: WordTable = {
  lang: 'da',
  cookie: ['cookie'],
  reject: ['afvis', 'afvis alle', 'afslå', 'afslå alle', 'nej tak', 'tillad ikke', 'jeg accepterer ikke'],
  necessary: [
    'kun nødvendige', 'kun nødvendige cookies', 'tillad kun nødvendige', 'accepter kun nødvendige',
    'kun de nødvendige', 'tillad kun nødvendige cookies',
  ],
  settings: [
    'indstillinger', 'cookie indstillinger', 'tilpas', 'administrer', 'vis detaljer', 'præferencer',
    'flere muligheder', 'detaljer',
  ],
  save: ['gem', 'gem indstillinger', 'gem valg', 'bekræft valg', 'tillad valgte', 'accepter valgte'],
  accept: [
    'accepter', 'accepter alle', 'tillad', 'tillad alle', 'jeg accepterer', 'ok', 'forstået', 'fortsæt', 'ja',
    'godkend', 'godkend alle',
  ],
  wall: ['abonnér', 'abonnement', 'uden reklamer', 'betal'],
  categories: {
    necessary: ['nødvendig'],
    functional: ['funktion', 'præference'],
    analytics: ['statisti', 'analyse'],
    advertising: ['marketing', 'markedsføring', 'reklame', 'annonce'],
    social: ['sociale medier'],
  },
};
