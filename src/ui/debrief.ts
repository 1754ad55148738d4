/** The debrief: score and pass, the after-action report, the timeline, the replay, exports and print. */
import './aar/aar.css';
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
import { clockText } from './format';

/** Mounts the debrief of the run just finished (or reopened, or opened from a file). */
export function mountDebrief(root: HTMLElement): () => void {
  const { scoreCard: card, current, engine, record } = session.getState();
  if (!card || !current || !engine || !record) return () => {};
  const { scenario } = current;
  const aar = buildAar(scenario, engine, card);
  const entry = aarSession.getState().entry;
  const endInject = scenario.injects.find((i) => i.type === 'end' && Object.hasOwn(engine.fired, i.id));
  const ended =
    endInject?.type === 'end' && endInject.text ? endInject.text : `Time is up at ${clockText(scenario, engine.t)}.`;
  const when = entry ? ` · run finished ${new Date(entry.finishedMs).toLocaleString()}` : '';
  const again = button('Play again', startPlay, { class: 'primary' });
  const viewing = classroom.getState().instructor?.results != null;
  const inClass = classroom.getState().seat !== null;
  const leave = () => {
    classroom.setState({ seat: null });
    backToLibrary();
  };
  const heading = h('h1', { tabindex: -1 }, `Debrief: ${scenario.title}`);
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
          `Scenario ${scenario.id} · seed ${record.seed} · ${record.actions.length} actions${entry ? ` · run ${entry.id}` : ''}`,
        ),
        h(
          'p',
          { class: `overall ${card.passed ? 'pass' : 'fail'}` },
          h('span', { 'aria-label': 'Overall score', class: 'score' }, String(card.overall)),
          ` / 100 · ${card.passed ? 'Passed' : 'Not passed'} (pass mark ${card.passMark})`,
        ),
        h(
          'div',
          { class: 'row no-print' },
          ...(viewing
            ? [button('Back to the class debrief', backToClass, { class: 'primary' })]
            : inClass
              ? []
              : [again]),
          button('Print report', () => window.print()),
          fromStudio() ? button('Back to the studio', backToStudio) : null,
          !viewing && button('Back to library', leave),
        ),
        trainee.field,
      ),
      finalBoard(scenario, engine),
      h(
        'section',
        { class: 'replay-section', 'aria-labelledby': 'replay-title' },
        h('h2', { id: 'replay-title' }, 'Replay'),
        replayBox,
      ),
      h(
        'div',
        { class: 'aar-cols' },
        h('div', { class: 'aar-report' }, ...reportSections(aar, card)),
        h(
          'section',
          { class: 'aar-timeline', 'aria-labelledby': 'timeline-title' },
          h('h2', { id: 'timeline-title' }, 'Timeline'),
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
