/** An ended class's exports: the class CSV and each seat's xAPI statements (one registration per seat, the class as grouping). */
import type { Statement } from '@xapi/xapi';
import { replay } from '../../engine';
import { t } from '../../i18n';
import type { Scenario } from '../../scenario/model';
import { localizeScenario } from '../../scenario/translations';
import { buildStatements } from '../../scoring/xapi';
import { csvCell } from '../historyCsv';
import type { ClassSeat } from './state';

/** The class CSV: a row per seat with its score, pass, and each objective's rating; formula-like text is defused. */
export function classCsv(code: string, scenario: Scenario, scenarioHash: string, seats: readonly ClassSeat[]): string {
  const head = [
    t('classroom:csv.class'),
    t('classroom:csv.scenario'),
    t('classroom:csv.name'),
    t('classroom:csv.seat'),
    t('classroom:csv.overall'),
    t('classroom:csv.passMark'),
    t('classroom:csv.passed'),
    t('classroom:csv.seed'),
    t('classroom:csv.actions'),
    t('classroom:csv.scenarioHash'),
  ];
  const objectives = scenario.objectives.map((o) => o.id);
  const rows = seats.map((s) =>
    [
      code,
      scenario.id,
      s.name,
      s.seatId,
      s.card.overall,
      s.card.passMark,
      s.card.passed,
      s.card.seed,
      s.run.actions.length,
      scenarioHash,
      ...objectives.map((id) => s.card.objectives.find((o) => o.id === id)?.rating ?? ''),
    ]
      .map(csvCell)
      .join(','),
  );
  const header = [...head, ...objectives.map((id) => t('classroom:csv.rating', { id }))].map(csvCell).join(',');
  return `${[header, ...rows].join('\r\n')}\r\n`;
}

/** The activity IRI of a class: the grouping context of every seat's statements. */
export function classActivityId(code: string, scenarioHash: string): string {
  return `urn:skywatch:class:${scenarioHash.slice(0, 16)}:${code}`;
}

/** Every seat's xAPI statements (in English, as the solo app's): each seat its own registration, the class as the grouping. */
export function classStatements(
  code: string,
  shownScenario: Scenario,
  scenarioHash: string,
  seats: readonly ClassSeat[],
  finishedMs: number,
  homePage: string,
): Statement[] {
  const scenario = localizeScenario(shownScenario, 'en');
  const grouping = [
    {
      objectType: 'Activity' as const,
      id: classActivityId(code, scenarioHash),
      definition: { name: { 'en-US': `Class ${code}: ${scenario.title}` } },
    },
  ];
  return seats.flatMap((s) => {
    const { state } = replay(scenario, { seed: s.run.seed, actions: s.run.actions });
    const statements = buildStatements({
      scenario,
      scenarioHash,
      card: s.card,
      state,
      actionsJson: `${code}|${s.seatId}|${JSON.stringify(s.run.actions)}`,
      actor: { objectType: 'Agent', name: s.name, account: { homePage, name: `${code}-${s.seatId}` } },
      startedMs: finishedMs - s.card.endedMs,
      finishedMs,
    });
    return statements.map((st) => ({
      ...st,
      context: {
        ...st.context,
        contextActivities: { ...st.context?.contextActivities, grouping },
      },
    }));
  });
}
