import type { WordTable } from './schema';

export const pt: WordTable = {
  lang: 'pt',
  cookie: ['cookie'],
  reject: [
    'rejeitar', 'rejeitar tudo', 'rejeitar todos', 'recusar', 'recusar tudo', 'não aceito', 'não aceitar', 'negar',
    'continuar sem aceitar', 'não obrigado',
  ],
  necessary: [
    'apenas necessários', 'somente necessários', 'só necessários', 'apenas essenciais', 'somente essenciais',
    'aceitar apenas necessários', 'apenas cookies necessários', 'permitir apenas necessários',
  ],
  settings: [
    'configurações', 'definições', 'configurar', 'personalizar', 'gerir', 'gerenciar', 'gerenciar cookies',
    'preferências', 'opções', 'mais opções',
  ],
  save: [
    'salvar', 'guardar', 'guardar preferências', 'salvar preferências', 'salvar configurações', 'confirmar seleção',
    'confirmar escolhas', 'permitir seleção', 'aceitar seleção',
  ],
  accept: [
    'aceitar', 'aceitar tudo', 'aceitar todos', 'aceito', 'concordo', 'eu concordo', 'permitir', 'permitir todos',
    'ok', 'entendi', 'entendido', 'continuar', 'sim', 'aceitar e fechar',
  ],
  wall: ['assinar', 'assine', 'assinatura', 'sem anúncios', 'pagar'],
  categories: {
    necessary: ['necessário', 'essenciais', 'essencial', 'estritamente'],
    functional: ['funciona', 'preferência'],
    analytics: ['analític', 'análise', 'estatística', 'desempenho', 'medição'],
    advertising: ['publicidade', 'publicitário', 'marketing', 'anúncio'],
    social: ['redes sociais', 'social'],
  },
};
