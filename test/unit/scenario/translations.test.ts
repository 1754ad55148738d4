/** Scenario translations: localizeScenario falls back per field, never touches ids or answers, and is checked on load. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import { checkScenario, localizeScenario, parseScenario } from '../../../src/scenario';
import type { Inject, Scenario } from '../../../src/scenario/model';
import { fixture, text } from './helpers';

function builtin(name: string): Scenario {
  const parsed = parseScenario(readFileSync(`assets/scenarios/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not load`);
  return parsed.value;
}

function load(file: unknown): Scenario {
  const parsed = parseScenario(text(file));
  if (!parsed.ok) throw new Error(parsed.error.map((p) => p.message).join('\n'));
  return parsed.value;
}

const probe = (s: Scenario, id: string) => s.injects.find((i): i is Extract<Inject, { type: 'probe' }> => i.id === id);

/** The scenario without its display texts: what the engine and the score read. */
function structure(s: Scenario) {
  return {
    ...s,
    title: '',
    summary: '',
    post: { ...s.post, name: '' },
    team: s.team.map((t) => ({ ...t, name: '' })),
    sectors: s.sectors.map((x) => ({ ...x, name: '' })),
    briefing: null,
    injects: s.injects.map((i) => ({
      id: i.id,
      type: i.type,
      trigger: i.trigger,
      answer: 'answer' in i ? i.answer : null,
    })),
    objectives: s.objectives.map((o) => ({ ...o, text: '', brief: '' })),
  };
}

describe('localizeScenario', () => {
  it('gives the Spanish texts of a translated built-in, and its ids, answers and rules unchanged', () => {
    const en = builtin('guided-intro');
    const es = localizeScenario(en, 'es');
    expect(es.title).toBe('Introducción guiada');
    expect(es.briefing.notes).toHaveLength(en.briefing.notes.length);
    expect(es.briefing.notes[0]).toMatch(/^Pause cuando quiera/);
    expect(es.sectors.map((x) => x.name)).toEqual(['Oeste', 'Norte', 'Este']);
    expect(probe(es, 'where-probe')?.choices).toEqual(['Oeste', 'Norte', 'Este', 'Ninguno']);
    expect(probe(es, 'where-probe')?.compute).toEqual(probe(en, 'where-probe')?.compute);
    expect(es.objectives.find((o) => o.id === 'spot')?.brief).toMatch(/^Marcar cada contacto en vuelo/);
    expect(structure(es)).toEqual(structure(en));
  });

  it('falls back to the original text field by field, and a language without a translation changes nothing', () => {
    const file = fixture('rich.jsonc');
    const injectId = file.injects.find((i: { type: string }) => i.type === 'message').id;
    const objective = file.objectives.find((o: { brief?: string }) => o.brief === undefined);
    file.translations = {
      es: {
        title: 'Título',
        injects: { [injectId]: { text: 'Texto' } },
        objectives: { [objective.id]: { text: 'Objetivo' } },
      },
    };
    const en = load(file);
    const es = localizeScenario(en, 'es');
    expect(es.title).toBe('Título');
    expect(es.summary).toBe(en.summary);
    const message = (s: Scenario) => s.injects.find((i) => i.id === injectId) as Extract<Inject, { type: 'message' }>;
    expect(message(es).text).toBe('Texto');
    expect(message(es).from).toBe(message(en).from);
    const obj = es.objectives.find((o) => o.id === objective.id);
    expect([obj?.text, obj?.brief]).toEqual(['Objetivo', 'Objetivo']);
    expect(localizeScenario(en, 'fr')).toEqual(en);
    expect(localizeScenario(es, 'en')).toEqual(en);
  });
});

describe('translation checks', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('speak Spanish when the language is Spanish', async () => {
    const file = fixture('rich.jsonc');
    const message = file.injects.find((i: { type: string }) => i.type === 'message');
    file.translations = {
      es: { injects: { [message.id]: { question: '¿?' } }, objectives: { missing: { text: 'x' } } },
    };
    await setLanguage('es');
    const messages = checkScenario(text(file)).problems.map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        `la inyección "${message.id}" es de tipo message: traduzca "from" o "text"`,
        expect.stringMatching(/^la traducción nombra el objetivo "missing", que este escenario no tiene/),
      ]),
    );
  });

  it('an unknown id, a field the inject does not have and a wrong number of choices are errors at their path', () => {
    const file = fixture('rich.jsonc');
    const message = file.injects.find((i: { type: string }) => i.type === 'message');
    const probeFile = file.injects.find((i: { type: string }) => i.type === 'probe');
    file.translations = {
      es: {
        injects: {
          nope: { text: 'x' },
          [message.id]: { question: '¿?' },
          [probeFile.id]: { choices: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].slice(0, probeFile.choices.length + 1) },
        },
        objectives: { missing: { text: 'x' } },
      },
    };
    const result = checkScenario(text(file));
    const errors = result.problems.filter((p) => p.severity === 'error').map((p) => `${p.pointer} ${p.message}`);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/translations\/es\/injects\/nope the translation names inject "nope"/),
        expect.stringMatching(
          new RegExp(`^/translations/es/injects/${message.id}/question inject "${message.id}" is a message inject`),
        ),
        expect.stringMatching(
          new RegExp(
            `^/translations/es/injects/${probeFile.id}/choices probe "${probeFile.id}" has ${probeFile.choices.length} choices`,
          ),
        ),
        expect.stringMatching(/^\/translations\/es\/objectives\/missing the translation names objective "missing"/),
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('a translation longer than the text limit, or in a language the format does not know, fails the schema', () => {
    const file = fixture('minimal.json');
    file.translations = { es: { title: 'x'.repeat(4001) }, fr: { title: 'Titre' } };
    const pointers = checkScenario(text(file)).problems.map((p) => p.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/translations/es/title', '/translations/fr']));
  });
});
