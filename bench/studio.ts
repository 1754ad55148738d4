/** The studio's live checks on the largest built-in scenario: from an edit to refreshed problems, and to refreshed policy scores. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { applyEdit, type Edit } from '../src/studio/edits';
import { modelOf } from '../src/studio/model';
import { playtestReport, playtestScores } from '../src/studio/playtest/report';

/** The largest built-in scenario file. */
function largest(dir = 'assets/scenarios'): string {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  return files.reduce((a, b) => (statSync(`${dir}/${a}`).size >= statSync(`${dir}/${b}`).size ? a : b));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The time an edit takes to show, in ms: median over `runs` edits that move the post back and forth. */
function timeTo(text: string, runs: number, refresh: (text: string) => unknown): number {
  const cells = ['A1', 'B2'];
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const edit: Edit = { kind: 'movePost', cell: cells[i % 2] };
    const t0 = performance.now();
    refresh(applyEdit(text, edit));
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** The largest built-in scenario's name and the median times, in ms, from an edit to refreshed problems, policy scores, and warnings too. */
export function studioTimes(): { file: string; problemsMs: number; scoresMs: number; completeMs: number } {
  const file = largest();
  const text = readFileSync(`assets/scenarios/${file}`, 'utf8');
  modelOf(text);
  return {
    file,
    problemsMs: timeTo(text, 21, modelOf),
    scoresMs: timeTo(text, 5, playtestScores),
    completeMs: timeTo(text, 3, playtestReport),
  };
}
