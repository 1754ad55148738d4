import { defineConfig } from 'vitest/config';

/** Three projects: logic tests in Node (never import Phaser), classroom servers driven over loopback, and browser tests in Debian's Chromium. */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // Some tests start the CLI as a real process (tsx compiles on start): seconds each on a busy 2-core machine.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'server',
          include: ['test/server/**/*.test.ts'],
          environment: 'node',
          // Real classroom servers (child processes, one file at a time) on a busy 2-core machine.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/serve.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // A page may take seconds to react on a slow machine: polls wait up to 10 s, not Vitest's 1 s.
          expect: { poll: { timeout: 10_000, interval: 100 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
