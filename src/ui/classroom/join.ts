/** The join screen: a trainee joins a class with the code from the instructor and a name (no account). */
import './classroom.css';
import { t } from '../../i18n';
import { joinClass } from '../../store/classroom/seat';
import { classroom } from '../../store/classroom/state';
import { session } from '../../store/session';
import { button, h, input } from '../dom';

/** Mounts the join screen; `?join=CODE` fills the code in. */
export function mountJoin(root: HTMLElement): () => void {
  const code = input(t('classroom:join.code'), {
    autocomplete: 'off',
    autocapitalize: 'characters',
    maxlength: 8,
    spellcheck: 'false',
    class: 'code-input',
  });
  const name = input(t('classroom:join.name'), { autocomplete: 'name', maxlength: 40 });
  code.input.value = new URLSearchParams(location.search).get('join') ?? '';
  const error = h('p', { class: 'join-error', role: 'alert' });
  const status = h('p', { class: 'join-status', role: 'status' });
  const join = h('button', { type: 'submit', class: 'primary' }, t('classroom:join.submit'));
  const form = h('form', { class: 'join-form', 'aria-labelledby': 'join-title' }, code.field, name.field, join);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void joinClass(code.input.value, name.input.value);
  });
  const heading = h('h1', { id: 'join-title', tabindex: -1 }, t('classroom:join.title'));
  root.append(
    h(
      'div',
      { class: 'classroom join' },
      heading,
      h('p', {}, t('classroom:join.intro')),
      form,
      error,
      status,
      button(t('classroom:backToLibrary'), () => session.setState({ screen: 'library' })),
    ),
  );
  const draw = () => {
    const { joinError, seat } = classroom.getState();
    error.textContent = joinError ?? '';
    error.hidden = !joinError;
    const busy = seat?.connection === 'connecting';
    status.textContent = busy ? t('classroom:join.joining', { code: seat.code }) : '';
    join.disabled = busy;
  };
  draw();
  (code.input.value ? name.input : code.input).focus();
  return classroom.subscribe(draw);
}
