/** The instructor console: create a class, show its join code, start, pause, fire injects, end; the live tables. */
import './classroom.css';
import { t } from '../../i18n';
import type { Inject } from '../../scenario/model';
import { closeConsole, command, fireInject } from '../../store/classroom/instructor';
import { classroom, type InstructorState } from '../../store/classroom/state';
import { session } from '../../store/session';
import { button, h, replace } from '../dom';
import { clockText } from '../format';
import { createForm } from './createForm';
import { contactsTable, seatsTable } from './liveTables';

const PHASE_TEXT = {
  lobby: () => t('classroom:console.phase.lobby'),
  running: () => t('classroom:console.phase.running'),
  paused: () => t('classroom:console.phase.paused'),
  ended: () => t('classroom:console.phase.ended'),
} as const;

function injectText(i: Inject): string {
  if (i.type === 'message') return t('classroom:injects.message', { from: i.from, text: i.text });
  if (i.type === 'probe') return t('classroom:injects.probe', { question: i.question });
  if (i.type === 'discussion') return t('classroom:injects.discussion', { question: i.question });
  return `${i.type} (${i.id})`;
}

/** The join address trainees type: this server's address with `?join=CODE`. */
export function joinAddress(code: string): string {
  return `${location.origin}/?join=${code}`;
}

function controls(ins: InstructorState): HTMLElement {
  const confirmBox = h('div', { class: 'row', hidden: true });
  const end = button(t('classroom:console.end'), () => {
    confirmBox.hidden = false;
    end.hidden = true;
  });
  replace(
    confirmBox,
    h('span', {}, t('classroom:console.endConfirm')),
    button(t('classroom:console.endYes'), () => command('end'), { class: 'danger' }),
    button(t('classroom:console.endNo'), () => {
      confirmBox.hidden = true;
      end.hidden = false;
    }),
  );
  const p = ins.phase;
  return h(
    'div',
    { class: 'row controls', role: 'group', 'aria-label': t('classroom:console.controls') },
    p === 'lobby' && button(t('classroom:console.start'), () => command('start'), { class: 'primary' }),
    p === 'running' && button(t('classroom:console.pause'), () => command('pause')),
    p === 'paused' && button(t('classroom:console.resume'), () => command('resume'), { class: 'primary' }),
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
    h('h2', { id: 'inject-title' }, t('classroom:injects.title')),
    h('p', { class: 'hint' }, t('classroom:injects.hint')),
    h(
      'ul',
      {},
      ...optional.map((i) =>
        h(
          'li',
          {},
          button(t('classroom:injects.fire'), () => fireInject(i.id), {
            'aria-label': t('classroom:injects.fireLabel', { id: i.id }),
            disabled: ins.phase === 'lobby',
          }),
          ` ${injectText(i)}`,
        ),
      ),
    ),
  );
}

function phaseText(ins: InstructorState): string {
  const values = { phase: PHASE_TEXT[ins.phase](), time: clockText(ins.scenario, ins.console?.classMs ?? 0) };
  if (ins.connection === 'connected') return t('classroom:console.phaseLine', values);
  return t('classroom:console.phaseLineReconnecting', values);
}

function header(ins: InstructorState, phase: HTMLElement): HTMLElement {
  const address = joinAddress(ins.code);
  return h(
    'header',
    { class: 'class-head' },
    h(
      'div',
      { class: 'code-box' },
      h('span', { class: 'code-label', id: 'code-label' }, t('classroom:console.joinCode')),
      h('output', { class: 'join-code', 'aria-labelledby': 'code-label' }, ins.code),
      h('span', { class: 'join-address' }, t('classroom:console.joinAt'), ' ', h('a', { href: address }, address)),
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
        h('h1', {}, t('classroom:console.title')),
        h('p', {}, t('classroom:console.intro')),
        error,
        form.el,
        button(t('classroom:backToLibrary'), () => session.setState({ screen: 'library' })),
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
      ? button(t('classroom:console.openDebrief'), () => session.setState({ screen: 'classDebrief' }), {
          class: 'primary',
        })
      : null;
    replace(
      body,
      header(ins, phase),
      error,
      results,
      seats,
      injects(ins),
      contacts,
      ins.phase === 'ended' ? button(t('classroom:console.newClass'), closeConsole) : null,
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
