import type { WordTable } from './schema';

export const tr: WordTable = {
  lang: 'tr',
  cookie: ['çerez', 'cookie'],
  reject: [
    'reddet', 'tümünü reddet', 'hepsini reddet', 'kabul etme', 'kabul etmiyorum', 'reddediyorum', 'hayır teşekkürler',
  ],
  necessary: [
    'yalnızca gerekli', 'sadece gerekli', 'sadece zorunlu', 'yalnızca zorunlu', 'yalnızca gerekli çerezler',
    'sadece gerekli çerezlere izin ver', 'yalnızca gerekli çerezlere izin ver',
  ],
  settings: [
    'ayarlar', 'çerez ayarları', 'özelleştir', 'yönet', 'tercihler', 'seçenekler', 'daha fazla seçenek',
    'tercihleri yönet',
  ],
  save: ['kaydet', 'ayarları kaydet', 'tercihleri kaydet', 'seçimi onayla', 'seçimleri kaydet', 'seçime izin ver'],
  accept: [
    'kabul et', 'tümünü kabul et', 'hepsini kabul et', 'kabul ediyorum', 'izin ver', 'tümüne izin ver', 'onayla',
    'tamam', 'anladım', 'devam', 'devam et', 'evet',
  ],
  wall: ['abone', 'abonelik', 'reklamsız', 'öde'],
  categories: {
    necessary: ['gerekli', 'zorunlu'],
    functional: ['işlevsel', 'fonksiyonel', 'tercih'],
    analytics: ['analitik', 'istatistik', 'performans'],
    advertising: ['reklam', 'pazarlama', 'hedefleme'],
    social: ['sosyal medya'],
  },
};
