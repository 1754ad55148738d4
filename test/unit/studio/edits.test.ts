/** Each studio edit changes the intended value and nothing else: comments, order and layout survive. */
import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../../src/scenario';
import { applyEdit, type Edit, EditError } from '../../../src/studio/edits';
import { changedLines, commented, commentsOf, jsonValue } from './helpers';

const source = commented();

// biome-ignore lint/suspicious/noExplicitAny: the expected values are built by changing a parsed copy
type Change = (v: any) => void;

/** Edit, the change it should make to the value, and the most lines it may touch (removed + added). */
const CASES: [string, Edit, Change, number][] = [
  [
    'paint',
    { kind: 'paint', cells: ['A2', 'B2', 'C3'], code: '#' },
    (v) => {
      v.map.terrain[1] = '##..........';
      v.map.terrain[2] = '..#*......*.';
    },
    4,
  ],
  [
    'move the post',
    { kind: 'movePost', cell: 'E7' },
    (v) => {
      v.post.cell = 'E7';
    },
    2,
  ],
  [
    'add a team token',
    { kind: 'addTeam', member: { id: 't2', name: 'Patrol 3', cell: 'B6' } },
    (v) => v.team.push({ id: 't2', name: 'Patrol 3', cell: 'B6' }),
    2,
  ],
  [
    'move a team token',
    { kind: 'moveTeam', id: 't1', cell: 'G6' },
    (v) => {
      v.team[0].cell = 'G6';
    },
    2,
  ],
  [
    'remove a team token',
    { kind: 'removeTeam', id: 't1' },
    (v) => {
      v.team = [];
    },
    2,
  ],
  [
    'add a sector',
    { kind: 'addSector', sector: { id: 'south', name: 'South', cells: 'A7:L8' } },
    (v) => v.sectors.push({ id: 'south', name: 'South', cells: 'A7:L8' }),
    3,
  ],
  [
    'resize a sector',
    { kind: 'setSectorCells', id: 'north', cells: 'E1:H4' },
    (v) => {
      v.sectors[1].cells = 'E1:H4';
    },
    2,
  ],
  ['remove a sector', { kind: 'removeSector', id: 'east' }, (v) => v.sectors.pop(), 4],
  [
    'move the perimeter',
    { kind: 'setPerimeter', cells: 'D6:H8' },
    (v) => {
      v.map.perimeter = 'D6:H8';
    },
    2,
  ],
  [
    'add a waypoint in time order',
    { kind: 'addWaypoint', contact: 'birds', waypoint: { at: '1:40', cell: 'F2', activity: 'circling' } },
    (v) => v.contacts[0].path.splice(1, 0, { at: '1:40', cell: 'F2', activity: 'circling' }),
    1,
  ],
  [
    'add a last waypoint',
    { kind: 'addWaypoint', contact: 'drone', waypoint: { at: '6:00', cell: 'L2' } },
    (v) => v.contacts[1].path.push({ at: '6:00', cell: 'L2' }),
    3,
  ],
  [
    'move a waypoint and change its activity',
    { kind: 'setWaypoint', contact: 'drone', index: 1, cell: 'G4', at: '3:10', activity: 'hovering' },
    (v) => {
      v.contacts[1].path[1] = { at: '3:10', cell: 'G4', activity: 'hovering' };
    },
    2,
  ],
  [
    'remove an activity',
    { kind: 'setWaypoint', contact: 'drone', index: 0, activity: null },
    (v) => {
      delete v.contacts[1].path[0].activity;
    },
    2,
  ],
  [
    'remove a waypoint',
    { kind: 'removeWaypoint', contact: 'drone', index: 2 },
    (v) => v.contacts[1].path.splice(2, 1),
    1,
  ],
  [
    'set a cue',
    { kind: 'setContactField', id: 'drone', path: ['cues', 'size'], value: 'medium' },
    (v) => {
      v.contacts[1].cues.size = 'medium';
    },
    2,
  ],
  [
    'add a contact field',
    { kind: 'setContactField', id: 'drone', path: ['linger'], value: true },
    (v) => {
      v.contacts[1].linger = true;
    },
    4,
  ],
  [
    'add a contact',
    {
      kind: 'addContact',
      contact: { id: 'kite', domain: 'air', truth: 'hobbyist', path: [{ at: '1:00', cell: 'B2' }] },
    },
    (v) => v.contacts.push({ id: 'kite', domain: 'air', truth: 'hobbyist', path: [{ at: '1:00', cell: 'B2' }] }),
    9,
  ],
  [
    'add an inject in time order',
    { kind: 'addInject', inject: { id: 'probe1', type: 'discussion', at: '0:30', question: 'What flies here?' } },
    (v) => v.injects.splice(1, 0, { id: 'probe1', type: 'discussion', at: '0:30', question: 'What flies here?' }),
    7,
  ],
  [
    'set an inject field',
    { kind: 'setInjectField', id: 'welcome', path: ['at'], value: '0:10' },
    (v) => {
      v.injects[0].at = '0:10';
    },
    2,
  ],
  [
    'set an inject time: it moves into time order',
    { kind: 'setInjectTime', id: 'welcome', at: '6:00' },
    (v) => {
      v.injects[0].at = '6:00';
      v.injects.push(v.injects.shift());
    },
    60,
  ],
  ['reorder injects', { kind: 'moveInject', id: 'chase', to: 1 }, (v) => v.injects.splice(1, 0, v.injects.pop()), 40],
  [
    'add an objective',
    {
      kind: 'addObjective',
      objective: {
        id: 'eyes',
        capability: 'detect',
        text: 'Mark the birds.',
        rule: { type: 'detect', contacts: ['birds'] },
      },
    },
    (v) =>
      v.objectives.push({
        id: 'eyes',
        capability: 'detect',
        text: 'Mark the birds.',
        rule: { type: 'detect', contacts: ['birds'] },
      }),
    3,
  ],
  [
    "set an objective's rule field",
    { kind: 'setObjectiveField', id: 'spot', path: ['rule', 'withinSec'], value: 90 },
    (v) => {
      v.objectives[0].rule.withinSec = 90;
    },
    2,
  ],
  ['remove an objective', { kind: 'removeObjective', id: 'marks' }, (v) => v.objectives.pop(), 3],
  [
    'set a briefing field',
    { kind: 'setBriefing', field: 'mission', value: 'Watch the river.' },
    (v) => {
      v.briefing.mission = 'Watch the river.';
    },
    2,
  ],
  [
    'set any value',
    { kind: 'set', path: ['conditions', 'light'], value: 'dusk' },
    (v) => {
      v.conditions.light = 'dusk';
    },
    2,
  ],
  [
    'add a field the file does not have',
    { kind: 'set', path: ['briefing', 'reporting', 'format'], value: 'SALUTE' },
    () => undefined,
    0,
  ],
];

describe('each edit on a commented file', () => {
  for (const [name, edit, change, maxLines] of CASES) {
    test(name, () => {
      const out = applyEdit(source, edit);
      const expected = jsonValue(source);
      change(expected);
      expect(jsonValue(out)).toEqual(expected);
      expect(commentsOf(out)).toEqual(commentsOf(source));
      const { removed, added } = changedLines(source, out);
      expect(removed.length + added.length).toBeLessThanOrEqual(maxLines);
      expect(parseScenario(out).ok).toBe(true);
    });
  }
});

describe('the exact text of edits', () => {
  test('a waypoint is written on its own line, like its neighbours', () => {
    const out = applyEdit(source, {
      kind: 'addWaypoint',
      contact: 'birds',
      waypoint: { at: '1:40', cell: 'F2', activity: 'circling' },
    });
    expect(changedLines(source, out)).toEqual({
      removed: [],
      added: ['        { "at": "1:40", "cell": "F2", "activity": "circling" },'],
    });
  });

  test('the last waypoint gets a comma before it and keeps the trailing comment where it was', () => {
    const out = applyEdit(source, { kind: 'addWaypoint', contact: 'birds', waypoint: { at: '3:00', cell: 'L4' } });
    expect(out).toContain('        { "at": "2:40", "cell": "L3" },\n        { "at": "3:00", "cell": "L4" }\n      ]');
    expect(out).toContain('{ "at": "0:40", "cell": "A3", "activity": "transiting" }, // enters west\n');
  });

  test('an inject in a list of multi-line injects is written over several lines', () => {
    const out = applyEdit(source, {
      kind: 'addInject',
      inject: { id: 'late', type: 'end', at: '6:30', text: 'End of watch.' },
    });
    expect(out).toContain('    },\n    {\n      "id": "late",\n      "type": "end",\n      "at": "6:30",');
  });

  test('a new objective is on one line, like the others, even past 120 characters', () => {
    const objective = {
      id: 'eyes',
      capability: 'detect' as const,
      text: 'Mark the flock of gulls within two minutes of it coming into view, before it crosses the river road.',
      rule: { type: 'detect' as const, contacts: ['birds'] },
    };
    const out = applyEdit(source, { kind: 'addObjective', objective });
    const { added } = changedLines(source, out);
    expect(added.at(-1)).toBe(
      `    { "id": "eyes", "capability": "detect", "text": "${objective.text}", "rule": { "type": "detect", "contacts": ["birds"] } }`,
    );
  });

  test('removing a row-commented item takes its comment with it; removing the last item drops the comma before it', () => {
    const out = applyEdit(source, { kind: 'removeSector', id: 'west' });
    expect(out).not.toContain('left bank');
    const last = applyEdit(source, { kind: 'removeSector', id: 'east' });
    expect(last).toContain('{ "id": "north", "name": "North", "cells": "E1:H5" }\n  ],');
  });

  test('a file indented with tabs gets tabs', () => {
    const tabbed = '{\n\t"a": {\n\t\t"b": 1\n\t}\n}\n';
    expect(applyEdit(tabbed, { kind: 'set', path: ['a', 'c'], value: { d: [1, 2] } })).toBe(
      '{\n\t"a": {\n\t\t"b": 1,\n\t\t"c": { "d": [1, 2] }\n\t}\n}\n',
    );
  });

  test('a file with CRLF line ends keeps them', () => {
    const crlf = '{\r\n    "list": [\r\n        1\r\n    ]\r\n}\r\n';
    expect(applyEdit(crlf, { kind: 'set', path: ['list', 1], value: 2 })).toBe(
      '{\r\n    "list": [\r\n        1,\r\n        2\r\n    ]\r\n}\r\n',
    );
  });

  test('a field written into a missing object creates it', () => {
    const out = applyEdit('{\n  "id": "x"\n}\n', { kind: 'setBriefing', field: 'mission', value: 'Watch.' });
    expect(out).toBe('{\n  "id": "x",\n  "briefing": { "mission": "Watch." }\n}\n');
  });

  test('a new top-level field goes where the format puts it, not at the end', () => {
    const text = '{\n  "id": "x",\n  "post": { "cell": "A1" },\n  "objectives": []\n}\n';
    expect(applyEdit(text, { kind: 'addTeam', member: { id: 't1', name: 'P', cell: 'B2' } })).toBe(
      '{\n  "id": "x",\n  "post": { "cell": "A1" },\n  "team": [{ "id": "t1", "name": "P", "cell": "B2" }],\n  "objectives": []\n}\n',
    );
    expect(applyEdit(text, { kind: 'set', path: ['title'], value: 'X' })).toBe(
      '{\n  "id": "x",\n  "title": "X",\n  "post": { "cell": "A1" },\n  "objectives": []\n}\n',
    );
  });

  test('the first record in an empty list gets a line of its own; a first value stays inline', () => {
    const text = '{\n  "sectors": [],\n  "notes": []\n}\n';
    const out = applyEdit(text, { kind: 'addSector', sector: { id: 'n', name: 'North', cells: 'A1:B2' } });
    expect(out).toBe(
      '{\n  "sectors": [\n    { "id": "n", "name": "North", "cells": "A1:B2" }\n  ],\n  "notes": []\n}\n',
    );
    expect(applyEdit(text, { kind: 'set', path: ['notes', 0], value: 'Hi' })).toBe(
      '{\n  "sectors": [],\n  "notes": ["Hi"]\n}\n',
    );
  });

  test('resizing the map cuts and adds rows and columns', () => {
    const out = applyEdit(source, { kind: 'resizeMap', cols: 10, rows: 9 });
    const terrain = jsonValue(out).map.terrain as string[];
    expect(terrain).toHaveLength(9);
    expect(terrain[0]).toBe('~~~~~~~~~~');
    expect(terrain[8]).toBe('..........');
    expect(commentsOf(out)).toEqual(commentsOf(source));
  });

  test('an edit whose target is missing says so and changes nothing', () => {
    expect(() => applyEdit(source, { kind: 'moveTeam', id: 'nobody', cell: 'A1' })).toThrow(EditError);
    expect(() => applyEdit(source, { kind: 'paint', cells: ['Z9'], code: '#' })).toThrow('Z9 is not a cell of the map');
    expect(() => applyEdit(source, { kind: 'removeWaypoint', contact: 'drone', index: 9 })).toThrow(EditError);
  });

  test('a text with a syntax error is not edited from the map or lists', () => {
    const broken = source.replace('"seed": 7,', '"seed": 7 7,');
    expect(() => applyEdit(broken, { kind: 'movePost', cell: 'A1' })).toThrow(
      /syntax error — fix it in the text first/,
    );
    expect(() => applyEdit('', { kind: 'movePost', cell: 'A1' })).toThrow(EditError);
  });
});
