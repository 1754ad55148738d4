/** One test per cross-reference rule: code, severity, pointer, position and a message that names the fix. */
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/scenario/index';
import { fixture, fixtureText, type Mutation, only, posOf, posOfPointer, text } from './helpers';

interface Case {
  name: string;
  mutate: Mutation;
  code: string;
  pointer: string;
  message: RegExp;
  severity?: 'error' | 'warning';
  /** The problem points at the property name rather than the value. */
  atKey?: boolean;
}

const inject = (f: { injects: { id: string }[] }, id: string) => {
  const found = f.injects.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found as Record<string, unknown>;
};

const CASES: Case[] = [
  // unique ids
  ...(['contacts', 'injects', 'objectives', 'sectors'] as const).map(
    (list): Case => ({
      name: `duplicate id in ${list}`,
      mutate: (f) => {
        f[list][1].id = f[list][0].id;
      },
      code: 'duplicate-id',
      pointer: `/${list}/1/id`,
      message: /is already used by .* \/\w+\/0 — give each .* its own id/,
    }),
  ),
  {
    name: 'duplicate id in team',
    mutate: (f) => {
      f.team.push({ ...f.team[0], cell: 'A8' });
    },
    code: 'duplicate-id',
    pointer: '/team/1/id',
    message: /id "t1" is already used by team member \/team\/0/,
  },
  // references to contacts
  {
    name: 'operator names no contact',
    mutate: (f) => {
      f.contacts[1].operator = 'g9';
    },
    code: 'unknown-contact',
    pointer: '/contacts/1/operator',
    message: /no contact has id "g9" — did you mean "g1"\?/,
  },
  {
    name: 'contactWithin names no contact',
    mutate: (f) => {
      inject(f, 'comms1').when = { contactWithin: { contact: 'zz', cells: 2 } };
    },
    code: 'unknown-contact',
    pointer: '/injects/4/when/contactWithin/contact',
    message: /no contact has id "zz" — use one of: c1, c2, c3, c4, c5, g1, g2/,
  },
  {
    name: 'detected names no contact',
    mutate: (f) => {
      inject(f, 'd1').when = { detected: 'c22' };
    },
    code: 'unknown-contact',
    pointer: '/injects/11/when/detected',
    message: /no contact has id "c22"/,
  },
  {
    name: 'reported names no contact',
    mutate: (f) => {
      inject(f, 'r1').when = { reported: 'zz' };
    },
    code: 'unknown-contact',
    pointer: '/injects/12/when/reported',
    message: /no contact has id "zz"/,
  },
  {
    name: 'notDone names no contact',
    mutate: (f) => {
      inject(f, 'nd-report').when = { notDone: { action: 'report', contact: 'zz' }, by: '9:00' };
    },
    code: 'unknown-contact',
    pointer: '/injects/14/when/notDone/contact',
    message: /no contact has id "zz"/,
  },
  {
    name: 'a rule names no contact',
    mutate: (f) => {
      f.objectives[1].rule.contacts = ['c1', 'zz'];
    },
    code: 'unknown-contact',
    pointer: '/objectives/1/rule/contacts/1',
    message: /no contact has id "zz"/,
  },
  {
    name: 'protect names no contact',
    mutate: (f) => {
      f.objectives[3].rule.contact = 'zz';
    },
    code: 'unknown-contact',
    pointer: '/objectives/3/rule/contact',
    message: /no contact has id "zz"/,
  },
  {
    name: 'compute sectorOf names no contact',
    mutate: (f) => {
      inject(f, 'p3').compute = { sectorOf: 'zz' };
    },
    code: 'unknown-contact',
    pointer: '/injects/8/compute/sectorOf',
    message: /no contact has id "zz"/,
  },
  {
    name: 'compute headingOf names no contact',
    mutate: (f) => {
      inject(f, 'p4').compute = { headingOf: 'zz' };
    },
    code: 'unknown-contact',
    pointer: '/injects/9/compute/headingOf',
    message: /no contact has id "zz"/,
  },
  // references to injects, objectives, sectors
  {
    name: 'contact start names no inject',
    mutate: (f) => {
      f.contacts[3].start = 'lunch';
    },
    code: 'unknown-inject',
    pointer: '/contacts/3/start',
    message: /no inject has id "lunch" — did you mean "launch"\?/,
  },
  {
    name: 'after names no inject',
    mutate: (f) => {
      inject(f, 'p2').when = { after: 'zz', delay: 10 };
    },
    code: 'unknown-inject',
    pointer: '/injects/7/when/after',
    message: /no inject has id "zz"/,
  },
  {
    name: 'notDone ack names no inject',
    mutate: (f) => {
      inject(f, 'nd-ack').when = { notDone: { action: 'ack', inject: 'zz' }, by: '3:00' };
    },
    code: 'unknown-inject',
    pointer: '/injects/17/when/notDone/inject',
    message: /no inject has id "zz"/,
  },
  {
    name: 'acknowledge names no inject',
    mutate: (f) => {
      f.objectives[7].rule.injects = ['zz'];
    },
    code: 'unknown-inject',
    pointer: '/objectives/7/rule/injects/0',
    message: /no inject has id "zz"/,
  },
  {
    name: 'emissions afterInject names no inject',
    mutate: (f) => {
      f.objectives[5].rule.afterInject = 'zz';
    },
    code: 'unknown-inject',
    pointer: '/objectives/5/rule/afterInject',
    message: /no inject has id "zz"/,
  },
  {
    name: 'alternateChannel afterInject names no inject',
    mutate: (f) => {
      f.objectives[6].rule.afterInject = 'comms9';
    },
    code: 'unknown-inject',
    pointer: '/objectives/6/rule/afterInject',
    message: /no inject has id "comms9" — did you mean "comms1"\?/,
  },
  {
    name: 'inject objectives name no objective',
    mutate: (f) => {
      f.injects[0].objectives = ['o-nope'];
    },
    code: 'unknown-objective',
    pointer: '/injects/0/objectives/0',
    message: /no objective has id "o-nope"/,
  },
  {
    name: 'authorized flight names no sector',
    mutate: (f) => {
      f.briefing.authorizedFlights[0].sector = 'est';
    },
    code: 'unknown-sector',
    pointer: '/briefing/authorizedFlights/0/sector',
    message: /no sector has id "est" — did you mean "east"\?/,
  },
  // contacts
  {
    name: 'operator is an air contact',
    mutate: (f) => {
      f.contacts[1].operator = 'c1';
    },
    code: 'operator-not-ground',
    pointer: '/contacts/1/operator',
    message: /"c1" is an air contact — an operator must be a ground contact/,
  },
  {
    name: 'operator on a ground contact',
    mutate: (f) => {
      f.contacts[5].operator = 'g2';
    },
    code: 'operator-on-ground',
    pointer: '/contacts/5/operator',
    message: /only air contacts have an operator — remove "operator"/,
  },
  {
    name: 'truth of the other domain',
    mutate: (f) => {
      f.contacts[0].truth = 'routine';
    },
    code: 'truth-domain',
    pointer: '/contacts/0/truth',
    message: /truth "routine" is not for air contacts — .* one of: bird, authorized, hobbyist, suspicious, hazard/,
  },
  {
    name: 'air cue on a ground contact',
    mutate: (f) => {
      f.contacts[5].cues = { kind: 'vehicle', sound: 'loud' };
    },
    code: 'cues-domain',
    pointer: '/contacts/5/cues/sound',
    message: /"sound" is a cue of air contacts — ground cues are: kind, markings, behavior/,
    atKey: true,
  },
  {
    name: 'ground cue on an air contact',
    mutate: (f) => {
      f.contacts[0].cues = { behavior: 'flapping' };
    },
    code: 'cues-domain',
    pointer: '/contacts/0/cues/behavior',
    message: /"behavior" is a cue of ground contacts — air cues are: type, size/,
    atKey: true,
  },
  {
    name: 'waypoint times that do not increase',
    mutate: (f) => {
      f.contacts[1].path[2].at = '4:30';
    },
    code: 'waypoint-order',
    pointer: '/contacts/1/path/2/at',
    message: /waypoint time 4:30 is not after the previous waypoint \(4:30\) — waypoint times must increase/,
  },
  // map
  {
    name: 'terrain rows of different lengths',
    mutate: (f) => {
      f.map.terrain[3] = '...^.......';
    },
    code: 'terrain-row-length',
    pointer: '/map/terrain/3',
    message: /row 4 has 11 cells but row 1 has 12 — every row needs the same number of cells/,
  },
  {
    name: 'map wider than 26 columns',
    mutate: (f) => {
      f.map.terrain = f.map.terrain.map((r: string) => r.repeat(3));
    },
    code: 'map-too-wide',
    pointer: '/map/terrain/0',
    message: /36 cells wide — a map has at most 26 columns/,
  },
  ...(
    [
      [
        'post',
        (f) => (f.post.cell = 'M1'),
        '/post/cell',
        /cell "M1" is off the map — the map has columns A–L and rows 1–8/,
      ],
      ['team', (f) => (f.team[0].cell = 'A9'), '/team/0/cell', /cell "A9" is off the map/],
      [
        'sector range',
        (f) => (f.sectors[0].cells = 'A1:Z3'),
        '/sectors/0/cells',
        /range "A1:Z3" reaches M1, which is off/,
      ],
      ['sector list', (f) => (f.sectors[1].cells = ['I4:L8', 'Q2']), '/sectors/1/cells/1', /cell "Q2" is off the map/],
      ['perimeter', (f) => (f.map.perimeter = ['E5:H9']), '/map/perimeter/0', /range "E5:H9" reaches E9/],
      ['waypoint', (f) => (f.contacts[0].path[1].cell = 'L12'), '/contacts/0/path/1/cell', /cell "L12" is off the map/],
    ] as [string, Mutation, string, RegExp][]
  ).map(
    ([where, mutate, pointer, message]): Case => ({
      name: `${where} off the map`,
      mutate,
      code: 'off-map',
      pointer,
      message,
    }),
  ),
  // injects
  {
    name: 'inject with no trigger',
    mutate: (f) => {
      delete inject(f, 'm1').at;
    },
    code: 'trigger-missing',
    pointer: '/injects/0',
    message: /inject "m1" has no trigger — add "at": "2:30" or a "when", or set "optional": true/,
  },
  {
    name: 'inject with two triggers',
    mutate: (f) => {
      inject(f, 'm1').when = { detected: 'c1' };
    },
    code: 'trigger-both',
    pointer: '/injects/0/when',
    message: /either "at" or "when", not both/,
  },
  {
    name: 'optional inject with two triggers',
    mutate: (f) => {
      inject(f, 'opt2').when = { detected: 'c1' };
    },
    code: 'trigger-both',
    pointer: '/injects/21/when',
    message: /either "at" or "when", not both/,
  },
  {
    name: 'an inject that waits for itself',
    mutate: (f) => {
      inject(f, 'after-r1').when = { after: 'after-r1' };
    },
    code: 'trigger-cycle',
    pointer: '/injects/13/when/after',
    message: /waits for itself — it can never fire/,
  },
  {
    name: 'probe answer past the last choice',
    mutate: (f) => {
      inject(f, 'p2').answer = 3;
    },
    code: 'probe-answer-range',
    pointer: '/injects/7/answer',
    message: /answer 3 is past the last choice — choices count from 0, so use 0 to 2/,
  },
  {
    name: 'probe with neither answer nor compute',
    mutate: (f) => {
      delete inject(f, 'p2').answer;
    },
    code: 'probe-answer-missing',
    pointer: '/injects/7',
    message: /a probe needs "answer" .* or "compute"/,
  },
  {
    name: 'probe with both answer and compute',
    mutate: (f) => {
      inject(f, 'p1').answer = 1;
    },
    code: 'probe-answer-both',
    pointer: '/injects/1/compute',
    message: /either "answer" or "compute", not both/,
  },
  {
    name: 'notDone ack without an inject',
    mutate: (f) => {
      inject(f, 'nd-ack').when = { notDone: { action: 'ack' }, by: '3:00' };
    },
    code: 'notdone-missing',
    pointer: '/injects/17/when/notDone',
    message: /action "ack" needs "inject"/,
  },
  {
    name: 'notDone field that does not apply',
    mutate: (f) => {
      inject(f, 'nd-posture').when = { notDone: { action: 'posture', contact: 'c1' }, by: '6:00' };
    },
    code: 'notdone-field',
    pointer: '/injects/18/when/notDone/contact',
    message: /"contact" does not apply to action "posture" — remove it/,
  },
  {
    name: 'notDone ack of something that is not a message',
    mutate: (f) => {
      inject(f, 'nd-ack').when = { notDone: { action: 'ack', inject: 'p1' }, by: '3:00' };
    },
    code: 'ack-not-message',
    pointer: '/injects/17/when/notDone/inject',
    message: /inject "p1" is a probe inject — only messages are acknowledged/,
  },
  // objectives and timing
  {
    name: 'acknowledge rule on something that is not a message',
    mutate: (f) => {
      f.objectives[7].rule.injects = ['m1', 'cond1'];
    },
    code: 'ack-not-message',
    pointer: '/objectives/7/rule/injects/1',
    message: /inject "cond1" is a conditions inject — only messages are acknowledged/,
  },
  {
    name: 'acknowledge rule on a message that asks for no acknowledgement',
    mutate: (f) => {
      f.objectives[7].rule.injects = ['m1', 'launch'];
    },
    code: 'ack-not-required',
    severity: 'warning',
    pointer: '/objectives/7/rule/injects/1',
    message: /message "launch" does not ask for acknowledgement — add "requiresAck": true/,
  },
  {
    name: 'emissions rule with no deadline',
    mutate: (f) => {
      delete f.objectives[4].rule.bySec;
    },
    code: 'emissions-needs-time',
    pointer: '/objectives/4/rule',
    message: /needs "bySec" .* or "afterInject"/,
  },
  {
    name: 'emissions rule with two deadlines',
    mutate: (f) => {
      f.objectives[4].rule.afterInject = 'm1';
    },
    code: 'emissions-both',
    pointer: '/objectives/4/rule/afterInject',
    message: /either "bySec" or "afterInject", not both/,
  },
  {
    name: 'zero duration',
    mutate: (f) => {
      f.durationSec = '0:00';
    },
    code: 'duration-zero',
    pointer: '/durationSec',
    message: /durationSec must be more than 0/,
  },
  // warnings
  {
    name: 'probe in the first three minutes',
    mutate: (f) => {
      inject(f, 'p1').at = '2:59';
    },
    code: 'probe-early',
    severity: 'warning',
    pointer: '/injects/1',
    message: /fires at 2:59, in the first 3:00/,
  },
  {
    name: 'probes closer than three minutes (through an after chain)',
    mutate: (f) => {
      inject(f, 'p2').when = { after: 'm1', delay: '2:00' };
    },
    code: 'probe-close',
    severity: 'warning',
    pointer: '/injects/1',
    message: /fires 0:30 after the probe at \/injects\/7 — leave at least 3:00 between probes/,
  },
  {
    name: 'inject after the end of play',
    mutate: (f) => {
      inject(f, 'comms3').at = '20:00';
    },
    code: 'inject-after-end',
    severity: 'warning',
    pointer: '/injects/6',
    message: /would fire at 20:00, at or after the end of play \(20:00\)/,
  },
  {
    name: 'selector that selects nothing',
    mutate: (f) => {
      f.contacts = f.contacts.filter((c: { domain: string }) => c.domain === 'air');
      f.contacts[1].operator = undefined;
      f.objectives[12].rule.contacts = 'ground';
    },
    code: 'no-contacts-selected',
    severity: 'warning',
    pointer: '/objectives/12/rule/contacts',
    message: /"ground" selects no contacts/,
  },
  {
    name: 'probes rule with no probes at its level',
    mutate: (f) => {
      f.objectives[9].rule.level = 2;
      inject(f, 'p2').level = 1;
    },
    code: 'no-probes',
    severity: 'warning',
    pointer: '/objectives/9/rule',
    message: /no probe injects at level 2 to score/,
  },
  {
    name: 'alternate channel after something other than primary going down',
    mutate: (f) => {
      f.objectives[6].rule.afterInject = 'comms2';
    },
    code: 'alternate-not-down',
    severity: 'warning',
    pointer: '/objectives/6/rule/afterInject',
    message: /does not take the primary channel down/,
  },
];

describe('cross-reference checks', () => {
  it('the rich fixture has no problems at all', () => {
    expect(checkScenario(fixtureText('rich.jsonc')).problems).toEqual([]);
  });

  it.each(CASES)('$name', (c) => {
    const f = fixture('rich.jsonc');
    c.mutate(f);
    const source = text(f);
    const { problems, scenario } = checkScenario(source);
    const p = only(problems, c.code);
    expect(p.pointer).toBe(c.pointer);
    expect(p.severity).toBe(c.severity ?? 'error');
    expect({ line: p.line, column: p.column }).toEqual(posOfPointer(source, c.pointer, c.atKey));
    expect(p.message).toMatch(c.message);
    if (c.severity === 'warning') expect(scenario).not.toBeNull();
    else expect(scenario).toBeNull();
  });

  it('points at the exact terrain character', () => {
    const f = fixture('rich.jsonc');
    f.map.terrain[2] = '.....X....#.';
    const source = text(f);
    const p = only(checkScenario(source).problems, 'terrain-code');
    expect(p.pointer).toBe('/map/terrain/2');
    expect(p.message).toMatch(/unknown terrain code "X" at column 6 \(F\) of row 3 — use \. open, = road/);
    expect({ line: p.line, column: p.column }).toEqual(posOf(source, '.....X', 1, 5));
  });

  it('reports every cross-reference mistake at once', () => {
    const f = fixture('rich.jsonc');
    f.contacts[1].operator = 'g9';
    inject(f, 'p2').answer = 7;
    f.post.cell = 'Z1';
    const codes = checkScenario(text(f)).problems.map((p) => p.code);
    expect(codes.sort()).toEqual(['off-map', 'probe-answer-range', 'unknown-contact']);
  });
});
