import type { WordTable } from './schema';

export const cs: WordTable = {
  lang: 'cs',
  cookie: ['cookie'],
  reject: ['odmítnout', 'odmítnout vše', 'odmítnout všechny', 'nesouhlasím', 'nepřijímám', 'zamítnout', 'ne děkuji'],
  necessary: [
    'pouze nezbytné', 'jen nezbytné', 'pouze nutné', 'povolit pouze nezbytné', 'přijmout pouze nezbytné',
    'pouze technické',
  ],
  settings: [
    'nastavení', 'upravit', 'spravovat', 'předvolby', 'možnosti', 'další možnosti', 'upravit nastavení', 'přizpůsobit',
  ],
  save: ['uložit', 'uložit nastavení', 'uložit výběr', 'potvrdit výběr', 'povolit výběr', 'přijmout vybrané'],
  accept: [
    'přijmout', 'přijmout vše', 'přijmout všechny', 'souhlasím', 'souhlasím se vším', 'povolit', 'povolit vše',
    'povolit všechny', 'ok', 'rozumím', 'pokračovat', 'ano', 'beru na vědomí',
  ],
  wall: ['předplatné', 'předplatit', 'bez reklam', 'zaplatit'],
  categories: {
    necessary: ['nezbytn', 'nutn', 'technick'],
    functional: ['funkční', 'preferenční', 'předvolb'],
    analytics: ['analytick', 'statistick', 'výkonnost'],
    advertising: ['marketing', 'reklam', 'cílen'],
    social: ['sociální'],
  },
};
