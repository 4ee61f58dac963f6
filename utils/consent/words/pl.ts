import type { WordTable } from './schema';

export const pl: WordTable = {
  lang: 'pl',
  cookie: ['cookie', 'ciasteczk'],
  reject: [
    'odrzuć', 'odrzuć wszystko', 'odrzuć wszystkie', 'odrzucam', 'nie zgadzam się', 'nie akceptuję', 'odmów',
    'nie dziękuję',
  ],
  necessary: [
    'tylko niezbędne', 'tylko wymagane', 'tylko konieczne', 'akceptuj tylko niezbędne', 'zezwól tylko na niezbędne',
  ],
  settings: [
    'ustawienia', 'ustawienia cookies', 'dostosuj', 'zarządzaj', 'zarządzaj opcjami', 'preferencje', 'opcje',
    'więcej opcji',
  ],
  save: [
    'zapisz', 'zapisz ustawienia', 'zapisz wybór', 'zapisz preferencje', 'potwierdź wybór', 'zezwól na wybór',
    'akceptuj wybrane',
  ],
  accept: [
    'akceptuj', 'akceptuj wszystko', 'akceptuj wszystkie', 'akceptuję', 'zgadzam się', 'zgoda', 'zezwól',
    'zezwól na wszystkie', 'ok', 'rozumiem', 'przejdź', 'dalej', 'tak',
  ],
  wall: ['subskrypcja', 'subskrybuj', 'bez reklam', 'zapłać'],
  categories: {
    necessary: ['niezbędne', 'wymagane', 'konieczne'],
    functional: ['funkcjonal', 'preferencj'],
    analytics: ['analityczn', 'statystyczn', 'wydajnoś'],
    advertising: ['marketing', 'reklam'],
    social: ['media społecznościowe', 'społecznościow'],
  },
};
