import type { WordTable } from './schema';

export const fr: WordTable = {
  lang: 'fr',
  cookie: ['cookie', 'traceurs'],
  reject: [
    'refuser', 'tout refuser', 'refuser tout', 'je refuse', 'refuser les cookies', 'rejeter', 'tout rejeter',
    'continuer sans accepter', 'non merci', "s'opposer", "je n'accepte pas", 'ne pas accepter',
  ],
  necessary: [
    'uniquement nécessaires', 'nécessaires uniquement', 'seulement les nécessaires', 'cookies nécessaires uniquement',
    'uniquement les cookies nécessaires', 'accepter uniquement les nécessaires', 'essentiels uniquement',
    'uniquement essentiels', 'strictement nécessaires uniquement',
  ],
  settings: [
    'paramètres', 'paramétrer', 'paramètres des cookies', 'personnaliser', 'gérer', 'gérer les cookies',
    'gérer mes préférences', 'préférences', 'options', "plus d'options", 'choisir', 'configurer',
  ],
  save: [
    'enregistrer', 'enregistrer mes choix', 'enregistrer et fermer', 'sauvegarder', 'valider', 'valider mes choix',
    'confirmer', 'confirmer mes choix', 'confirmer la sélection', 'accepter la sélection', 'autoriser la sélection',
  ],
  accept: [
    'accepter', 'tout accepter', 'accepter tout', "j'accepte", 'accepter et fermer', 'accepter et continuer',
    'autoriser', 'tout autoriser', "d'accord", 'ok', 'compris', "j'ai compris", 'continuer', 'oui',
    'accepter les cookies',
  ],
  wall: ["s'abonner", 'abonner', 'abonnement', 'sans publicité', 'payer', 'payant'],
  categories: {
    necessary: ['nécessaire', 'essentiel', 'strictement'],
    functional: ['fonctionnel', 'préférence', 'personnalisation'],
    analytics: ['analytique', 'statistique', 'mesure', "mesure d'audience", 'performance'],
    advertising: ['publicité', 'publicitaire', 'marketing', 'ciblage'],
    social: ['réseaux sociaux', 'social', 'sociaux'],
  },
};
