/**
 * Offline figures for `npm run bench`: the offline app's precache (entries and bytes, read from the manifest in the
 * generated sw.js) and the size of the single HTML file (npm run build:single).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const SINGLE_OUT = 'tmp/bench-single';

/** The URLs in a generated service worker's precache manifest (Workbox's precacheAndRoute([...]) list). */
export function precacheUrls(swSource: string): string[] {
  const start = swSource.indexOf('precacheAndRoute([');
  if (start < 0) throw new Error('no precache manifest in sw.js');
  const list = swSource.slice(start, swSource.indexOf(']', start));
  return [...list.matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)].map((m) => m[1]);
}

/** Lines for the precache of the app built in `appDir` and for the single file, built here. */
export async function offlineLines(appDir: string): Promise<string[]> {
  const urls = precacheUrls(readFileSync(join(appDir, 'sw.js'), 'utf8'));
  const bytes = urls.reduce((sum, u) => sum + statSync(join(appDir, u)).size, 0);
  await build({ mode: 'single', logLevel: 'warn', build: { outDir: SINGLE_OUT, emptyOutDir: true } });
  const single = readFileSync(join(SINGLE_OUT, 'skywatch.html'));
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  return [
    `offline app precache: ${urls.length} files, ${mb(bytes)} (what a station downloads once to play offline)`,
    `single file skywatch.html: ${mb(single.length)}, gzip ${mb(gzipSync(single).length)} (fits any USB stick)`,
  ];
}
