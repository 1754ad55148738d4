/**
 * The studio's added code size: every chunk of a build that neither the first page load, the play screen nor the
 * Spanish messages load
 * (the studio's own code, its packages such as CodeMirror and the JSON language service, and its playtest worker),
 * found from the build's manifest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** Files a manifest key loads with it: itself and its static imports, recursively. */
function closure(manifest: Record<string, ManifestChunk>, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const k of chunk.imports ?? []) closure(manifest, k, into);
  return into;
}

/** Gzip KB of the studio's chunks in a build made with `manifest: true` in `outDir`, and their file names. */
export function studioGzipKb(outDir: string): { kb: number; files: string[] } {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const elsewhere = closure(manifest, 'index.html');
  closure(manifest, 'src/game/game.ts', elsewhere);
  closure(manifest, 'src/i18n/es.ts', elsewhere);
  const files = readdirSync(join(outDir, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => f.endsWith('.js') && !elsewhere.has(f));
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(outDir, f))).length, 0);
  return { kb: bytes / 1024, files: files.map((f) => f.slice('assets/'.length)) };
}
