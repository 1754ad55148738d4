import { defineConfig } from 'vite';

/** Packages only the studio uses: they go in the studio's own chunk, loaded when the studio opens. */
const STUDIO_ONLY =
  /node_modules\/(@codemirror|codemirror|@lezer|crelt|style-mod|w3c-keyname|@marijn|vscode-json-languageservice|vscode-languageserver-types|vscode-languageserver-textdocument|vscode-uri|@vscode)\//;

/**
 * Build and dev-server config. Phaser goes in its own chunk, the studio's packages (CodeMirror, the JSON
 * language service) in another, the other dependencies (zod, zustand, jsonc-parser) in a vendor chunk, so the app's own code can be measured on its own (npm run bench).
 */
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // Higher priority groups take their modules first: the studio's chunk never takes a package the app shares.
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules\/phaser\//, priority: 3 },
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
});
