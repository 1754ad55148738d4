/** Built-in scenarios for the policy tests, parsed once each. */
import { readFileSync } from 'node:fs';
import { parseScenario } from '../../../src/scenario';
import type { Scenario } from '../../../src/scenario/model';

const cache = new Map<string, Scenario>();

/** The built-in scenario `id` (assets/scenarios/ID.json), normalized. */
export function builtIn(id: string): Scenario {
  const hit = cache.get(id);
  if (hit) return hit;
  const parsed = parseScenario(readFileSync(`assets/scenarios/${id}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  cache.set(id, parsed.value);
  return parsed.value;
}
