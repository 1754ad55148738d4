/**
 * The classroom load run: simulated seats acting every few seconds against ONE classroom server process on
 * 127.0.0.1 (embedded database in a temp folder). Measures a seat's action → the instructor console's
 * update (p50/p95/p99), the server's CPU and memory per seat, and how many seats one process holds with
 * p95 under 100 ms. Classes have at most 40 seats; every loop is bounded in count and time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleMessage, ConsoleRowMessage, SeatRow } from '../src/protocol';
import {
  type Conn,
  createClass,
  join as joinClass,
  leave,
  removeDir,
  startServer,
  tempDir,
} from '../test/server/harness';

const SCENARIO = readFileSync('assets/scenarios/full-shift.json', 'utf8');
const CLASS_SIZE = 40;
/** Wall time of one measured step, and of the warm-up before it. */
const STEP_MS = 20_000;
const WARM_MS = 3000;
/** The capacity search stops at this many seats whatever the latency. */
const MAX_SEATS = 240;
/** The console latency goal for "seats one process holds". */
const GOAL_P95_MS = 100;

interface Step {
  seats: number;
  latencies: number[];
  cpuPerSeatPct: number;
  rssPerSeatMb: number;
  lost: number;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** CPU seconds (user + system) of a process, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Resident memory of a process in MB, from /proc. */
function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Joins `count` more seats (in classes of at most 40, each with its instructor watching). */
async function addSeats(base: string, count: number, classes: { teacher: Conn; seats: Conn[] }[]): Promise<void> {
  for (let i = 0; i < count; i++) {
    let cls = classes.at(-1);
    if (!cls || cls.seats.length >= CLASS_SIZE) {
      const { code, key } = await createClass(base, SCENARIO);
      const teacher = await joinClass(base, code, { role: 'instructor', key });
      cls = { teacher, seats: [] };
      classes.push(cls);
      (cls as { code?: string }).code = code;
    }
    const code = (cls as { code?: string }).code ?? '';
    cls.seats.push(await joinClass(base, code, { role: 'seat', name: `Seat ${cls.seats.length + 1}` }));
    if (cls.seats.length === 1) cls.teacher.room.send('start', {});
  }
}

/** Every seat toggles its emissions every `everyMs` (staggered); each action's time to the console row that shows it. */
async function measure(
  classes: { teacher: Conn; seats: Conn[] }[],
  everyMs: number,
  pid: number,
  rssBase: number,
): Promise<Step> {
  const pending = new Map<string, { want: string; sentMs: number }>();
  const latencies: number[] = [];
  let measuring = false;
  const seen = (cls: number, row: SeatRow) => {
    const key = `${cls}/${row.seatId}`;
    const p = pending.get(key);
    if (!p || row.emissions !== p.want) return;
    pending.delete(key);
    if (measuring) latencies.push(Date.now() - p.sentMs);
  };
  const offs = classes.flatMap((c, ci) => [
    c.teacher.room.onMessage('consoleRow', (m: ConsoleRowMessage) => seen(ci, m.row)),
    c.teacher.room.onMessage('console', (m: ConsoleMessage) => {
      for (const r of m.seats) seen(ci, r);
    }),
  ]);
  const seats = classes.flatMap((c, ci) => c.seats.map((s, si) => ({ s, key: `${ci}/s${si + 1}`, state: 'on' })));
  const timers = seats.map((seat, i) =>
    setTimeout(
      () => {
        const fire = () => {
          seat.state = seat.state === 'on' ? 'off' : 'on';
          pending.set(seat.key, { want: seat.state, sentMs: Date.now() });
          seat.s.room.send('act', { action: { type: 'emissions', state: seat.state } });
        };
        fire();
        timers[i] = setInterval(fire, everyMs);
      },
      Math.floor((i / seats.length) * everyMs),
    ),
  );
  await new Promise((r) => setTimeout(r, WARM_MS));
  measuring = true;
  const cpu0 = cpuSeconds(pid);
  const t0 = Date.now();
  await new Promise((r) => setTimeout(r, STEP_MS));
  const cpu = cpuSeconds(pid) - cpu0;
  const wall = (Date.now() - t0) / 1000;
  measuring = false;
  for (const t of timers) clearInterval(t);
  for (const off of offs) (off as () => void)();
  const sent = Math.round((STEP_MS / everyMs) * seats.length);
  return {
    seats: seats.length,
    latencies: latencies.sort((a, b) => a - b),
    cpuPerSeatPct: ((cpu / wall) * 100) / seats.length,
    rssPerSeatMb: (rssMb(pid) - rssBase) / seats.length,
    lost: Math.max(0, sent - latencies.length),
  };
}

/** Runs the load (default 40 seats acting every 3 s), then the capacity search; returns the lines to print. */
export async function runClassroomBench(seats = 40, everyMs = 3000): Promise<string[]> {
  const dir = tempDir('skywatch-bench-');
  const server = await startServer({ DATA_DIR: join(dir, 'db') });
  const pid = server.proc.pid ?? 0;
  const classes: { teacher: Conn; seats: Conn[] }[] = [];
  const lines: string[] = [];
  const fmt = (label: string, value: string, goal = '') =>
    `${label.padEnd(48)} ${value.padStart(14)}${goal ? `   (goal: ${goal})` : ''}`;
  try {
    const rssBase = rssMb(pid);
    await addSeats(server.base, seats, classes);
    const first = await measure(classes, everyMs, pid, rssBase);
    const l = first.latencies;
    lines.push(fmt(`classroom, ${seats} seats acting every ${everyMs / 1000} s, one process`, `${l.length} actions`));
    lines.push(
      fmt(
        '  action → console update p50 / p95 / p99',
        `${pct(l, 50)} / ${pct(l, 95)} / ${pct(l, 99)} ms`,
        `p95 < ${GOAL_P95_MS} ms`,
      ),
    );
    lines.push(fmt('  server CPU per seat', `${first.cpuPerSeatPct.toFixed(2)} % of a core`));
    lines.push(fmt('  server memory per seat', `${first.rssPerSeatMb.toFixed(2)} MB`));
    let held = pct(l, 95) < GOAL_P95_MS ? seats : 0;
    let n = seats;
    while (held === n && n < MAX_SEATS) {
      const more = Math.min(MAX_SEATS, n * 2) - n;
      await addSeats(server.base, more, classes);
      n += more;
      const step = await measure(classes, everyMs, pid, rssBase);
      const p95 = pct(step.latencies, 95);
      lines.push(fmt(`  ${n} seats: p50 / p95`, `${pct(step.latencies, 50)} / ${p95} ms`));
      if (p95 < GOAL_P95_MS) held = n;
    }
    const capped = held >= MAX_SEATS ? ` (the search stops at ${MAX_SEATS})` : '';
    lines.push(fmt(`  seats one process holds with p95 < ${GOAL_P95_MS} ms`, `${held}${capped}`));
  } finally {
    for (const c of classes) for (const s of [c.teacher, ...c.seats]) await leave(s, 500);
    await server.stop();
    removeDir(dir);
  }
  return lines;
}
