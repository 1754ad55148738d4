/** Language changes the debrief's words and the exports' labels, never a score, a rating, a log or an id. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import { localizeScenario, parseScenario } from '../../../src/scenario';
import type { Scenario } from '../../../src/scenario/model';
import { POLICIES, runPolicy, scoreRun } from '../../../src/scoring';
import { buildAar } from '../../../src/scoring/aar';
import type { ScoreCard } from '../../../src/scoring/types';
import { buildStatements } from '../../../src/scoring/xapi';
import { historyCsv } from '../../../src/store/historyCsv';

afterEach(async () => {
  await setLanguage('en');
});

function builtin(name: string): Scenario {
  const parsed = parseScenario(readFileSync(`assets/scenarios/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not load`);
  return parsed.value;
}

/** What a score card says in numbers: everything but its sentences. */
function numbers(card: ScoreCard) {
  return {
    ...card,
    objectives: card.objectives.map((o) => ({ ...o, text: '', evidence: o.evidence.map((e) => ({ ...e, text: '' })) })),
  };
}

const texts = (card: ScoreCard) => card.objectives.flatMap((o) => o.evidence.map((e) => e.text));

describe('a run scored in English and in Spanish', () => {
  it.each([
    ['guided-intro', 'guesser'],
    ['guided-intro', 'observer'],
    ['first-watch', 'guesser'],
  ] as const)('%s played by the %s: same log, numbers and ratings; Spanish sentences', async (name, policy) => {
    const original = builtin(name);
    const { run } = runPolicy(original, POLICIES[policy]);
    const en = scoreRun(original, run);
    await setLanguage('es');
    const spanish = localizeScenario(original, 'es');
    const es = scoreRun(spanish, run);
    expect(es.state.log).toEqual(en.state.log);
    expect(numbers(es.card)).toEqual(numbers(en.card));
    expect(es.card.objectives.map((o) => o.rating)).toEqual(en.card.objectives.map((o) => o.rating));
    const [enTexts, esTexts] = [texts(en.card), texts(es.card)];
    expect(esTexts).toHaveLength(enTexts.length);
    expect(esTexts.filter((text, i) => text !== enTexts[i]).length).toBeGreaterThan(esTexts.length / 2);
    const aar = buildAar(spanish, es.state, es.card);
    expect(aar.title).toBe(spanish.title);
    const sentences = [...aar.improvements.flatMap((x) => [x.what, x.suggestion]), ...aar.timeline.map((r) => r.text)];
    expect(sentences.join(' ')).toMatch(/ a las |marc|report/);
    const withoutLabels = sentences
      .join(' ')
      .replace(/Gulls over the field|White quadcopter|Grey quadcopter|Flock of gulls/g, '');
    expect(withoutLabels).not.toMatch(/\b(was|the|never|marked at|could have said)\b/);
  });

  it('evidence sentences in Spanish name what contacts were, in Spanish', async () => {
    const original = builtin('guided-intro');
    const { run } = runPolicy(original, POLICIES.idle);
    await setLanguage('es');
    const { card } = scoreRun(localizeScenario(original, 'es'), run);
    const detect = card.objectives.find((o) => o.rule === 'detect');
    expect(detect?.evidence.map((e) => e.text).join('\n')).toMatch(
      /era observable desde las \d\d:\d\d pero nunca se marcó/,
    );
    expect(texts(card).join('\n')).toMatch(/dron multirrotor pequeño sospechoso/);
  });
});

describe('exports in Spanish', () => {
  it('history CSV headers follow the language; the rows do not', async () => {
    const entry = {
      id: 'r1',
      scenario: 'first-watch',
      title: 'First watch',
      scenarioHash: 'h1',
      source: { kind: 'builtin' as const, id: 'first-watch' },
      record: { scenario: 'first-watch', scenarioHash: 'h1', seed: 7, actions: [] },
      overall: 81,
      passed: true,
      passMark: 70,
      startedMs: 0,
      finishedMs: 60_000,
    };
    const [enHead, enRow] = historyCsv([entry]).split('\r\n');
    await setLanguage('es');
    const [esHead, esRow] = historyCsv([entry]).split('\r\n');
    expect(enHead).toMatch(/^finished_utc,scenario,title,/);
    expect(esHead).toMatch(/^fin_utc,escenario,titulo,intento,puntuacion,/);
    expect(esHead.split(',')).toHaveLength(enHead.split(',').length);
    expect(esRow).toBe(enRow);
  });

  it('xAPI statements keep en-US and add es names, whatever the current language; ids and scores unchanged', async () => {
    const original = builtin('guided-intro');
    const { run } = runPolicy(original, POLICIES.observer);
    const { card, state } = scoreRun(original, run);
    const input = {
      scenario: original,
      scenarioHash: 'h1',
      card,
      state,
      actionsJson: JSON.stringify(run.actions),
      actor: { objectType: 'Agent' as const, account: { homePage: 'urn:skywatch', name: 't1' } },
      startedMs: 1_000_000,
      finishedMs: 1_000_000 + card.endedMs,
    };
    const en = buildStatements(input);
    await setLanguage('es');
    expect(buildStatements(input)).toEqual(en);
    const first = en[0];
    expect(first.verb.display).toEqual({ 'en-US': 'initialized', es: 'iniciado' });
    const definition = (first.object as { definition: { name: Record<string, string> } }).definition;
    expect(definition.name).toEqual({ 'en-US': 'Guided introduction', es: 'Introducción guiada' });
    const answered = en.find((s) => s.verb.id.endsWith('/answered'));
    if (!answered) throw new Error('no answered statement');
    const probe = (
      answered.object as {
        definition: { name: Record<string, string>; choices: { description: Record<string, string> }[] };
      }
    ).definition;
    expect(probe.name.es).toBe('¿En qué sector está ahora el dron?');
    expect(probe.choices[1].description).toEqual({ 'en-US': 'North', es: 'Norte' });
  });
});
