import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { createRequire } from 'node:module';
import { featureBuildOutDir } from './scripts/lib/feature-builds';

// Permissions are the narrowest the features need; the README justifies each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // CANDOR_SOURCEMAP=1 (bench:page's BENCH_BY_SOURCE) maps profiler samples back to source files;
  // CANDOR_FEATURES=consent,article builds a content script that starts only those (bench:features),
  // into a folder of its own, so the tests and the demo never load such a build.
  ...(process.env.CANDOR_FEATURES ? { outDir: featureBuildOutDir(process.env.CANDOR_FEATURES) } : {}),
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: process.env.CANDOR_SOURCEMAP === '1' },
    define: { 'import.meta.env.CANDOR_FEATURES': JSON.stringify(process.env.CANDOR_FEATURES ?? '') },
  }),
  hooks: {
    // Scripts that run in every page's isolated world (content scripts, content modules) use the
    // browser's own promise-based API object (`chrome` in Chromium MV3, `browser` in Firefox), not
    // webextension-polyfill: evaluating the polyfill cost every frame about 3 ms of main-thread CPU
    // per bundle in `npm run bench:page`. Extension pages and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const alias = config.resolve?.alias ?? [];
      const list = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      const nativeBrowser = { find: /^wxt\/browser$/, replacement: createRequire(import.meta.url).resolve('wxt/browser') };
      config.resolve = { ...config.resolve, alias: [nativeBrowser, ...list] };
    },
    // The C2PA reader's WASM (c2pa-rs) ships as a file loaded by the background on first use, never inlined.
    'build:publicAssets': (_, files) => {
      files.push({ absoluteSrc: createRequire(import.meta.url).resolve('@contentauth/c2pa-wasm/c2pa.wasm'), relativeDest: 'c2pa.wasm' });
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Candor',
    description:
      'News transparency: article highlights, publisher AI disclosures, and cookie banners answered by your preferences.',
    // scripting: consent platforms' main-world APIs, the GPC script and content modules injected on demand;
    // declarativeNetRequest: Sec-GPC;
    // webNavigation: which document a tab shows, so a report never outlives or crosses its page;
    // offscreen (Chromium): a DOM to read articles in, off the page's main thread.
    permissions: [
      'storage',
      'tabs',
      'scripting',
      'declarativeNetRequest',
      'webNavigation',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Candor' },
    // 'wasm-unsafe-eval' lets the background compile the bundled C2PA WASM; no remote or eval'd code.
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" }
        : "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    // UI strings live in public/_locales (en, zh_CN, ja, de, fr, es); English is the fallback.
    default_locale: 'en',
    // Chromium 148+: messages are structured clones, as in Firefox, not JSON. Sending the page copy
    // (article:chunk) cost the page about half as much in a microbenchmark over corpus pages (too
    // little to show through bench:page's noise); older Chromium ignores the key.
    ...(browser === 'firefox' ? {} : { message_serialization: 'structured_clone' }),
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
