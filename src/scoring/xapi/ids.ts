/** Deterministic ids and UTC times for xAPI statements, without a clock or randomness. */
import { v5 } from 'uuid';

/**
 * The namespace of Skywatch's name-based ids: itself the RFC 4122 version 5 UUID of the name "urn:skywatch:xapi" in
 * the standard URL namespace (6ba7b811-…), so anyone can re-derive it, and ids made from the same text by another
 * program with another namespace never collide with ours.
 */
export const SKYWATCH_NAMESPACE = v5('urn:skywatch:xapi', v5.URL);

/** A name-based UUID (RFC 4122 version 5, SHA-1) of text in Skywatch's namespace: the same text, the same id. */
export function uuidFrom(text: string): string {
  return v5(text, SKYWATCH_NAMESPACE);
}

/** ISO 8601 UTC timestamp ("2026-11-24T22:40:00.000Z") of epoch milliseconds. */
export function isoUtc(epochMs: number): string {
  return new Date(Math.floor(epochMs)).toISOString();
}

/** ISO 8601 duration of milliseconds ("PT7M30S", "PT0S"), to the hundredth of a second. */
export function isoDuration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor(cs / 6000) % 60;
  const s = (cs % 6000) / 100;
  const parts = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
  return `PT${parts}`;
}
