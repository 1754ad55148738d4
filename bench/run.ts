/**
 * `npm run bench`: prints speed and size figures with their goals beside them: engine speed, replay time of long runs, the
 * studio's time from an edit to refreshed problems and policy scores, playtest time,
 * the four built-in policies' scores per built-in scenario, and the browser figures (bundle sizes, load time and frame time
 * against bare Phaser), the offline app's precache size and the single file's size, and the classroom load run
 * (BENCH_SEATS simulated seats, default 40, against one server process). Nothing here fails a build.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { advance, init, TICK_MS } from '../src/engine';
import { parseScenario } from '../src/scenario';
import { APP_OUT, formatBrowserBench, runBrowserBench } from './browser';
import { runClassroomBench } from './classroom';
import { generateScenario } from './generate';
import { offlineLines } from './offline';
import { policyScoreLines } from './policies';
import { replayTimes } from './replay';
import { studioTimes } from './studio';

function line(label: string, value: string, goal = ''): void {
  console.log(`${label.padEnd(48)} ${value.padStart(14)}${goal ? `   (goal: ${goal})` : ''}`);
}

function engineSpeed(): void {
  const parsed = parseScenario(JSON.stringify(generateScenario(200, 60)));
  if (!parsed.ok) throw new Error(`generated scenario is invalid: ${parsed.error[0]?.message}`);
  const scenario = parsed.value;
  const simMs = scenario.durationMs;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    advance(scenario, init(scenario), simMs);
    best = Math.min(best, performance.now() - t0);
  }
  line('engine, 60 min × 200 contacts, one advance call', `${Math.round(simMs / best)}× real time`, '≥ 2000×');
  const t0 = performance.now();
  let state = init(scenario);
  while (!state.ended) state = advance(scenario, state, TICK_MS);
  const wall = performance.now() - t0;
  line(`engine, same run one ${TICK_MS} ms tick per call (as the game)`, `${Math.round(simMs / wall)}× real time`);
  line('  events in the log at the end', String(state.log.length));
}

function playtestTime(): void {
  const files = readdirSync('assets/scenarios')
    .filter((f) => f.endsWith('.json'))
    .map((f) => `assets/scenarios/${f}`);
  const t0 = performance.now();
  execFileSync('npx', ['tsx', 'src/cli/validate.ts', '--playtest', '--lang', 'en', ...files], { stdio: 'pipe' });
  line(`validate --playtest, ${files.length} built-in scenarios (wall)`, `${Math.round(performance.now() - t0)} ms`);
}

function replaySpeed(): void {
  for (const n of [10_000, 40_000, 100_000]) {
    const { replayMs, scoreMs } = replayTimes(n);
    line(`replay, ${n / 1000}k actions on 60 min × 20 contacts`, `${Math.round(replayMs)} ms`, 'linear in actions');
    line('  scoring the same run', `${Math.round(scoreMs)} ms`);
  }
}

function studioSpeed(): void {
  const { file, problemsMs, scoresMs, completeMs } = studioTimes();
  line(`studio, ${file}: edit → problems refreshed`, `${problemsMs.toFixed(1)} ms`, '≤ 100 ms');
  line('studio, same: edit → policy scores refreshed (worker)', `${Math.round(scoresMs)} ms`, '≤ 1000 ms');
  line('studio, same: edit → playability warnings too (worker)', `${Math.round(completeMs)} ms`);
}

engineSpeed();
replaySpeed();
studioSpeed();
playtestTime();
for (const l of policyScoreLines()) console.log(l);
for (const l of formatBrowserBench(await runBrowserBench())) console.log(l);
for (const l of await offlineLines(APP_OUT)) console.log(l);
for (const l of await runClassroomBench(Number(process.env.BENCH_SEATS ?? 40))) console.log(l);
