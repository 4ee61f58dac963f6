import type { WordTable } from './schema';

export const es: WordTable = {
  lang: 'es',
  cookie: ['cookie'],
  reject: [
    'rechazar', 'rechazar todo', 'rechazar todas', 'rechazar cookies', 'no acepto', 'no aceptar', 'denegar',
    'no gracias', 'continuar sin aceptar', 'no estoy de acuerdo',
  ],
  necessary: [
    'solo necesarias', 'sólo necesarias', 'solo las necesarias', 'solo cookies necesarias', 'aceptar solo necesarias',
    'solo esenciales', 'únicamente necesarias', 'permitir solo necesarias',
  ],
  settings: [
    'configuración', 'configurar', 'configurar cookies', 'ajustes', 'personalizar', 'gestionar', 'administrar',
    'preferencias', 'opciones', 'más opciones',
  ],
  save: [
    'guardar', 'guardar configuración', 'guardar preferencias', 'guardar selección', 'confirmar selección',
    'confirmar mis preferencias', 'aceptar selección', 'permitir selección',
  ],
  accept: [
    'aceptar', 'aceptar todo', 'aceptar todas', 'aceptar cookies', 'acepto', 'de acuerdo', 'estoy de acuerdo',
    'permitir', 'permitir todas', 'entendido', 'vale', 'ok', 'continuar', 'sí', 'aceptar y cerrar',
  ],
  wall: ['suscribirse', 'suscríbete', 'suscripción', 'sin publicidad', 'pagar'],
  categories: {
    necessary: ['necesaria', 'esencial', 'técnica', 'estrictamente'],
    functional: ['funcional', 'preferencia', 'personalización'],
    analytics: ['analítica', 'análisis', 'estadística', 'rendimiento', 'medición'],
    advertising: ['publicidad', 'publicitaria', 'marketing', 'anuncios'],
    social: ['redes sociales', 'social'],
  },
};
