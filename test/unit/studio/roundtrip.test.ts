/** Text → model → text: edits that write back what the model read change nothing, and an edit undone by its inverse restores the text. */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cellName } from '../../../src/scenario';
import { applyEdit, applyEdits, type Edit } from '../../../src/studio/edits';
import { modelOf } from '../../../src/studio/model';
import { builtin, commented } from './helpers';

const FILES = readdirSync('assets/scenarios').filter((f) => f.endsWith('.json'));

/** Edits that write every placed thing the model read back to where it is. */
function sameEdits(text: string): Edit[] {
  const p = modelOf(text).partial;
  const edits: Edit[] = [];
  p.terrain.forEach((row, r) => {
    [...row].forEach((code, c) => {
      edits.push({ kind: 'paint', cells: [cellName({ c, r })], code: code as '.' });
    });
  });
  if (p.post?.cell) edits.push({ kind: 'movePost', cell: p.post.cell });
  for (const t of p.team) if (t.cell) edits.push({ kind: 'moveTeam', id: t.id, cell: t.cell });
  for (const s of p.sectors) edits.push({ kind: 'setSectorCells', id: s.id, cells: s.value.cells as string });
  for (const c of p.contacts) {
    c.path.forEach((w, index) => {
      edits.push({ kind: 'setWaypoint', contact: c.id, index, cell: w.cell ?? undefined, at: w.at ?? undefined });
    });
  }
  for (const i of p.injects) edits.push({ kind: 'setInjectField', id: i.id, path: ['type'], value: i.type });
  for (const o of p.objectives)
    edits.push({ kind: 'setObjectiveField', id: o.id, path: ['rule'], value: o.value.rule });
  return edits;
}

describe('text → model → text', () => {
  for (const file of FILES) {
    test(`${file}: writing back what the model read leaves the text as it was`, () => {
      const text = builtin(file);
      const edits = sameEdits(text);
      expect(edits.length).toBeGreaterThan(20);
      expect(applyEdits(text, edits)).toBe(text);
    });
  }

  test('the commented file too', () => {
    const text = commented();
    expect(applyEdits(text, sameEdits(text))).toBe(text);
  });
});

describe('an edit and its inverse restore the text exactly', () => {
  const text = commented();
  const waypoint = { at: '5:00', cell: 'C3', activity: 'hovering' as const };

  test('adding then removing a waypoint, at every position of every path', () => {
    for (const c of modelOf(text).partial.contacts) {
      for (let index = 0; index <= c.path.length; index++) {
        const added = applyEdit(text, { kind: 'addWaypoint', contact: c.id, waypoint, index });
        expect(added).not.toBe(text);
        expect(applyEdit(added, { kind: 'removeWaypoint', contact: c.id, index })).toBe(text);
      }
    }
  });

  test('adding then removing team tokens, sectors, injects and objectives', () => {
    const pairs: [Edit, Edit][] = [
      [
        { kind: 'addTeam', member: { id: 't9', name: 'Patrol 9', cell: 'A1' } },
        { kind: 'removeTeam', id: 't9' },
      ],
      [
        { kind: 'addSector', sector: { id: 's9', name: 'Far', cells: 'A1:B2' } },
        { kind: 'removeSector', id: 's9' },
      ],
      [
        { kind: 'addInject', inject: { id: 'i9', type: 'end', at: '2:00' } },
        { kind: 'removeInject', id: 'i9' },
      ],
      [
        {
          kind: 'addObjective',
          objective: { id: 'o9', capability: 'discipline', text: 'None.', rule: { type: 'falseReports', max: 0 } },
        },
        { kind: 'removeObjective', id: 'o9' },
      ],
    ];
    for (const [add, remove] of pairs) expect(applyEdits(text, [add, remove])).toBe(text);
  });

  test('moving an inject away and back', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 }), fc.nat({ max: 2 }), (from, to) => {
        const id = modelOf(text).partial.injects[from].id;
        const moved = applyEdit(text, { kind: 'moveInject', id, to });
        expect(applyEdit(moved, { kind: 'moveInject', id, to: from })).toBe(text);
      }),
    );
  });
});
