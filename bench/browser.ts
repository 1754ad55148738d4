/**
 * Browser benchmarks, side by side in one run: gzip size of the app's own code, of the other dependencies, of Phaser's chunk
 * and of what the studio adds when it opens;
 * time until the library is usable in headless Chromium against a bare Phaser page built the same way;
 * median frame time with 200 moving tracks on the map against a bare Phaser scene drawing 200 moving shapes,
 * sampled in alternating rounds. The offline app's service worker is blocked, so its precaching does not weigh on the timings.
 * Run on its own with `npx tsx bench/browser.ts`, or call runBrowserBench() from bench/run.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { launchChromium } from '../test/browser/chromium';
import { studioGzipKb } from './studioSize';

export interface BrowserBench {
  /** Our own code (src/): every JS chunk but Phaser's, the vendor chunk, the message catalogs and the studio's. */
  appGzipKb: number;
  /** The English messages (loaded with the app) and the Spanish ones (loaded when chosen): text, not code. */
  messagesEnGzipKb: number;
  messagesEsGzipKb: number;
  /** What opening the studio adds: its own code, its packages and its worker, loaded only when it opens. */
  studioGzipKb: number;
  studioFiles: string[];
  /** The other dependencies (zod, zustand, jsonc-parser) in the vendor chunk. */
  vendorGzipKb: number;
  phaserGzipKb: number;
  libraryLoadMs: number;
  bareLoadMs: number;
  /** Median ms between frames (the goal's measure; steps of a 60 Hz frame). */
  mapFrameMs: number;
  bareFrameMs: number;
  /** Mean ms between frames: shows how close a median is to the next step. */
  mapFrameMeanMs: number;
  bareFrameMeanMs: number;
}

/** Where the app is built for the bench (bench/offline.ts reads its service worker). */
export const APP_OUT = 'tmp/bench-app';
const PAGES_OUT = 'tmp/bench-pages';
const RUNS = 5;
/** Frame times are sampled in rounds, map and bare page in turn, so a change in the machine's load hits both. */
const FRAME_ROUNDS = 3;
const SAMPLE_MS = 2000;

function gzipKb(dir: string, test: (name: string) => boolean): number {
  const files = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js') && test(f));
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, 'assets', f))).length, 0) / 1024;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function mean(xs: number[]): number {
  return xs.reduce((sum, x) => sum + x, 0) / xs.length;
}

/** Builds the app and the bench pages, measures them in headless Chromium, and returns the numbers. */
export async function runBrowserBench(): Promise<BrowserBench> {
  await build({ logLevel: 'warn', build: { outDir: APP_OUT, emptyOutDir: true, manifest: true } });
  const studio = studioGzipKb(APP_OUT);
  await build({
    logLevel: 'warn',
    root: 'bench/browser',
    base: './',
    configFile: 'vite.config.ts',
    build: {
      outDir: join(process.cwd(), PAGES_OUT),
      emptyOutDir: true,
      rollupOptions: { input: { bare: 'bench/browser/bare.html', map: 'bench/browser/map.html' } },
    },
  });
  const app = await preview({ logLevel: 'warn', build: { outDir: APP_OUT }, preview: { port: 0, host: '127.0.0.1' } });
  const pages = await preview({
    logLevel: 'warn',
    root: 'bench/browser',
    build: { outDir: join(process.cwd(), PAGES_OUT) },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const appUrl = app.resolvedUrls?.local[0] ?? '';
  const pagesUrl = pages.resolvedUrls?.local[0] ?? '';
  const browser = await launchChromium();
  try {
    const load = async (url: string, ready: (p: import('playwright-core').Page) => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
        const page = await context.newPage();
        const start = Date.now();
        await page.goto(url);
        await ready(page);
        times.push(Date.now() - start);
        await context.close();
      }
      return median(times);
    };
    const libraryLoadMs = await load(appUrl, (p) =>
      p
        .getByRole('button', { name: /^Open briefing/ })
        .first()
        .waitFor(),
    );
    const bareLoadMs = await load(`${pagesUrl}bare.html`, (p) => p.waitForFunction(() => window.benchReady === true));
    const frames = async (url: string) => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.benchReady === true);
      await page.waitForTimeout(500);
      const deltas = await page.evaluate((sample) => window.benchFrames?.(sample) ?? Promise.resolve([]), SAMPLE_MS);
      await context.close();
      return deltas;
    };
    const map: number[] = [];
    const bare: number[] = [];
    for (let round = 0; round < FRAME_ROUNDS; round++) {
      map.push(...(await frames(`${pagesUrl}map.html`)));
      bare.push(...(await frames(`${pagesUrl}bare.html`)));
    }
    return {
      appGzipKb: gzipKb(
        APP_OUT,
        (f) =>
          !f.startsWith('phaser-') &&
          !f.startsWith('vendor-') &&
          !f.startsWith('messages-') &&
          !studio.files.includes(f),
      ),
      messagesEnGzipKb: gzipKb(APP_OUT, (f) => f.startsWith('messages-en-')),
      messagesEsGzipKb: gzipKb(APP_OUT, (f) => f.startsWith('messages-es-')),
      studioGzipKb: studio.kb,
      studioFiles: studio.files,
      vendorGzipKb: gzipKb(APP_OUT, (f) => f.startsWith('vendor-')),
      phaserGzipKb: gzipKb(APP_OUT, (f) => f.startsWith('phaser-')),
      libraryLoadMs,
      bareLoadMs,
      mapFrameMs: median(map),
      bareFrameMs: median(bare),
      mapFrameMeanMs: mean(map),
      bareFrameMeanMs: mean(bare),
    };
  } finally {
    await browser.close();
    await app.close();
    await pages.close();
  }
}

/** The results as lines with their goals. */
export function formatBrowserBench(b: BrowserBench): string[] {
  const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER GOAL');
  return [
    `app's own code gzip: ${b.appGzipKb.toFixed(1)} KB (goal < 100 KB: ${verdict(b.appGzipKb < 100)}); other dependencies: ${b.vendorGzipKb.toFixed(1)} KB; Phaser chunk: ${b.phaserGzipKb.toFixed(1)} KB`,
    `message catalogs gzip: English ${b.messagesEnGzipKb.toFixed(1)} KB (with the app), Spanish ${b.messagesEsGzipKb.toFixed(1)} KB (loaded when chosen)`,
    `studio, loaded only when it opens, gzip: ${b.studioGzipKb.toFixed(1)} KB (${b.studioFiles.length} files: its code, CodeMirror, the JSON language service, the playtest worker)`,
    `library usable: ${b.libraryLoadMs} ms vs bare Phaser page ${b.bareLoadMs} ms = ${(b.libraryLoadMs / b.bareLoadMs).toFixed(2)}× (goal ≤ 1.3×: ${verdict(b.libraryLoadMs <= 1.3 * b.bareLoadMs)})`,
    `median frame, 200 moving tracks: ${b.mapFrameMs.toFixed(1)} ms vs bare scene ${b.bareFrameMs.toFixed(1)} ms = ${(b.mapFrameMs / b.bareFrameMs).toFixed(2)}× (goal ≤ 1.5×: ${verdict(b.mapFrameMs <= 1.5 * b.bareFrameMs)}); means ${b.mapFrameMeanMs.toFixed(1)} vs ${b.bareFrameMeanMs.toFixed(1)} ms`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runBrowserBench();
  for (const line of formatBrowserBench(result)) process.stdout.write(`${line}\n`);
}
