/** Built-in policies by name. */
import { guesserPolicy } from './guesser';
import { idlePolicy } from './idle';
import { observerPolicy } from './observer/observer';
import { perfectPolicy } from './perfect';
import type { Policy } from './policy';

export { type Policy, type PolicyRun, runPolicy } from './policy';
export { fromView, type TraineeBrief, traineeBrief, type ViewPolicy, type ViewStep } from './viewPolicy';

/** The built-in policies' names, in the order the playtest prints them. */
export const POLICY_NAMES = ['perfect', 'observer', 'guesser', 'idle'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

/** The built-in policies the CLI and playtest know by name. */
export const POLICIES: Record<PolicyName, Policy> = {
  perfect: perfectPolicy,
  observer: observerPolicy,
  guesser: guesserPolicy,
  idle: idlePolicy,
};
