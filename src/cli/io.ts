/** Shared helpers for the command-line tools: reading files safely, unreadable-file lines, entry points. */
import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { t } from '../i18n';
import { MAX_FILE_BYTES } from '../scenario/limits';

/** A file's text, or why it could not be read (never throws). */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const REASONS: Record<string, () => string> = {
  ENOENT: () => t('cli:read.noSuchFile'),
  EISDIR: () => t('cli:read.directory'),
  EACCES: () => t('cli:read.permission'),
  EPERM: () => t('cli:read.permission'),
};

const NOT_A_FILE = () => t('cli:read.notAFile');
const TOO_LARGE = () => t('cli:read.tooLarge', { megabytes: MAX_FILE_BYTES / 1024 / 1024 });

/** At most `limit` bytes of an open file (one more than the limit tells that it is larger). */
function readAtMost(fd: number, limit: number): Buffer {
  const buf = Buffer.alloc(limit);
  let n = 0;
  for (;;) {
    const got = readSync(fd, buf, n, limit - n, null);
    if (got === 0) return buf.subarray(0, n);
    n += got;
    if (n === limit) return buf;
  }
}

/**
 * Reads a UTF-8 text file of at most MAX_FILE_BYTES; directories, pipes, devices, larger files,
 * binary files and text in another encoding are reasons, not exceptions.
 */
export function readTextFile(path: string): ReadResult {
  let fd: number | null = null;
  try {
    const before = statSync(path);
    if (before.isDirectory()) return { ok: false, reason: REASONS.EISDIR() };
    if (!before.isFile()) return { ok: false, reason: NOT_A_FILE() };
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: NOT_A_FILE() };
    if (stat.size > MAX_FILE_BYTES) return { ok: false, reason: TOO_LARGE() };
    const bytes = readAtMost(fd, MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) return { ok: false, reason: TOO_LARGE() };
    if (bytes.includes(0)) return { ok: false, reason: t('cli:read.binary') };
    const text = utf8Text(bytes);
    return text === null ? { ok: false, reason: t('cli:read.notUtf8') } : { ok: true, text };
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    return { ok: false, reason: REASONS[code]?.() ?? (e instanceof Error ? e.message : String(e)) };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** The text of UTF-8 bytes (a byte-order mark kept), or null when they are not valid UTF-8. */
function utf8Text(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The line for a file that could not be read at all: there is no JSON, so no pointer (as for a syntax error). */
export function unreadableLine(file: string, reason: string): string {
  return `${file}:1:1 ${t('cli:read.cannotRead', { reason })}`;
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
