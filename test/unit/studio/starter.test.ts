/** What the studio adds in one click starts in the author's language; ids, rules and cues do not change with it. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import { readPartial } from '../../../src/studio/partial';
import { newContact } from '../../../src/studio/screen/contactsPanel';
import { newInject } from '../../../src/studio/screen/injectsTable';

afterEach(async () => {
  await setLanguage('en');
});

const partial = readPartial(readFileSync('assets/scenarios/first-watch.json', 'utf8'));

describe('the studio’s starter texts', () => {
  it('are English in English and Spanish in Spanish, the rest alike', async () => {
    const en = [newInject('probe', partial, 60_000), newInject('discussion', partial, 0)];
    const enDrone = newContact('drone', partial, 0);
    await setLanguage('es');
    const es = [newInject('probe', partial, 60_000), newInject('discussion', partial, 0)];
    const esDrone = newContact('drone', partial, 0);
    expect(en[0]).toMatchObject({
      question: 'How many drones are in sight now?',
      choices: ['None', 'One', 'Two or more'],
    });
    expect(es[0]).toMatchObject({
      question: '¿Cuántos drones hay a la vista ahora?',
      choices: ['Ninguno', 'Uno', 'Dos o más'],
    });
    expect(es[1]).toMatchObject({ question: '¿Qué haría de otra manera?' });
    expect([enDrone.label, esDrone.label]).toEqual(['Small quadcopter', 'Cuadricóptero pequeño']);
    expect({ ...es[0], question: '', choices: [], expected: '' }).toEqual({
      ...en[0],
      question: '',
      choices: [],
      expected: '',
    });
    expect({ ...esDrone, label: '' }).toEqual({ ...enDrone, label: '' });
  });
});
