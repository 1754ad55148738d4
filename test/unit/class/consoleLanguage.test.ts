/** The instructor console shows the class's scenario in the instructor's language and follows a change of it. */
import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import { parseScenario } from '../../../src/scenario';
import { closeConsole } from '../../../src/store/classroom/instructor';
import { classroom } from '../../../src/store/classroom/state';

afterEach(async () => {
  await setLanguage('en');
  closeConsole();
});

test('a language change re-localizes the console’s scenario; ids and rules stay', async () => {
  const text = readFileSync('assets/scenarios/first-watch.json', 'utf8');
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new Error('first-watch does not parse');
  classroom.setState({
    instructor: {
      code: 'K7QX2M',
      key: 'k',
      scenarioText: text,
      scenario: parsed.value,
      hash: 'h',
      phase: 'lobby',
      connection: 'connected',
      console: null,
      results: null,
    },
  });
  await setLanguage('es');
  const spanish = classroom.getState().instructor?.scenario;
  expect(spanish?.title).toBe('Primera guardia');
  expect(spanish?.objectives.map((o) => o.rule)).toEqual(parsed.value.objectives.map((o) => o.rule));
  await setLanguage('en');
  expect(classroom.getState().instructor?.scenario.title).toBe('First watch');
});
