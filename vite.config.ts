import { defineConfig } from 'vite';

/** Packages only the studio uses: they go in the studio's own chunk, loaded when the studio opens. */
const STUDIO_ONLY =
  /node_modules\/(@codemirror|codemirror|@lezer|crelt|style-mod|w3c-keyname|@marijn|vscode-json-languageservice|vscode-languageserver-types|vscode-languageserver-textdocument|vscode-uri|@vscode)\//;

/** The chunk a module goes in: Phaser, the studio's packages, the other packages, or (undefined) the app's own. */
function chunkOf(id: string): string | undefined {
  if (id.includes('node_modules/phaser')) return 'phaser';
  if (STUDIO_ONLY.test(id)) return 'studio-vendor';
  return id.includes('node_modules/') ? 'vendor' : undefined;
}

/**
 * Build and dev-server config. Phaser goes in its own chunk, the studio's packages (CodeMirror, the JSON
 * language service) in another, the other dependencies (zod, zustand, jsonc-parser) in a vendor chunk, so the app's own code can be measured on its own (npm run bench).
 */
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        manualChunks: chunkOf,
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
});
