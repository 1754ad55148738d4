/** Every ceiling of the format: just over it is refused at its pointer with a plain message, at it is accepted. */
import { describe, expect, it } from 'vitest';
import { parseActionScript } from '../../../src/scenario/actionScript';
import {
  MAX_ACTIONS,
  MAX_BRIEFING_ITEMS,
  MAX_CELL_ITEMS,
  MAX_CELLS_DISTANCE,
  MAX_CONTACTS,
  MAX_COUNT,
  MAX_FALSE_REPORTS,
  MAX_ID_LENGTH,
  MAX_INJECTS,
  MAX_OBJECTIVES,
  MAX_OFFSET_SEC,
  MAX_SECTORS,
  MAX_TEAM,
  MAX_TEXT_LENGTH,
  MAX_WAYPOINTS,
  MAX_WEIGHT,
} from '../../../src/scenario/limits';
import { fixture, problemsOf, text } from './helpers';

const contact = (i: number) => ({ id: `c${i}`, domain: 'air', truth: 'bird', path: [{ at: 0, cell: 'A1' }] });
const message = (i: number) => ({ id: `m${i}`, type: 'message', at: 10, from: 'HQ', text: 'hi' });
const objective = (i: number) => ({
  id: `o${i}`,
  capability: 'discipline',
  text: 'x',
  rule: { type: 'falseReports', max: 0 },
});
const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

interface Limit {
  name: string;
  /** Sets the value to `over` (one past the ceiling) or to the ceiling itself. */
  set: (f: ReturnType<typeof fixture>, over: boolean) => void;
  pointer: string;
  message: RegExp;
}

const LIMITS: Limit[] = [
  {
    name: 'durationSec in seconds',
    set: (f, over) => {
      f.durationSec = over ? 1e300 : MAX_OFFSET_SEC;
    },
    pointer: '/durationSec',
    message: /at most 12 hours/,
  },
  {
    name: 'durationSec as text',
    set: (f, over) => {
      f.durationSec = over ? '99999:00:00' : '12:00:00';
    },
    pointer: '/durationSec',
    message: /at most 12 hours/,
  },
  {
    name: 'a waypoint time',
    set: (f, over) => {
      f.contacts = [{ ...contact(0), path: [{ at: over ? '12:00:01' : '11:59:59', cell: 'A1' }] }];
    },
    pointer: '/contacts/0/path/0/at',
    message: /at most 12 hours/,
  },
  {
    name: 'an after delay',
    set: (f, over) => {
      f.injects = [message(0), { ...message(1), at: undefined, when: { after: 'm0', delay: MAX_OFFSET_SEC + +over } }];
    },
    pointer: '/injects/1/when/delay',
    message: /at most 12 hours/,
  },
  {
    name: 'the seed',
    set: (f, over) => {
      f.seed = over ? 2 ** 53 : Number.MAX_SAFE_INTEGER;
    },
    pointer: '/seed',
    message: /a seed is a whole number from -9007199254740991 to 9007199254740991/,
  },
  {
    name: 'contacts',
    set: (f, over) => {
      f.contacts = times(MAX_CONTACTS + +over, contact);
    },
    pointer: '/contacts',
    message: new RegExp(`at most ${MAX_CONTACTS} items`),
  },
  {
    name: 'injects',
    set: (f, over) => {
      f.injects = times(MAX_INJECTS + +over, message);
    },
    pointer: '/injects',
    message: new RegExp(`at most ${MAX_INJECTS} items`),
  },
  {
    name: 'objectives',
    set: (f, over) => {
      f.objectives = times(MAX_OBJECTIVES + +over, objective);
    },
    pointer: '/objectives',
    message: new RegExp(`at most ${MAX_OBJECTIVES} items`),
  },
  {
    name: 'waypoints',
    set: (f, over) => {
      f.contacts = [{ ...contact(0), path: times(MAX_WAYPOINTS + +over, (i) => ({ at: i, cell: 'A1' })) }];
    },
    pointer: '/contacts/0/path',
    message: new RegExp(`at most ${MAX_WAYPOINTS} waypoints`),
  },
  {
    name: 'team members',
    set: (f, over) => {
      f.team = times(MAX_TEAM + +over, (i) => ({ id: `t${i}`, name: 'T', cell: 'A1' }));
    },
    pointer: '/team',
    message: new RegExp(`at most ${MAX_TEAM} items`),
  },
  {
    name: 'sectors',
    set: (f, over) => {
      f.sectors = times(MAX_SECTORS + +over, (i) => ({ id: `s${i}`, name: 'S', cells: 'A1' }));
    },
    pointer: '/sectors',
    message: new RegExp(`at most ${MAX_SECTORS} items`),
  },
  {
    name: 'briefing notes',
    set: (f, over) => {
      f.briefing = { notes: times(MAX_BRIEFING_ITEMS + +over, () => 'n') };
    },
    pointer: '/briefing/notes',
    message: new RegExp(`at most ${MAX_BRIEFING_ITEMS} items`),
  },
  {
    name: 'cells in a list',
    set: (f, over) => {
      f.map.perimeter = times(MAX_CELL_ITEMS + +over, () => 'A1');
    },
    pointer: '/map/perimeter',
    message: /at most 100 items/,
  },
  {
    name: 'text length',
    set: (f, over) => {
      f.title = 'x'.repeat(MAX_TEXT_LENGTH + +over);
    },
    pointer: '/title',
    message: new RegExp(`at most ${MAX_TEXT_LENGTH} characters`),
  },
  {
    name: 'id length',
    set: (f, over) => {
      f.id = 'a'.repeat(MAX_ID_LENGTH + +over);
    },
    pointer: '/id',
    message: new RegExp(`at most ${MAX_ID_LENGTH} characters`),
  },
  {
    name: 'the count cue',
    set: (f, over) => {
      f.contacts = [{ ...contact(0), truth: 'hobbyist', cues: { count: MAX_COUNT + +over } }];
    },
    pointer: '/contacts/0/cues/count',
    message: new RegExp(`count is at most ${MAX_COUNT}`),
  },
  {
    name: 'observeRange',
    set: (f, over) => {
      f.post.observeRange = over ? 26.5 : 26;
    },
    pointer: '/post/observeRange',
    message: /at most 26 cells/,
  },
  {
    name: 'contactWithin cells',
    set: (f, over) => {
      f.contacts = [contact(0)];
      f.injects = [
        { ...message(0), at: undefined, when: { contactWithin: { contact: 'c0', cells: MAX_CELLS_DISTANCE + +over } } },
      ];
    },
    pointer: '/injects/0/when/contactWithin/cells',
    message: new RegExp(`at most ${MAX_CELLS_DISTANCE}`),
  },
  {
    name: 'objective weight',
    set: (f, over) => {
      f.objectives[0].weight = MAX_WEIGHT + +over;
    },
    pointer: '/objectives/0/weight',
    message: new RegExp(`at most ${MAX_WEIGHT}`),
  },
  {
    name: 'falseReports max',
    set: (f, over) => {
      f.objectives[0].rule.max = MAX_FALSE_REPORTS + +over;
    },
    pointer: '/objectives/0/rule/max',
    message: new RegExp(`at most ${MAX_FALSE_REPORTS}`),
  },
];

function check(limit: Limit, over: boolean) {
  const f = fixture('minimal.json');
  limit.set(f, over);
  return problemsOf(text(f)).filter((p) => p.severity === 'error');
}

describe('format ceilings', () => {
  it.each(LIMITS)('$name: over the ceiling is refused at its pointer', (limit) => {
    const errors = check(limit, true);
    expect(errors.map((p) => p.pointer)).toEqual([limit.pointer]);
    expect(errors[0].message).toMatch(limit.message);
  });

  it.each(LIMITS)('$name: at the ceiling is accepted', (limit) => {
    expect(check(limit, false)).toEqual([]);
  });

  it('an action script has at most MAX_ACTIONS actions', () => {
    const script = (n: number) =>
      JSON.stringify({ scenario: 's', actions: times(n, () => ({ at: 0, type: 'emissions', state: 'off' })) });
    expect(parseActionScript(script(MAX_ACTIONS)).ok).toBe(true);
    const over = parseActionScript(script(MAX_ACTIONS + 1));
    expect(over.ok ? [] : over.error.map((p) => `${p.pointer} ${p.message}`)).toEqual([
      `/actions "actions" can have at most ${MAX_ACTIONS} items`,
    ]);
  }, 60_000);

  it('an action time and a report count are bounded', () => {
    const over = parseActionScript(
      JSON.stringify({
        scenario: 's',
        seed: 1e300,
        actions: [
          { at: '99999:00:00', type: 'emissions', state: 'off' },
          { at: 0, type: 'report', contact: 'c1', channel: 'primary', report: { count: MAX_COUNT + 1 } },
        ],
      }),
    );
    expect(over.ok ? [] : over.error.map((p) => p.pointer)).toEqual([
      '/seed',
      '/actions/0/at',
      '/actions/1/report/count',
    ]);
  });
});
