/** parseActionScript: the format's example script, and problems with positions and fixes. */
import { describe, expect, it } from 'vitest';
import { parseActionScript } from '../../../src/scenario/index';
import type { Problem } from '../../../src/scenario/result';
import { posOf } from './helpers';

const EXAMPLE = `{ "scenario": "dawn-patrol", "seed": 7, "actions": [
  { "at": "0:20", "type": "emissions", "state": "off" },
  { "at": "0:45", "type": "focus", "sector": "north" },
  { "at": "3:10", "type": "mark", "contact": "c2" },
  { "at": "3:12", "type": "mark", "cell": "D4" },
  { "at": "3:30", "type": "classify", "contact": "c2", "as": "suspicious-uas" },
  { "at": "3:50", "type": "report", "contact": "c2", "channel": "primary", "report": {
      "count": 1, "type": "multirotor", "size": "small", "activity": "loitering", "direction": "E",
      "location": "E5", "perimeter": "outside", "operatorLocation": "B4", "description": "dark grey body",
      "lights": "flashing", "lightColor": "red", "timeFirstSeen": "05:43", "timeLastSeen": "05:46",
      "payload": "none-seen", "assessment": "suspicious-uas" } },
  { "at": "4:00", "type": "posture", "posture": "cover" },
  { "at": "4:05", "type": "ack", "inject": "i2" },
  { "at": "6:00", "type": "answer", "probe": "p1", "choice": 2 },
  { "at": "7:00", "type": "discuss", "inject": "d1", "text": "…" },
  { "at": "7:30", "type": "classify", "track": "T2", "as": "bird" },
  { "at": "7:40", "type": "focus", "sector": null },
  { "at": "8:00", "type": "fire", "inject": "opt1" }
] }`;

function problems(source: string): Problem[] {
  const r = parseActionScript(source);
  if (r.ok) throw new Error('expected problems');
  return r.error;
}

describe('parseActionScript', () => {
  it('accepts the example from the format, with comments', () => {
    const r = parseActionScript(`// recorded run\n${EXAMPLE}`);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.actions).toHaveLength(13);
      expect(r.value.actions[5]).toMatchObject({ type: 'report', channel: 'primary', report: { location: 'E5' } });
    }
  });

  it('reports a bad value with its position and the allowed values', () => {
    const source = EXAMPLE.replace('"suspicious-uas" },', '"suspicious" },');
    const [p] = problems(source);
    expect(p).toMatchObject({ code: 'bad-value', pointer: '/actions/4/as' });
    expect(p.message).toMatch(/expected one of: bird, authorized, unknown-uas, suspicious-uas/);
    expect(p.message).toMatch(/did you mean "suspicious-uas"\?/);
    expect({ line: p.line, column: p.column }).toEqual(posOf(source, '"suspicious" }'));
  });

  it("an answer may pick any of a probe's eight choices, and no ninth", () => {
    expect(parseActionScript(EXAMPLE.replace('"choice": 2', '"choice": 7')).ok).toBe(true);
    const [p] = problems(EXAMPLE.replace('"choice": 2', '"choice": 8'));
    expect(p).toMatchObject({ code: 'out-of-range', pointer: '/actions/8/choice' });
  });

  it('reports an unknown action type', () => {
    const [p] = problems(EXAMPLE.replace('"type": "posture"', '"type": "postur"'));
    expect(p).toMatchObject({ code: 'bad-value', pointer: '/actions/6/type' });
    expect(p.message).toMatch(/did you mean "posture"\?/);
  });

  it('needs exactly one target on mark, classify and report', () => {
    const none = problems(EXAMPLE.replace('"type": "mark", "contact": "c2"', '"type": "mark"'));
    expect(none).toMatchObject([{ code: 'target-missing', pointer: '/actions/2' }]);
    expect(none[0].message).toMatch(/needs "contact" or "cell"/);
    const both = problems(EXAMPLE.replace('"contact": "c2", "as"', '"contact": "c2", "track": "T1", "as"'));
    expect(both).toMatchObject([{ code: 'target-both', pointer: '/actions/4/track' }]);
  });

  it('reports a bad track label and a report field', () => {
    const found = problems(EXAMPLE.replace('"T2"', '"2"').replace('"location": "E5"', '"location": "E55x"'));
    expect(found.map((p) => [p.code, p.pointer])).toEqual([
      ['bad-cell', '/actions/5/report/location'],
      ['bad-format', '/actions/10/track'],
    ]);
    expect(found[1].message).toMatch(/a track label is "T" and a number, e.g. "T2"/);
  });

  it('rejects text that is not an object', () => {
    expect(problems('[1]')).toMatchObject([{ code: 'not-an-object', line: 1, column: 1 }]);
    expect(problems('')).toMatchObject([{ code: 'syntax' }]);
  });
});
