/** What the announcer says during play: new messages and acknowledgements, contacts coming into sight, report deliveries, probes. */
import type { TraineeView } from '../engine';
import { t } from '../i18n';
import { session } from '../store/session';
import { currentView } from '../store/view';
import { announce } from './announcer';

function inSight(view: TraineeView | null): Set<number> {
  return new Set(view?.sightings.filter((s) => s.kind === 'in-sight').map((s) => s.key) ?? []);
}

/** The lines to announce going from one view to the next (read from the trainee's view only). */
function changes(before: TraineeView | null, after: TraineeView, question: (id: string) => string): string[] {
  const lines: string[] = [];
  const old = before?.messages ?? [];
  for (const [i, m] of after.messages.entries()) {
    const was = old[i];
    if (!was) lines.push(t('access:announce.message', { from: m.from, text: m.text }));
    else if (was.ackedMs === null && m.ackedMs !== null)
      lines.push(t('access:announce.acknowledged', { from: m.from }));
  }
  const seen = inSight(before);
  for (const s of after.sightings) {
    if (s.kind === 'in-sight' && !seen.has(s.key)) lines.push(t('access:announce.sighting', { cell: s.cell }));
  }
  for (const r of after.reports) {
    const was = before?.reports.find((x) => x.index === r.index);
    if (was?.status === r.status) continue;
    if (r.status === 'delivered') lines.push(t('access:announce.delivered', { track: r.track }));
    else if (r.status === 'not-delivered') lines.push(t('access:announce.notDelivered', { track: r.track }));
  }
  if (after.frozenProbe && after.frozenProbe !== before?.frozenProbe) {
    lines.push(t('access:announce.probe', { question: question(after.frozenProbe) }));
  }
  return lines;
}

/** Announces play's news as the session changes; returns a function that stops. */
export function announcePlay(): () => void {
  let before = currentView();
  const question = (id: string): string => {
    const inject = session.getState().current?.scenario.injects.find((i) => i.id === id);
    return inject?.type === 'probe' ? inject.question : '';
  };
  return session.subscribe(
    (s) => s.engine,
    () => {
      const after = currentView();
      if (!after) return;
      for (const line of changes(before, after, question)) announce(line);
      before = after;
    },
  );
}
