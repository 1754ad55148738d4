/** Rejections speak the chosen language; their codes, the log and the state do not change with it. */
import { afterEach, describe, expect, it } from 'vitest';
import { apply, replay } from '../../../src/engine';
import type { Action } from '../../../src/engine/types';
import { setLanguage } from '../../../src/i18n';
import type { Inject } from '../../../src/scenario/model';
import type { ActionFile } from '../../../src/scenario/schema';
import { air, at, inject, scenario } from './fixtures';
import { runTo } from './helpers';

afterEach(async () => {
  await setLanguage('en');
});

const sc = scenario({
  contacts: [air('c1', [[0, 'D4', 'hovering']], { linger: true })],
  injects: [
    inject('p1', at(0), { type: 'probe', question: 'Q', choices: ['a', 'b'], answer: 1, compute: null, level: 1 }),
  ] as Inject[],
});

/** The rejection of an action on the run at 1 s, in the current language. */
function rejection(action: Action) {
  const r = apply(sc, runTo(sc, 1), action);
  if (r.ok) throw new Error(`expected ${action.type} to be rejected`);
  return r.rejection;
}

describe('rejections in English and in Spanish', () => {
  it.each([
    [{ type: 'answer', probe: 'p1', choice: 5 }, 'bad-choice', 'choose 0 to 1', 'elija de 0 a 1'],
    [{ type: 'mark', contact: 'c1' }, 'frozen', 'answer probe p1 first', 'primero responda el sondeo p1'],
    [
      { type: 'answer', probe: 'nope', choice: 0 },
      'not-frozen',
      'probe "nope" is not waiting for an answer',
      'el sondeo "nope" no espera respuesta',
    ],
  ] as const)('%o: same code, the language’s message', async (action, code, english, spanish) => {
    const en = rejection(action as Action);
    await setLanguage('es');
    const es = rejection(action as Action);
    expect([en.rejected, en.message]).toEqual([code, english]);
    expect([es.rejected, es.message]).toEqual([code, spanish]);
  });

  it('a replay keeps its log and state in either language; only the rejection message changes', async () => {
    const actions = [{ at: '0:02', type: 'answer', probe: 'p1', choice: 0 }, 7] as unknown as ActionFile[];
    const en = replay(sc, { seed: 3, actions });
    await setLanguage('es');
    const es = replay(sc, { seed: 3, actions });
    expect(es.state).toEqual(en.state);
    expect(es.rejected.map((r) => r.rejection.rejected)).toEqual(en.rejected.map((r) => r.rejection.rejected));
    expect(en.rejected[0].rejection.message).toBe('an action is an object { "at": …, "type": … }');
    expect(es.rejected[0].rejection.message).toBe('una acción es un objeto { "at": …, "type": … }');
  });
});
