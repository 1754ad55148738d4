/** objective-unserved: objectives that come up in no playtest run, unless another warning already says why. */
import { describe, expect, it } from 'vitest';
import { base, warningsOf } from './helpers';

const ackObjective = { id: 'ack', capability: 'comms', text: 'ack', rule: { type: 'acknowledge', injects: ['order'] } };
const order = { id: 'order', type: 'message', from: 'Desk', text: 'Report in', requiresAck: true };

describe('objective-unserved', () => {
  it('warns about an objective whose message only the facilitator can send', () => {
    const s = base();
    s.injects = [{ ...order, optional: true }];
    s.objectives.push(ackObjective);
    const w = warningsOf(s);
    expect(w.keys).toEqual(['objective-unserved /objectives/1']);
    expect(w.messages[0]).toContain('never comes up in any playtest run (none of its messages fires)');
  });

  it('is quiet when its message fires', () => {
    const s = base();
    s.injects = [{ ...order, at: '1:00' }];
    s.objectives.push(ackObjective);
    expect(warningsOf(s).keys).toEqual([]);
  });

  it('does not repeat what a static warning says (no-probes)', () => {
    const s = base();
    s.objectives.push({ id: 'sa', capability: 'awareness', text: 'sa', rule: { type: 'probes', minCorrect: 0.5 } });
    expect(warningsOf(s).keys).toEqual([]);
  });
});
