/**
 * Playability warnings: what only playing a scenario shows. Each check reads the playtest runs
 * (perfect, passive, perfect with focus on each sector); the static checks in src/scenario stay
 * where they are, and nothing they already report is reported again.
 */
import {
  byPosition,
  checkScenario,
  type Finding,
  locator,
  type Problem,
  readJsonc,
  type ScenarioFile,
  stripBom,
  toPointer,
} from '../../scenario';
import type { Scenario } from '../../scenario/model';
import { checkAuthorized } from './authorized';
import { checkCues } from './cues';
import { checkInjectsFire } from './injects';
import { checkReachable } from './objectives';
import { checkProbeSpacing } from './probes';
import { playtests } from './runs';
import { checkServed } from './served';

/** Warnings from playing a valid scenario, located in its source `text` (the same text `file` was read from). */
export function playabilityWarnings(scenario: Scenario, file: ScenarioFile, text: string): Problem[] {
  const source = stripBom(text);
  const statics = checkScenario(source).problems.filter((p) => p.severity === 'warning');
  const already = new Set(statics.map((p) => `${p.code} ${p.pointer}`));
  const runs = playtests(scenario);
  const found: Finding[] = [
    ...checkProbeSpacing(scenario, runs),
    ...checkReachable(scenario, file, runs),
    ...checkAuthorized(scenario, runs),
    ...checkInjectsFire(scenario, runs),
    ...checkCues(scenario, file, runs),
  ].filter((f) => !already.has(`${f.code} ${toPointer(f.path)}`));
  const covered = [...statics.flatMap((p) => p.pointer ?? []), ...found.map((f) => toPointer(f.path))];
  found.push(...checkServed(scenario, runs, covered));
  const place = locator(source, readJsonc(source).root);
  return byPosition(found.map(place));
}
