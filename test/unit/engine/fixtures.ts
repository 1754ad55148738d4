/**
 * Small builders for normalized Scenario objects in engine tests: plain literals with defaults.
 * Default map: 26 × 8 open cells, post at A4 (x 0, y 3), observeRange 5, day / clear / calm, 10 minutes.
 */
import { parseCell } from '../../../src/scenario/grid';
import type {
  AirContact,
  AirCues,
  Cell,
  GridMap,
  GroundContact,
  GroundCues,
  Inject,
  Scenario,
  Trigger,
} from '../../../src/scenario/model';
import type { Activity, AirTruth, GroundTruth, TerrainCode } from '../../../src/scenario/vocab';

/** The cell for "E5"; throws on a typo so tests fail loudly. */
export function cell(ref: string): Cell {
  const c = parseCell(ref);
  if (!c) throw new Error(`bad cell ${ref}`);
  return c;
}

/** A map from terrain rows, with the perimeter given as cells. */
export function mapOf(rows: string[], perimeter: string[] = []): GridMap {
  const terrain = rows.map((row) => [...row] as TerrainCode[]);
  const inside = rows.map((row) => [...row].map(() => false));
  for (const ref of perimeter) {
    const { c, r } = cell(ref);
    inside[r][c] = true;
  }
  return { cols: rows[0].length, rows: rows.length, terrain, perimeter: inside };
}

export const OPEN_ROWS = Array.from({ length: 8 }, () => '.'.repeat(26));

type Wp = [sec: number, cell: string, activity?: Activity];

function pathOf(points: Wp[]) {
  let last: Activity = 'transiting';
  return points.map(([sec, ref, activity]) => {
    last = activity ?? last;
    return { atMs: sec * 1000, cell: cell(ref), activity: last };
  });
}

interface ContactOpts {
  linger?: boolean;
  start?: string;
  label?: string;
}

/** An air contact (default: a small multirotor, faint, low, no lights, suspicious). */
export function air(
  id: string,
  path: Wp[],
  opts: ContactOpts & { cues?: Partial<AirCues>; truth?: AirTruth; operator?: string } = {},
): AirContact {
  return {
    id,
    domain: 'air',
    truth: opts.truth ?? 'suspicious',
    cues: {
      type: 'multirotor',
      size: 'small',
      count: 1,
      sound: 'none',
      lights: 'none',
      lightColor: '',
      markings: 'grey body',
      carrying: false,
      altitude: 'low',
      ...opts.cues,
    },
    path: pathOf(path),
    linger: opts.linger ?? false,
    start: opts.start ?? null,
    label: opts.label ?? id,
    operator: opts.operator ?? null,
  };
}

/** A ground contact (default: a person, routine). */
export function ground(
  id: string,
  path: Wp[],
  opts: ContactOpts & { cues?: Partial<GroundCues>; truth?: GroundTruth } = {},
): GroundContact {
  return {
    id,
    domain: 'ground',
    truth: opts.truth ?? 'routine',
    cues: { kind: 'person', markings: 'red jacket', behavior: 'walking a dog', ...opts.cues },
    path: pathOf(path),
    linger: opts.linger ?? false,
    start: opts.start ?? null,
    label: opts.label ?? id,
    operator: null,
  };
}

type InjectBody = Inject extends infer I ? (I extends Inject ? Omit<I, keyof InjectCommon> : never) : never;
type InjectCommon = Pick<Inject, 'id' | 'trigger' | 'optional' | 'expected' | 'objectives' | 'controllerNotes'>;

/** An inject with a trigger (null and optional for a hand-fired one). */
export function inject(id: string, trigger: Trigger | null, body: InjectBody): Inject {
  return {
    id,
    trigger,
    optional: trigger === null,
    expected: '',
    objectives: [],
    controllerNotes: '',
    ...body,
  } as Inject;
}

/** A message inject (fires at `sec`). */
export function message(id: string, trigger: Trigger | null, requiresAck = true): Inject {
  return inject(id, trigger, { type: 'message', from: 'HQ', text: `message ${id}`, channel: 'radio', requiresAck });
}

/** A trigger at `sec` seconds. */
export function at(sec: number): Trigger {
  return { kind: 'at', atMs: sec * 1000 };
}

/** A scenario with defaults; anything can be overridden. */
export function scenario(over: Partial<Scenario> = {}): Scenario {
  return {
    id: 'test',
    title: 'Test',
    summary: '',
    difficulty: 'basic',
    durationMs: 600_000,
    seed: 7,
    startClockMin: 720,
    conditions: { light: 'day', visibility: 'clear', wind: 'calm' },
    map: mapOf(OPEN_ROWS),
    post: { cell: cell('A4'), name: 'Post', observeRange: 5 },
    team: [],
    sectors: [
      { id: 'east', name: 'East', cells: rangeCells('B1', 'Z8') },
      { id: 'far', name: 'Far East', cells: rangeCells('M1', 'Z8') },
    ],
    briefing: {
      situation: '',
      mission: '',
      authorizedFlights: [],
      reporting: { primary: 'Net', alternate: 'Phone', format: 'SALUTE' },
      notes: [],
      instructorNotes: '',
    },
    contacts: [],
    injects: [],
    objectives: [],
    passMark: 70,
    ...over,
  };
}

/** Every cell of the rectangle between two cells. */
export function rangeCells(a: string, b: string): Cell[] {
  const p = cell(a);
  const q = cell(b);
  const cells: Cell[] = [];
  for (let r = Math.min(p.r, q.r); r <= Math.max(p.r, q.r); r++) {
    for (let c = Math.min(p.c, q.c); c <= Math.max(p.c, q.c); c++) cells.push({ c, r });
  }
  return cells;
}
