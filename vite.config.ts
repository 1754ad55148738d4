import { defineConfig } from 'vite';

/**
 * Build and dev-server config. Phaser goes in its own chunk, the other dependencies (zod, zustand,
 * jsonc-parser) in a vendor chunk, so the app's own code can be measured on its own (npm run bench).
 */
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        manualChunks: (id: string) =>
          id.includes('node_modules/phaser') ? 'phaser' : id.includes('node_modules/') ? 'vendor' : undefined,
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
});
