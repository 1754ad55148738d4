/** The trainee's name on the debrief: typed here or in the LRS settings, kept in settings, printed on the report. */
import { t } from '../../i18n';
import { aarSession } from '../../store/aar';
import { updateLrs } from '../../store/aarActions';
import { h, input } from '../dom';

/** The printed "Trainee: …" line and, on screen only, the field to type the name; returns them and a cleanup. */
export function traineeName(): { line: HTMLElement; field: HTMLElement; off: () => void } {
  const name = h('span', { class: 'trainee-name' });
  const line = h('p', { class: 'debrief-trainee' }, t('aar:trainee.line'), name);
  const edit = input(t('aar:trainee.field'), { value: aarSession.getState().lrs.learner, autocomplete: 'name' });
  edit.field.classList.add('no-print', 'trainee-field');
  const draw = (): void => {
    const learner = aarSession.getState().lrs.learner.trim();
    name.textContent = learner || t('aar:trainee.unnamed');
    if (document.activeElement !== edit.input) edit.input.value = aarSession.getState().lrs.learner;
  };
  edit.input.addEventListener('input', () => updateLrs({ learner: edit.input.value }));
  draw();
  const off = aarSession.subscribe((s) => s.lrs.learner, draw);
  return { line, field: edit.field, off };
}
