/** Random valid studio edits for property tests: each is built from the document as it stands. */
import fc from 'fast-check';
import { cellName, TERRAIN_CODES } from '../../../src/scenario';
import type { Edit } from '../../../src/studio/edits';
import { type PartialScenario, readPartial } from '../../../src/studio/partial';

/** The kinds of edit the generator makes; `keeping` are those that never remove anything written. */
export const KEEPING = [
  'paint',
  'movePost',
  'moveTeam',
  'addTeam',
  'setSectorCells',
  'addWaypoint',
  'setWaypoint',
  'addInject',
  'setInjectField',
  'moveInject',
  'setInjectTime',
  'addObjective',
  'setBriefing',
  'growMap',
] as const;
export const ALL = [...KEEPING, 'removeTeam', 'removeWaypoint', 'removeObjective'] as const;
export type Kind = (typeof ALL)[number];

/** One random choice: what kind of edit and a number that picks its details. */
export type Pick = [Kind, number];

/** Arbitrary sequences of picks among `kinds`. */
export function picks(kinds: readonly Kind[], maxLength = 12): fc.Arbitrary<Pick[]> {
  return fc.array(fc.tuple(fc.constantFrom(...kinds), fc.nat({ max: 1_000_000 })), { maxLength });
}

function cellAt(p: PartialScenario, n: number): string {
  const cols = p.terrain[0]?.length ?? 1;
  const i = n % (cols * p.terrain.length);
  return cellName({ c: i % cols, r: Math.floor(i / cols) });
}

function rangeAt(p: PartialScenario, n: number): string {
  const cols = p.terrain[0]?.length ?? 1;
  const rows = p.terrain.length;
  const c1 = n % cols;
  const r1 = Math.floor(n / cols) % rows;
  const c2 = c1 + ((n >> 3) % (cols - c1));
  const r2 = r1 + ((n >> 5) % (rows - r1));
  return `${cellName({ c: c1, r: r1 })}:${cellName({ c: c2, r: r2 })}`;
}

const secs = (ms: number) => Math.round(ms / 1000);

/** The edit a pick makes on this text, or null when it does not apply (nothing to move, a list full). */
export function editFor(text: string, [kind, n]: Pick, serial: number): Edit | null {
  const p = readPartial(text);
  const contact = p.contacts[n % Math.max(1, p.contacts.length)];
  const inject = p.injects[n % Math.max(1, p.injects.length)];
  switch (kind) {
    case 'paint':
      return { kind, cells: [cellAt(p, n), cellAt(p, n >> 4)], code: TERRAIN_CODES[n % TERRAIN_CODES.length] };
    case 'movePost':
      return { kind, cell: cellAt(p, n) };
    case 'moveTeam':
      return p.team.length ? { kind, id: p.team[n % p.team.length].id, cell: cellAt(p, n >> 2) } : null;
    case 'removeTeam':
      return p.team.length ? { kind, id: p.team[n % p.team.length].id } : null;
    case 'addTeam':
      return p.team.length < 20
        ? { kind, member: { id: `gen-${serial}`, name: `Patrol ${serial}`, cell: cellAt(p, n) } }
        : null;
    case 'setSectorCells':
      return p.sectors.length ? { kind, id: p.sectors[n % p.sectors.length].id, cells: rangeAt(p, n >> 2) } : null;
    case 'addWaypoint': {
      if (!contact || contact.path.length >= 100) return null;
      const last = Math.max(...contact.path.map((w) => w.atMs ?? 0));
      const at = secs(last) + 1 + (n % 90);
      return {
        kind,
        contact: contact.id,
        waypoint: { at: `${Math.floor(at / 60)}:${String(at % 60).padStart(2, '0')}`, cell: cellAt(p, n >> 3) },
      };
    }
    case 'setWaypoint':
      return contact ? { kind, contact: contact.id, index: n % contact.path.length, cell: cellAt(p, n >> 3) } : null;
    case 'removeWaypoint':
      return contact && contact.path.length > 1 ? { kind, contact: contact.id, index: n % contact.path.length } : null;
    case 'addInject':
      return p.injects.length < 200
        ? {
            kind,
            inject: {
              id: `gen-${serial}`,
              type: 'message',
              at: n % secs(p.durationMs ?? 60_000),
              from: 'Desk',
              text: `Message ${serial}`,
            },
          }
        : null;
    case 'setInjectField':
      return inject ? { kind, id: inject.id, path: ['controllerNotes'], value: `Note ${serial}` } : null;
    case 'setInjectTime': {
      const timed = p.injects.filter((i) => i.atMs !== null);
      const one = timed[n % Math.max(1, timed.length)];
      return one ? { kind, id: one.id, at: n % secs(p.durationMs ?? 60_000) } : null;
    }
    case 'moveInject':
      return inject ? { kind, id: inject.id, to: (n >> 4) % p.injects.length } : null;
    case 'addObjective':
      return p.objectives.length < 100
        ? {
            kind,
            objective: {
              id: `gen-${serial}`,
              capability: 'discipline',
              text: 'No false reports.',
              rule: { type: 'falseReports', max: n % 3 },
            },
          }
        : null;
    case 'removeObjective': {
      const served = new Set(p.injects.flatMap((i) => (Array.isArray(i.value.objectives) ? i.value.objectives : [])));
      const free = p.objectives.filter((o) => !served.has(o.id));
      return p.objectives.length > 1 && free.length ? { kind, id: free[n % free.length].id } : null;
    }
    case 'setBriefing':
      return { kind, field: 'situation', value: `Situation ${serial}` };
    case 'growMap': {
      const cols = Math.min(26, (p.terrain[0]?.length ?? 1) + (n % 3));
      return { kind: 'resizeMap', cols, rows: Math.min(26, p.terrain.length + ((n >> 2) % 3)) };
    }
  }
}
