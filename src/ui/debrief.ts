/** The debrief: overall score and pass, objectives with P/S/M/U and evidence, missed contacts, report accuracy. */
import type { Scenario } from '../scenario/model';
import type { ScoreCard } from '../scoring/types';
import { backToLibrary, startPlay } from '../store/actions';
import { actionScript } from '../store/runRecord';
import { session } from '../store/session';
import { button, h } from './dom';
import { clockText } from './format';
import { mapPreview } from './mapPreview';

const RATING_TEXT = {
  P: 'Performed without challenges',
  S: 'Performed with some challenges',
  M: 'Performed with major challenges',
  U: 'Unable to perform',
  'N/A': 'Did not come up',
} as const;

function contactName(scenario: Scenario, id: string): string {
  const c = scenario.contacts.find((x) => x.id === id);
  if (!c) return id;
  const kind = c.domain === 'air' ? c.cues.type : c.cues.kind;
  const what = kind === c.truth ? kind : `${c.truth} ${kind}`;
  return c.label ? `${c.label} (${what})` : what;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function objectivesTable(card: ScoreCard): HTMLElement {
  return h(
    'table',
    { class: 'objectives', 'aria-label': 'Objectives' },
    h(
      'thead',
      {},
      h('tr', {}, ...['Objective', 'Rating', 'Score', 'Evidence'].map((t) => h('th', { scope: 'col' }, t))),
    ),
    h(
      'tbody',
      {},
      ...card.objectives.map((o) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, h('span', { class: 'cap' }, o.capability), ` ${o.text}`),
          h(
            'td',
            { class: `rating r-${o.rating}`, title: RATING_TEXT[o.rating] },
            h('abbr', { title: RATING_TEXT[o.rating] }, o.rating),
          ),
          h('td', {}, o.score === null ? '—' : String(Math.round(o.score))),
          h('td', {}, h('ul', {}, ...o.evidence.map((e) => h('li', {}, e.text)))),
        ),
      ),
    ),
  );
}

function accuracyTable(card: ScoreCard): HTMLElement {
  const fields = Object.entries(card.metrics.fieldAccuracy);
  if (fields.length === 0) return h('p', {}, 'No report was delivered, so no field could be checked.');
  return h(
    'table',
    { class: 'accuracy', 'aria-label': 'Report accuracy by field' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Field'),
        h('th', { scope: 'col' }, 'Right'),
        h('th', { scope: 'col' }, 'Reports'),
      ),
    ),
    h(
      'tbody',
      {},
      ...fields.map(([name, a]) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, name),
          h('td', {}, `${Math.round(a.mean * 100)}%`),
          h('td', {}, String(a.n)),
        ),
      ),
    ),
  );
}

/** Mounts the debrief of the run just finished. */
export function mountDebrief(root: HTMLElement): () => void {
  const { scoreCard: card, current, engine, record } = session.getState();
  if (!card || !current || !engine || !record) return () => {};
  const { scenario } = current;
  const endInject = scenario.injects.find((i) => i.type === 'end' && engine.fired[i.id] !== undefined);
  const ended =
    endInject?.type === 'end' && endInject.text ? endInject.text : `Time is up at ${clockText(scenario, engine.t)}.`;
  const missed = card.metrics.missedContacts;
  const discussions = scenario.injects.filter((i) => i.type === 'discussion' && engine.discussions[i.id]);
  const again = button('Play again', startPlay, { class: 'primary' });
  root.append(
    h(
      'div',
      { class: 'debrief' },
      h(
        'header',
        { class: 'title' },
        h('h1', {}, `Debrief: ${scenario.title}`),
        h('p', {}, ended),
        h(
          'p',
          { class: `overall ${card.passed ? 'pass' : 'fail'}` },
          h('span', { 'aria-label': 'Overall score', class: 'score' }, String(card.overall)),
          ` / 100 · ${card.passed ? 'Passed' : 'Not passed'} (pass mark ${card.passMark})`,
        ),
        h(
          'div',
          { class: 'row' },
          again,
          button('Download run', () => download(`${scenario.id}-run.json`, actionScript(record))),
          button('Back to library', backToLibrary),
        ),
      ),
      h(
        'div',
        { class: 'cols' },
        h(
          'div',
          { class: 'text' },
          h(
            'section',
            { 'aria-labelledby': 'obj-title' },
            h('h2', { id: 'obj-title' }, 'Objectives'),
            objectivesTable(card),
          ),
          h(
            'section',
            { 'aria-labelledby': 'missed-title' },
            h('h2', { id: 'missed-title' }, 'Missed contacts'),
            missed.length === 0
              ? h('p', {}, 'None: every air contact you could see was marked.')
              : h('ul', {}, ...missed.map((id) => h('li', {}, contactName(scenario, id)))),
          ),
          h(
            'section',
            { 'aria-labelledby': 'acc-title' },
            h('h2', { id: 'acc-title' }, 'Report accuracy by field'),
            accuracyTable(card),
          ),
          discussions.length > 0
            ? h(
                'section',
                { 'aria-labelledby': 'disc-title' },
                h('h2', { id: 'disc-title' }, 'Discussion answers'),
                ...discussions.map((d) =>
                  h(
                    'div',
                    {},
                    h('p', { class: 'meta' }, d.type === 'discussion' ? d.question : ''),
                    h('p', {}, engine.discussions[d.id].text),
                  ),
                ),
              )
            : null,
        ),
        h(
          'figure',
          { class: 'preview' },
          mapPreview(scenario, 'Ground truth: the path of every contact', true),
          h('figcaption', {}, 'Ground truth: every contact’s path (solid: air, dashed: ground)'),
        ),
      ),
    ),
  );
  again.focus();
  return () => {};
}
