/** The drone SALUTE report form: prefilled from the selected track's observed cues, sent on a chosen channel. */
import { defaultChannel, prefillReport, traineeView } from '../engine';
import type { FiledReport, State } from '../engine/types';
import { t } from '../i18n';
import { valueLabel } from '../scenario/labels';
import type { CommsChannel } from '../scenario/vocab';
import { fileReport, setReportOpen } from '../store/play';
import { session } from '../store/session';
import { button, h, replace } from './dom';
import { restoreFocus } from './focus';
import { clockText, commsStatusText } from './format';
import { type FieldName, REPORT_FIELDS, readHint, readReport, reportValues } from './logic/reportFields';

/** Fields whose values are long: they take the form's full width. */
const WIDE = new Set<FieldName>(['operatorLocation', 'description', 'payload', 'assessment']);

function build(root: HTMLElement, label: string): () => void {
  const s = session.getState();
  if (!s.current || !s.engine) return () => {};
  const { scenario } = s.current;
  const view = traineeView(scenario, s.engine);
  const values = reportValues(prefillReport(scenario, view, label));
  const suggested = defaultChannel(view);
  const inputs = new Map<FieldName, HTMLInputElement | HTMLSelectElement>();
  const errors = new Map<FieldName, HTMLElement>();
  const fields = REPORT_FIELDS.map((spec) => {
    const id = `rf-${spec.name}`;
    let control: HTMLInputElement | HTMLSelectElement;
    if (spec.choices) {
      control = h('select', { id, name: spec.name });
      control.append(
        h('option', { value: '' }, '—'),
        ...spec.choices.map((c) => h('option', { value: c }, valueLabel(spec.name, c))),
      );
      control.value = values[spec.name] ?? '';
    } else {
      control = h('input', {
        id,
        name: spec.name,
        type: spec.kind === 'count' ? 'number' : 'text',
        min: spec.kind === 'count' ? 0 : null,
        placeholder: spec.hint ?? null,
        autocomplete: 'off',
        'aria-describedby': `${id}-err`,
      });
      control.value = values[spec.name] ?? '';
    }
    inputs.set(spec.name, control);
    const err = h('span', { class: 'err', id: `${id}-err` });
    errors.set(spec.name, err);
    const wide = WIDE.has(spec.name);
    return h('div', { class: wide ? 'field wide' : 'field' }, h('label', { for: id }, spec.label), control, err);
  });
  const b = scenario.briefing.reporting;
  const statusText = (e: State, filed: FiledReport): string => {
    const name = filed.channel === 'primary' ? b.primary : b.alternate;
    if (filed.status === 'delivered') {
      return t('app:reportForm.delivered', { name, when: clockText(scenario, filed.deliveredMs ?? filed.filedMs) });
    }
    if (filed.status === 'not-delivered') {
      return t('app:reportForm.notDelivered', { name, status: commsStatusText(e.comms[filed.channel]) });
    }
    return t('app:reportForm.sending', { name, status: commsStatusText(e.comms[filed.channel]) });
  };
  const channels = (['primary', 'alternate'] as const).map((ch) => {
    const radio = h('input', {
      type: 'radio',
      name: 'channel',
      value: ch,
      id: `rf-ch-${ch}`,
      checked: ch === suggested,
    });
    return {
      ch,
      radio,
      label: h(
        'label',
        { for: `rf-ch-${ch}` },
        ch === 'primary'
          ? t('app:briefing.primary', { name: b.primary })
          : t('app:briefing.alternate', { name: b.alternate }),
      ),
    };
  });
  const chStatus = h('span', { class: 'chstatus' });
  const result = h('p', { class: 'result', role: 'status', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'report', 'aria-labelledby': 'report-title', novalidate: true },
    h('h2', { id: 'report-title' }, t('app:reportForm.title', { label, format: b.format })),
    h('p', { class: 'hint' }, readHint()),
    h('div', { class: 'fields' }, ...fields),
    h(
      'div',
      { class: 'send' },
      h(
        'fieldset',
        { class: 'channels' },
        h('legend', {}, t('app:reportForm.sendOn')),
        ...channels.flatMap((c) => [h('div', { class: 'radio' }, c.radio, c.label)]),
        chStatus,
      ),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'submit', class: 'primary' }, t('app:reportForm.send')),
        button(t('app:reportForm.close'), () => setReportOpen(false)),
      ),
      result,
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const typed: Partial<Record<FieldName, string>> = {};
    for (const [name, control] of inputs) typed[name] = control.value;
    for (const [name, err] of errors) {
      err.textContent = '';
      inputs.get(name)?.removeAttribute('aria-invalid');
    }
    const read = readReport(typed, scenario.map);
    if (!read.ok) {
      for (const { field, message } of read.errors) {
        const err = errors.get(field);
        if (err) err.textContent = message;
        inputs.get(field)?.setAttribute('aria-invalid', 'true');
      }
      inputs.get(read.errors[0].field)?.focus();
      result.textContent = t('app:reportForm.notSentFields', { count: read.errors.length });
      return;
    }
    const channel: CommsChannel = channels.find((c) => c.radio.checked)?.ch ?? 'primary';
    if (!fileReport(label, channel, read.report)) {
      result.textContent = t('app:reportForm.notSent');
      return;
    }
    const now = session.getState().engine;
    const filed = now?.reports.at(-1);
    if (!now || !filed) return;
    const text = t('app:reportForm.reportOn', { label, status: statusText(now, filed) });
    if (filed.status === 'not-delivered') {
      session.setState({ notice: { kind: 'error', text } });
      return;
    }
    session.setState({ notice: { kind: 'info', text: t('app:reportForm.seeFiled', { text }) } });
    setReportOpen(false);
  });
  root.append(form);
  inputs.get('count')?.focus();
  const draw = (e: State | null) => {
    if (!e) return;
    chStatus.textContent = t('app:reportForm.channels', {
      primary: commsStatusText(e.comms.primary),
      alternate: commsStatusText(e.comms.alternate),
    });
    const index = session.getState().lastReport;
    const filed = index === null ? undefined : e.reports[index];
    if (!filed) return;
    result.textContent = statusText(e, filed);
    result.dataset.status = filed.status;
  };
  draw(s.engine);
  const offs = [
    session.subscribe((st) => st.engine, draw),
    session.subscribe(
      (st) => st.lastReport,
      () => draw(session.getState().engine),
    ),
  ];
  return () => {
    for (const off of offs) off();
  };
}

/** Mounts the report panel, shown while the form is open for the selected track. */
export function mountReportForm(root: HTMLElement): () => void {
  let unmount = () => {};
  let returnTo: Element | null = null;
  const show = () => {
    const wasOpen = root.hasChildNodes();
    const hadFocus = root.contains(document.activeElement);
    const { reportOpen, selectedTrack } = session.getState();
    const open = reportOpen && selectedTrack !== null;
    if (open && !wasOpen) returnTo = document.activeElement;
    unmount();
    replace(root);
    root.hidden = !open;
    unmount = reportOpen && selectedTrack ? build(root, selectedTrack) : () => {};
    if (!open && wasOpen && hadFocus) restoreFocus(returnTo);
  };
  show();
  const off = session.subscribe((s) => [s.reportOpen, s.selectedTrack].join(), show);
  return () => {
    off();
    unmount();
  };
}
