import { describe, expect, test } from 'vitest';
import { replay } from '../../../src/engine';
import type { State } from '../../../src/engine/types';
import type { Contact, Scenario } from '../../../src/scenario/model';
import { POLICIES, runPolicy } from '../../../src/scoring';
import { traineeBrief } from '../../../src/scoring/policies';
import { builtIn } from './builtins';

/** The same scenario with contacts rewritten by `change` (a new object: nothing cached is shared). */
function variant(scenario: Scenario, change: (c: Contact) => Contact): Scenario {
  return { ...scenario, contacts: scenario.contacts.map(change) };
}

const actionsOf = (scenario: Scenario, policy: 'observer' | 'perfect') =>
  runPolicy(scenario, POLICIES[policy]).run.actions;

describe('the observer cannot see the ground truth', { timeout: 60_000 }, () => {
  test('its brief holds no contact, answer or facilitator note', () => {
    const brief = traineeBrief(builtIn('full-shift'));
    expect(Object.keys(brief)).not.toContain('contacts');
    expect(Object.keys(brief)).not.toContain('injects');
    expect(Object.keys(brief.briefing)).not.toContain('instructorNotes');
    expect(JSON.stringify(brief)).not.toMatch(/"(truth|answer|compute|controllerNotes|rule)"/);
    expect(brief.probes['p1-count']).toEqual({
      question: expect.any(String),
      choices: expect.arrayContaining(['None', '1']),
    });
  });

  test('a scenario differing only in every contact’s truth and label gives the same actions (the oracle’s differ)', () => {
    const original = builtIn('first-watch');
    const swapped = variant(original, (c) =>
      c.domain === 'air'
        ? { ...c, label: 'renamed', truth: c.truth === 'bird' ? 'authorized' : 'hobbyist' }
        : { ...c, label: 'renamed', truth: 'routine' },
    );
    expect(actionsOf(swapped, 'observer')).toEqual(actionsOf(original, 'observer'));
    expect(actionsOf(swapped, 'perfect')).not.toEqual(actionsOf(original, 'perfect'));
  });

  test('hidden cues change nothing until they are observed', () => {
    const original = builtIn('something-approaching');
    const changed = variant(original, (c) =>
      c.id === 'carrier' && c.domain === 'air'
        ? { ...c, truth: 'suspicious', cues: { ...c.cues, carrying: false, markings: 'silver frame, blue arms' } }
        : c,
    );
    const run = runPolicy(original, POLICIES.observer);
    let seenAt = Number.POSITIVE_INFINITY;
    const i = original.contacts.findIndex((c) => c.id === 'carrier');
    replay(original, run.run, {
      everyMs: 250,
      onState: (s: State) => {
        const seen = s.contacts[i].seen;
        if (seenAt === Number.POSITIVE_INFINITY && (seen.carrying !== undefined || seen.markings !== undefined)) {
          seenAt = s.t;
        }
      },
    });
    expect(seenAt).toBeLessThan(original.durationMs);
    const earlier = (actions: typeof run.run.actions) => actions.filter((a) => Number(a.at) * 1000 < seenAt);
    const other = actionsOf(changed, 'observer');
    expect(earlier(other)).toEqual(earlier(run.run.actions));
    expect(earlier(run.run.actions).length).toBeGreaterThan(3);
    expect(other).not.toEqual(run.run.actions);
  });
});
