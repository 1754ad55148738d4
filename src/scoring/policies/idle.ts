/** The idle policy: a trainee who does nothing at all. */
import type { Policy } from './policy';

/** Never acts. */
export const idlePolicy: Policy = { name: 'idle', next: () => null };
