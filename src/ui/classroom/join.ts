/** The join screen: a trainee joins a class with the code from the instructor and a name (no account). */
import './classroom.css';
import { joinClass } from '../../store/classroom/seat';
import { classroom } from '../../store/classroom/state';
import { session } from '../../store/session';
import { button, h, input } from '../dom';

/** Mounts the join screen; `?join=CODE` fills the code in. */
export function mountJoin(root: HTMLElement): () => void {
  const code = input('Class code', {
    autocomplete: 'off',
    autocapitalize: 'characters',
    maxlength: 8,
    spellcheck: 'false',
    class: 'code-input',
  });
  const name = input('Your name', { autocomplete: 'name', maxlength: 40 });
  code.input.value = new URLSearchParams(location.search).get('join') ?? '';
  const error = h('p', { class: 'join-error', role: 'alert' });
  const status = h('p', { class: 'join-status', role: 'status' });
  const join = h('button', { type: 'submit', class: 'primary' }, 'Join');
  const form = h('form', { class: 'join-form', 'aria-labelledby': 'join-title' }, code.field, name.field, join);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void joinClass(code.input.value, name.input.value);
  });
  const heading = h('h1', { id: 'join-title', tabindex: -1 }, 'Join a class');
  root.append(
    h(
      'div',
      { class: 'classroom join' },
      heading,
      h(
        'p',
        {},
        'Type the code your instructor shows and your name. You play on your own screen; the instructor starts and pauses the class.',
      ),
      form,
      error,
      status,
      button('Back to the library', () => session.setState({ screen: 'library' })),
    ),
  );
  const draw = () => {
    const { joinError, seat } = classroom.getState();
    error.textContent = joinError ?? '';
    error.hidden = !joinError;
    const busy = seat?.connection === 'connecting';
    status.textContent = busy ? `Joining class ${seat.code}…` : '';
    join.disabled = busy;
  };
  draw();
  (code.input.value ? name.input : code.input).focus();
  return classroom.subscribe(draw);
}
