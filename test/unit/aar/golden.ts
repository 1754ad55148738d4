/** Golden runs for the after-action tests: a frozen copy of the scenario + a run file → state, card and AAR. */
import { readFileSync } from 'node:fs';
import { parseActionScript, parseScenario } from '../../../src/scenario';
import { scoreRun } from '../../../src/scoring';
import { buildAar } from '../../../src/scoring/aar';

/** Loads a frozen scenario copy and a run fixture, replays and scores it, and builds its AAR. */
export function golden(scenarioId: string, runFile: string) {
  const scenario = parseScenario(readFileSync(`test/fixtures/aar/${scenarioId}.scenario.json`, 'utf8'));
  const run = parseActionScript(readFileSync(`test/fixtures/runs/${runFile}`, 'utf8'));
  if (!scenario.ok || !run.ok) throw new Error(`fixture ${scenarioId} / ${runFile} does not load`);
  const { card, state } = scoreRun(scenario.value, run.value);
  return { scenario: scenario.value, run: run.value, card, state, aar: buildAar(scenario.value, state, card) };
}
