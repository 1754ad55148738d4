/** The debrief: score and pass, the after-action report, the timeline, the replay, exports and print. */
import './aar/aar.css';
import { t } from '../i18n';
import { buildAar } from '../scoring/aar';
import { aarSession } from '../store/aar';
import { backToLibrary, startPlay } from '../store/actions';
import { backToClass } from '../store/classroom/results';
import { classroom } from '../store/classroom/state';
import { session } from '../store/session';
import { backToStudio, fromStudio } from '../store/studio';
import { exportsSection } from './aar/exports';
import { finalBoard } from './aar/finalBoard';
import { mountReplay } from './aar/replay';
import { reportSections } from './aar/report';
import { timelineTable } from './aar/timeline';
import { traineeName } from './aar/trainee';
import { button, h } from './dom';
import { clockText, dateTimeText, numberText } from './format';

/** Mounts the debrief of the run just finished (or reopened, or opened from a file). */
export function mountDebrief(root: HTMLElement): () => void {
  const { scoreCard: card, current, engine, record } = session.getState();
  if (!card || !current || !engine || !record) return () => {};
  const { scenario } = current;
  const aar = buildAar(scenario, engine, card);
  const entry = aarSession.getState().entry;
  const endInject = scenario.injects.find((i) => i.type === 'end' && Object.hasOwn(engine.fired, i.id));
  const ended =
    endInject?.type === 'end' && endInject.text
      ? endInject.text
      : t('aar:debrief.timeUp', { when: clockText(scenario, engine.t) });
  const when = entry ? ` · ${t('aar:debrief.finished', { when: dateTimeText(entry.finishedMs) })}` : '';
  const again = button(t('aar:debrief.again'), startPlay, { class: 'primary' });
  const viewing = classroom.getState().instructor?.results != null;
  const inClass = classroom.getState().seat !== null;
  const leave = () => {
    classroom.setState({ seat: null });
    backToLibrary();
  };
  const heading = h('h1', { tabindex: -1 }, t('aar:debrief.title', { title: scenario.title }));
  const replayBox = h('div', { class: 'replay' });
  const replay = mountReplay(replayBox, scenario, record);
  const seek = (t: number): void => {
    replay.seek(t);
    replayBox.scrollIntoView({ block: 'nearest' });
  };
  const exp = exportsSection(scenario.id, record, card, engine);
  const trainee = traineeName();
  root.append(
    h(
      'div',
      { class: 'debrief aar' },
      h(
        'header',
        { class: 'title' },
        heading,
        trainee.line,
        h('p', {}, `${ended}${when}`),
        h(
          'p',
          { class: 'meta' },
          `${t('aar:debrief.meta', { id: scenario.id, seed: record.seed, count: record.actions.length })}${entry ? ` · ${t('aar:debrief.run', { id: entry.id })}` : ''}`,
        ),
        h(
          'p',
          { class: `overall ${card.passed ? 'pass' : 'fail'}` },
          h('span', { 'aria-label': t('aar:debrief.overall'), class: 'score' }, numberText(card.overall)),
          ` / 100 · ${card.passed ? t('aar:debrief.passed') : t('aar:debrief.notPassed')} ${t('aar:debrief.passMark', { mark: card.passMark })}`,
        ),
        h(
          'div',
          { class: 'row no-print' },
          ...(viewing
            ? [button(t('aar:debrief.backToClass'), backToClass, { class: 'primary' })]
            : inClass
              ? []
              : [again]),
          button(t('aar:debrief.print'), () => window.print()),
          fromStudio() ? button(t('app:common.backToStudio'), backToStudio) : null,
          !viewing && button(t('app:common.backToLibrary'), leave),
        ),
        trainee.field,
      ),
      finalBoard(scenario, engine),
      h(
        'section',
        { class: 'replay-section', 'aria-labelledby': 'replay-title' },
        h('h2', { id: 'replay-title' }, t('aar:debrief.replay')),
        replayBox,
      ),
      h(
        'div',
        { class: 'aar-cols' },
        h('div', { class: 'aar-report' }, ...reportSections(aar, card)),
        h(
          'section',
          { class: 'aar-timeline', 'aria-labelledby': 'timeline-title' },
          h('h2', { id: 'timeline-title' }, t('aar:timeline.title')),
          h('div', { class: 'timeline-scroll' }, timelineTable(aar.timeline, seek)),
        ),
      ),
      exp.el,
    ),
  );
  heading.focus();
  return () => {
    replay.off();
    exp.off();
    trainee.off();
  };
}
