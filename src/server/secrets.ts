/** Join codes, instructor keys and seat tokens: random from node:crypto, stored only as hashes. */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../protocol';

/** A fresh join code (6 characters of the unambiguous alphabet). */
export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A fresh unguessable secret: 128 random bits, base64url. */
export function newSecret(): string {
  return randomBytes(16).toString('base64url');
}

/** The stored form of a secret: SHA-256 hex. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Whether `secret` hashes to `hash` (constant time). */
export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
