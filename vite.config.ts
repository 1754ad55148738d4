import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';

/** Packages only the studio uses: they go in the studio's own chunk, loaded when the studio opens. */
const STUDIO_ONLY =
  /node_modules\/(@codemirror|codemirror|@lezer|crelt|style-mod|w3c-keyname|@marijn|vscode-json-languageservice|vscode-languageserver-types|vscode-languageserver-textdocument|vscode-uri|@vscode)\//;

/**
 * The offline app: a web app manifest with the icons in public/icons (drawn by scripts/icons.ts), and a service worker
 * that precaches every built file: the app, Phaser's and the studio's lazily loaded chunks, the built-in scenarios
 * (bundled into the app's chunk by import.meta.glob), styles and icons. A new version waits until the trainee reloads.
 */
const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: null,
  // Workbox's globPatterns below take the icons already; the plugin adds the manifest itself.
  includeManifestIcons: false,
  manifest: {
    name: 'Skywatch — drone awareness trainer',
    short_name: 'Skywatch',
    description: 'Counter-drone awareness trainer: notice, classify and report small drones.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#0e1318',
    theme_color: '#0e1318',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,json,svg,png,ico,woff,woff2}'],
    // Phaser's chunk (about 1.4 MB) is close to Workbox's 2 MiB default, above which a file is silently left out.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // The first install takes the open page at once, so a lazily loaded chunk is served from the cache when offline.
    clientsClaim: true,
  },
};

/** For the single file: the icon links point at the SVG icon inlined as a data URL (no public folder beside it). */
function inlineIcons(): Plugin {
  const svg = readFileSync(new URL('./public/icons/icon.svg', import.meta.url));
  const href = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  return {
    name: 'skywatch:inline-icons',
    transformIndexHtml: (html) => html.replace(/href="\.\/icons\/[^"]+"/g, `href="${href}"`),
  };
}

/**
 * Build and dev-server config. The normal build is the installable offline app: Phaser goes in its own chunk, the
 * studio's packages (CodeMirror, the JSON language service) in another, the other dependencies (zod, zustand,
 * jsonc-parser) in a vendor chunk, so the app's own code can be measured on its own (npm run bench), and a Workbox
 * service worker precaches every file. `vite build --mode single` (npm run build:single) makes
 * one self-contained HTML file instead, with every chunk inlined and no service worker, to run from file://.
 */
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    publicDir: single ? false : 'public',
    // From file:// a worker cannot load from a file of its own: the single file plays the studio's checks on the page.
    resolve: single
      ? {
          alias: [
            {
              find: /^\.\/moduleWorker$/,
              replacement: fileURLToPath(new URL('./src/studio/playtest/inThreadWorker.ts', import.meta.url)),
            },
          ],
        }
      : {},
    plugins: single
      ? [inlineIcons(), VitePWA({ ...pwaOptions, disable: true }), viteSingleFile({ outputFileName: 'skywatch.html' })]
      : [VitePWA(pwaOptions)],
    build: {
      target: 'es2022',
      outDir: single ? 'dist-single' : 'dist',
      chunkSizeWarningLimit: 2000,
      rolldownOptions: single
        ? {}
        : {
            output: {
              // Higher priority groups take their modules first: the studio's chunk never takes a package the app shares.
              codeSplitting: {
                groups: [
                  { name: 'phaser', test: /node_modules\/phaser\//, priority: 3 },
                  // Each language's messages in a chunk of their own: text, measured apart from the code by the bench.
                  { name: 'messages-en', test: /src\/i18n\/locales\/en\//, priority: 4 },
                  { name: 'messages-es', test: /src\/i18n\/locales\/es\//, priority: 4 },
                  {
                    name: 'vendor',
                    test: (id: string) => id.includes('node_modules/') && !STUDIO_ONLY.test(id),
                    priority: 2,
                  },
                  { name: 'studio-vendor', test: STUDIO_ONLY, priority: 1 },
                ],
              },
            },
          },
    },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1', port: 4173 },
  };
});
