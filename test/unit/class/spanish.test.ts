/** The class debrief's misses, the class CSV header and the server's refusals come out in Spanish after a switch. */
import { afterEach, describe, expect, test } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import type { RefusedMessage } from '../../../src/protocol';
import type { ActionFile } from '../../../src/scenario/schema';
import { classDebrief, type SeatResult } from '../../../src/scoring/class/debrief';
import { classCsv } from '../../../src/store/classroom/exports';
import type { ClassSeat } from '../../../src/store/classroom/state';
import { errorText, refusalText } from '../../../src/store/classroom/wording';
import { ANSWERS, GOOD_D1_REPORT, LAB, labCard, labScenario } from '../scoring/lab';

const scenario = labScenario({
  contacts: LAB.contacts.map((c) => (c.id === 'd1' ? { ...c, label: 'Grey quadcopter' } : c)),
} as Partial<typeof LAB>);

const RUNS: Record<string, ActionFile[]> = {
  ann: [{ at: 10, type: 'mark', contact: 'd1' }, ...ANSWERS],
  bob: [...ANSWERS],
  dee: [
    { at: 10, type: 'mark', contact: 'd1' },
    {
      at: 30,
      type: 'report',
      contact: 'd1',
      channel: 'primary',
      report: { ...GOOD_D1_REPORT, size: 'large' },
    } as ActionFile,
    ...ANSWERS,
  ],
};
const seats = (...names: string[]): SeatResult[] =>
  names.map((name) => ({ name, run: { actions: RUNS[name] }, card: labCard(RUNS[name], scenario) }));

afterEach(async () => {
  await setLanguage('en');
});

describe('the class debrief in Spanish', () => {
  test('the same misses, worded in Spanish with the verb agreeing with the count', async () => {
    const english = classDebrief(scenario, seats('ann', 'bob', 'dee')).misses;
    expect(english.map((m) => m.text)).toContain('1 of 3 never marked the grey quadcopter');
    await setLanguage('es');
    const spanish = classDebrief(scenario, seats('ann', 'bob', 'dee')).misses;
    const texts = spanish.map((m) => m.text);
    expect(spanish.map((m) => [m.count, m.objective])).toEqual(english.map((m) => [m.count, m.objective]));
    expect(texts).toContain('1 de 3 nunca marcó el contacto «grey quadcopter»');
    expect(texts).toContain('2 de 3 nunca reportaron el contacto «grey quadcopter»');
    expect(texts).toContain('1 de 3 falló el campo «tamaño» en la mayoría de sus reportes');
    expect(texts).toContain('3 de 3 no se pusieron a cubierto a tiempo de d2');
    expect(texts).toContain('2 de 3 nunca reportaron dónde estaba el operador del contacto «grey quadcopter»');
    for (const text of texts) expect(text).not.toMatch(/\b(of|never|marked|reported|wrong|the)\b/);
  });
});

describe('the class CSV header and the server’s words in Spanish', () => {
  test('the CSV header names its columns in Spanish, objective ids kept', async () => {
    await setLanguage('es');
    const csv = classCsv('K7QX2M', scenario, 'h', [] as ClassSeat[]);
    expect(csv.split('\r\n')[0]).toBe(
      `clase,escenario,nombre,plaza,total,nota_minima,aprobado,semilla,acciones,hash_escenario,${scenario.objectives.map((o) => `calificacion_${o.id}`).join(',')}`,
    );
  });

  const refusals: [RefusedMessage, string, string][] = [
    [
      { code: 'not-running', message: 'the class is paused', args: { phase: 'paused' } },
      'The class is paused: nothing can be done now.',
      'La clase está en pausa: ahora no se puede hacer nada.',
    ],
    [
      {
        code: 'bad-phase',
        message: 'cannot start a class that is running',
        args: { command: 'start', phase: 'running' },
      },
      'The class has already started.',
      'La clase ya ha empezado.',
    ],
    [
      { code: 'not-optional', message: 'inject "m1" is not optional', args: { inject: 'm1' } },
      'Inject m1 is not optional: it fires by itself.',
      'La inyección m1 no es opcional: se lanza sola.',
    ],
    [
      { code: 'not-optional', message: 'inject "m1" is not optional' },
      'Not done: inject "m1" is not optional',
      'No se hizo: inject "m1" is not optional',
    ],
    [
      { code: 'rate-limited', message: 'too many messages' },
      'Too many messages: slow down (at most 10 a second).',
      'Demasiados mensajes: más despacio (como máximo 10 por segundo).',
    ],
  ];
  test.each(refusals)('refused %j', async (m, en, es) => {
    expect(refusalText(m)).toBe(en);
    await setLanguage('es');
    expect(refusalText(m)).toBe(es);
  });

  test('HTTP errors by their reason, the class code filled in; the server’s text without one', async () => {
    expect(errorText('unknown-class', 'ZZZZZZ', 'x')).toBe(
      'No class with code ZZZZZZ — check the code with your instructor.',
    );
    await setLanguage('es');
    expect(errorText('unknown-class', 'ZZZZZZ', 'x')).toBe(
      'No hay ninguna clase con el código ZZZZZZ; compruébalo con tu instructor.',
    );
    expect(errorText('ended-class', 'K7QX2M', 'x')).toBe('La clase K7QX2M ha terminado.');
    expect(errorText(undefined, 'K7QX2M', 'Old server text.')).toBe('Old server text.');
  });
});
