/** The scenario the classroom tests play: the built-in full shift, its first probe moved to 3 s so a test meets it. */
import { readFileSync } from 'node:fs';
import { parseScenario } from '../../src/scenario';
import type { Scenario } from '../../src/scenario/model';

/** The scenario text sent to the server. */
export const SCENARIO_TEXT = readFileSync('assets/scenarios/full-shift.json', 'utf8').replace(
  /("id": "p1-count",\s*"type": "probe",\s*"at": )"4:00"/,
  '$13',
);
if (SCENARIO_TEXT.includes('"at": "4:00"')) throw new Error('test scenario: the p1-count probe was not moved');

/** The parsed scenario (as the server parses it). */
export function testScenario(): Scenario {
  const r = parseScenario(SCENARIO_TEXT);
  if (!r.ok) throw new Error(`test scenario does not parse: ${r.error[0]?.message}`);
  return r.value;
}

/** The probe at 3 s, its optional message inject and a sector. */
export const PROBE = 'p1-count';
export const OPTIONAL_INJECT = 'status-check';
