/** The instructor's first step: create a class from a built-in scenario or an own file; problems as the CLI prints them. */

import { t } from '../../i18n';
import { builtinScenarios } from '../../store/builtins';
import { startClass } from '../../store/classroom/instructor';
import { classroom } from '../../store/classroom/state';
import { session } from '../../store/session';
import { button, h, replace, select } from '../dom';

/** The create form; returns it and a cleanup for its subscription. */
export function createForm(): { el: HTMLElement; off: () => void } {
  const { library } = session.getState();
  const texts = builtinScenarios();
  const choice = select(
    t('classroom:create.scenario'),
    library.map((e) => ({
      value: e.file,
      text: t('classroom:create.option', { title: e.scenario.title, difficulty: e.scenario.difficulty }),
    })),
    library[0]?.file ?? '',
  );
  const create = button(t('classroom:create.submit'), () => void startClass(texts[choice.input.value] ?? ''), {
    class: 'primary',
  });
  const picker = h('input', { type: 'file', id: 'class-file', accept: '.json,.jsonc,application/json' });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    file
      ?.text()
      .then((text) => startClass(text))
      .catch(() => classroom.setState({ createProblems: [t('classroom:create.unreadable', { file: file.name })] }));
  });
  const problems = h('div', { class: 'problems' });
  const draw = () => {
    const lines = classroom.getState().createProblems;
    replace(problems);
    if (!lines) return;
    problems.append(
      h('h3', { id: 'create-problems' }, t('classroom:create.problems', { count: lines.length })),
      h(
        'ul',
        { role: 'alert', 'aria-labelledby': 'create-problems' },
        ...lines.map((l) => h('li', {}, h('code', {}, l))),
      ),
    );
  };
  draw();
  const el = h(
    'section',
    { class: 'create', 'aria-labelledby': 'create-title' },
    h('h2', { id: 'create-title' }, t('classroom:create.title')),
    h('div', { class: 'row' }, choice.field, create),
    h('p', {}, h('label', { for: 'class-file' }, t('classroom:create.file')), picker),
    problems,
  );
  return { el, off: classroom.subscribe((s) => s.createProblems, draw) };
}
