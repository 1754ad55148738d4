/** Built-in policies by name. */
import { idlePolicy } from './idle';
import { perfectPolicy } from './perfect';
import type { Policy } from './policy';

export { type Policy, type PolicyRun, runPolicy } from './policy';

/** The built-in policies the CLI and playtest know by name. */
export const POLICIES: Record<'perfect' | 'idle', Policy> = { perfect: perfectPolicy, idle: idlePolicy };
