/** Shared helpers for the command-line tools: reading files safely, unreadable-file lines, entry points. */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A file's text, or why it could not be read (never throws). */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Reads a UTF-8 text file; binary files and directories are reasons, not exceptions. */
export function readTextFile(path: string): ReadResult {
  try {
    const text = readFileSync(path, 'utf8');
    if (text.includes('\u0000')) return { ok: false, reason: 'it looks like a binary file, not JSON text' };
    return { ok: true, text };
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    return { ok: false, reason: REASONS[code] ?? (e instanceof Error ? e.message : String(e)) };
  }
}

/** The line for a file that could not be read at all: there is no JSON, so no pointer (as for a syntax error). */
export function unreadableLine(file: string, reason: string): string {
  return `${file}:1:1 cannot read file: ${reason}`;
}

/** Whether the module at `importMetaUrl` is the script node (or tsx) was started with. */
export function isMain(importMetaUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(fileURLToPath(importMetaUrl)) === realpathSync(entry);
  } catch {
    return false;
  }
}
