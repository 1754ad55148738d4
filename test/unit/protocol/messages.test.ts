/** The classroom protocol's schemas: what a seat, the instructor and the HTTP API may send. */
import { describe, expect, it } from 'vitest';
import {
  actMessageSchema,
  codeSchema,
  createClassSchema,
  fireMessageSchema,
  joinOptionsSchema,
} from '../../../src/protocol';

describe('act', () => {
  it('takes an action without at and gives the engine action', () => {
    const r = actMessageSchema.safeParse({ action: { type: 'posture', posture: 'cover' } });
    expect(r.success && r.data.action).toEqual({ type: 'posture', posture: 'cover' });
  });
  it('refuses an action with at, a seat firing an inject, unknown fields and bad values, with a reason', () => {
    for (const action of [
      { at: 5, type: 'posture', posture: 'cover' },
      { type: 'fire', inject: 'i1' },
      { type: 'posture', posture: 'cover', extra: 1 },
      { type: 'posture', posture: 'sideways' },
      'posture',
    ]) {
      const r = actMessageSchema.safeParse({ action });
      expect(r.success, JSON.stringify(action)).toBe(false);
      expect(r.error?.issues[0]?.message.length).toBeGreaterThan(5);
    }
    expect(actMessageSchema.safeParse({ action: { type: 'ack', inject: 'm1' }, more: 1 }).success).toBe(false);
  });
});

describe('join options and the rest', () => {
  it('tells a seat from the instructor and bounds names', () => {
    expect(joinOptionsSchema.parse({ role: 'seat', name: ' Ana ' })).toEqual({ role: 'seat', name: 'Ana' });
    expect(joinOptionsSchema.safeParse({ role: 'seat', name: '' }).success).toBe(false);
    expect(joinOptionsSchema.safeParse({ role: 'seat', name: 'x'.repeat(41) }).success).toBe(false);
    expect(joinOptionsSchema.safeParse({ role: 'instructor' }).success).toBe(false);
    expect(joinOptionsSchema.safeParse({ role: 'admin', key: 'k' }).success).toBe(false);
  });
  it('reads codes in any case and refuses look-alike letters', () => {
    expect(codeSchema.parse(' k7qx2m ')).toBe('K7QX2M');
    expect(codeSchema.safeParse('K7QX0M').success).toBe(false);
    expect(codeSchema.safeParse('K7QX2').success).toBe(false);
  });
  it('checks fire and create bodies', () => {
    expect(fireMessageSchema.safeParse({ inject: 'gust-1' }).success).toBe(true);
    expect(fireMessageSchema.safeParse({ inject: 'Gust 1' }).success).toBe(false);
    expect(createClassSchema.safeParse({ scenario: '{}', seed: 1.5 }).success).toBe(false);
    expect(createClassSchema.safeParse({ scenario: '' }).success).toBe(false);
  });
});
