import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are the narrowest the features need; the README justifies each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Candor',
    description:
      'News transparency: article highlights, publisher AI disclosures, and cookie banners answered by your preferences.',
    permissions: ['storage', 'tabs'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Candor' },
    // UI strings live in public/_locales (en, zh_CN, ja, de, fr, es); English is the fallback.
    default_locale: 'en',
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'candor@candor.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
