/** The instructor console: create a class, show its join code, start, pause, fire injects, end; the live tables. */
import './classroom.css';
import type { Inject } from '../../scenario/model';
import { closeConsole, command, fireInject } from '../../store/classroom/instructor';
import { classroom, type InstructorState } from '../../store/classroom/state';
import { session } from '../../store/session';
import { button, h, replace } from '../dom';
import { clockText } from '../format';
import { createForm } from './createForm';
import { contactsTable, seatsTable } from './liveTables';

const PHASE_TEXT = {
  lobby: 'Waiting to start: trainees are joining',
  running: 'Running',
  paused: 'Paused',
  ended: 'Ended',
} as const;

function injectText(i: Inject): string {
  if (i.type === 'message') return `Message from ${i.from}: “${i.text}”`;
  if (i.type === 'probe' || i.type === 'discussion')
    return `${i.type === 'probe' ? 'Question' : 'Discussion'}: ${i.question}`;
  return `${i.type} (${i.id})`;
}

/** The join address trainees type: this server's address with `?join=CODE`. */
export function joinAddress(code: string): string {
  return `${location.origin}/?join=${code}`;
}

function controls(ins: InstructorState): HTMLElement {
  const confirmBox = h('div', { class: 'row', hidden: true });
  const end = button('End class', () => {
    confirmBox.hidden = false;
    end.hidden = true;
  });
  replace(
    confirmBox,
    h('span', {}, 'End the class for everyone?'),
    button('Yes, end the class', () => command('end'), { class: 'danger' }),
    button('No, carry on', () => {
      confirmBox.hidden = true;
      end.hidden = false;
    }),
  );
  const p = ins.phase;
  return h(
    'div',
    { class: 'row controls', role: 'group', 'aria-label': 'Class controls' },
    p === 'lobby' && button('Start', () => command('start'), { class: 'primary' }),
    p === 'running' && button('Pause everyone', () => command('pause')),
    p === 'paused' && button('Resume everyone', () => command('resume'), { class: 'primary' }),
    p !== 'ended' && end,
    confirmBox,
  );
}

function injects(ins: InstructorState): HTMLElement | null {
  const optional = ins.scenario.injects.filter((i) => i.optional);
  if (optional.length === 0 || ins.phase === 'ended') return null;
  return h(
    'section',
    { class: 'injects', 'aria-labelledby': 'inject-title' },
    h('h2', { id: 'inject-title' }, 'Optional injects'),
    h('p', { class: 'hint' }, 'Fires at every seat at once; recorded in each seat’s run.'),
    h(
      'ul',
      {},
      ...optional.map((i) =>
        h(
          'li',
          {},
          button('Fire', () => fireInject(i.id), { 'aria-label': `Fire ${i.id}`, disabled: ins.phase === 'lobby' }),
          ` ${injectText(i)}`,
        ),
      ),
    ),
  );
}

function phaseText(ins: InstructorState): string {
  const link = ins.connection === 'connected' ? '' : ' · reconnecting to the server…';
  return `${PHASE_TEXT[ins.phase]} · class time ${clockText(ins.scenario, ins.console?.classMs ?? 0)}${link}`;
}

function header(ins: InstructorState, phase: HTMLElement): HTMLElement {
  const address = joinAddress(ins.code);
  return h(
    'header',
    { class: 'class-head' },
    h(
      'div',
      { class: 'code-box' },
      h('span', { class: 'code-label', id: 'code-label' }, 'Join code'),
      h('output', { class: 'join-code', 'aria-labelledby': 'code-label' }, ins.code),
      h('span', { class: 'join-address' }, 'Join at ', h('a', { href: address }, address)),
    ),
    h('div', { class: 'class-state' }, h('h1', {}, ins.scenario.title), phase, controls(ins)),
  );
}

/** Mounts the console (the create form until a class exists); returns a function that unsubscribes it. */
export function mountConsole(root: HTMLElement): () => void {
  const body = h('div', { class: 'classroom console' });
  root.append(body);
  let form: { el: HTMLElement; off: () => void } | null = null;
  let shown = '';
  const phase = h('p', { role: 'status', class: 'phase' });
  const seats = h('div', { class: 'table-scroll' });
  const contacts = h('div', { class: 'table-scroll' });
  const draw = () => {
    const { instructor: ins, instructorError } = classroom.getState();
    const error = instructorError ? h('p', { class: 'join-error', role: 'alert' }, instructorError) : null;
    if (!ins) {
      if (shown === 'form') return;
      shown = 'form';
      form = createForm();
      replace(
        body,
        h('h1', {}, 'Run a class'),
        h('p', {}, 'Pick a scenario and create the class; trainees join with the code it shows.'),
        error,
        form.el,
        button('Back to the library', () => session.setState({ screen: 'library' })),
      );
      return;
    }
    form?.off();
    form = null;
    phase.textContent = phaseText(ins);
    replace(seats, seatsTable(ins.scenario, ins.console));
    replace(contacts, contactsTable(ins.scenario, ins.console));
    const key = [ins.code, ins.phase, Boolean(ins.results), instructorError].join('|');
    if (shown === key) return;
    shown = key;
    const results = ins.results
      ? button('Open the class debrief', () => session.setState({ screen: 'classDebrief' }), { class: 'primary' })
      : null;
    replace(
      body,
      header(ins, phase),
      error,
      results,
      seats,
      injects(ins),
      contacts,
      ins.phase === 'ended' ? button('New class', closeConsole) : null,
    );
  };
  draw();
  const off = classroom.subscribe((s) => [s.instructor, s.instructorError] as const, draw, {
    equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1],
  });
  return () => {
    off();
    form?.off();
  };
}
