/** The seeded PRNG (mulberry32): a 32-bit state in, a value in [0, 1) and the next state out. */

/** The PRNG state a run starts from for a seed. */
export function seedState(seed: number): number {
  return seed >>> 0;
}

/** One draw: a value in [0, 1) and the state to store for the next draw. */
export function nextRandom(rng: number): { value: number; rng: number } {
  const next = (rng + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, rng: next };
}
