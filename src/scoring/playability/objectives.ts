/** Objectives no trainee could meet: contacts never observable, too briefly visible, never close enough. */
import { t } from '../../i18n';
import { type Finding, formatOffset, type Path, type ScenarioFile, warning } from '../../scenario';
import type { Objective, Scenario } from '../../scenario/model';
import { closestInAny, type Playtest, visibleMs } from './runs';

/** A report objective needs its contact observable at least this long in some run (mark, read the cues, report). */
const REPORT_MIN_VISIBLE_MS = 30_000;

const CONTACT_RULES = new Set(['detect', 'classify', 'report', 'operator']);

/** Where the objective's contacts are written, and whether the file listed them by id. */
function contactPaths(file: ScenarioFile, index: number): { explicit: boolean; path: Path } {
  const rule = file.objectives[index]?.rule;
  const written = rule && 'contacts' in rule ? rule.contacts : undefined;
  return { explicit: Array.isArray(written), path: ['objectives', index, 'rule', 'contacts'] };
}

function neverSeen(scenario: Scenario, runs: readonly Playtest[], contact: string): string {
  const closest = closestInAny(runs, contact);
  return t('scenario:playability.neverObservable', {
    id: contact,
    closest: closest === null ? 'never' : closest.toFixed(1),
    range: String(scenario.post.observeRange),
  });
}

const seenInAny = (runs: readonly Playtest[], contact: string) => runs.some((r) => visibleMs(r, contact) > 0);

function contactChecks(
  scenario: Scenario,
  runs: readonly Playtest[],
  o: Objective,
  at: ReturnType<typeof contactPaths>,
): Finding[] {
  const rule = o.rule;
  if (!('contacts' in rule) || !CONTACT_RULES.has(rule.type)) return [];
  const out: Finding[] = [];
  const unseen = rule.contacts.filter((c) => !seenInAny(runs, c));
  if (at.explicit) {
    rule.contacts.forEach((c, k) => {
      if (unseen.includes(c))
        out.push(warning('contact-never-observable', [...at.path, k], neverSeen(scenario, runs, c)));
    });
  } else if (rule.contacts.length > 0 && unseen.length === rule.contacts.length) {
    out.push(warning('contact-never-observable', at.path, t('scenario:playability.noneObservable')));
  }
  if (rule.type === 'report') out.push(...tooBrief(runs, rule.contacts, unseen, at));
  if (rule.type === 'operator') out.push(...operatorsUnseen(scenario, runs, rule.contacts, at));
  return out;
}

function tooBrief(
  runs: readonly Playtest[],
  contacts: string[],
  unseen: string[],
  at: ReturnType<typeof contactPaths>,
): Finding[] {
  return contacts.flatMap((c, k) => {
    if (unseen.includes(c)) return [];
    const longest = Math.max(...runs.map((r) => visibleMs(r, c)));
    if (longest >= REPORT_MIN_VISIBLE_MS) return [];
    return [
      warning(
        'report-too-brief',
        at.explicit ? [...at.path, k] : at.path,
        t('scenario:playability.reportTooBrief', { id: c, longest: formatOffset(longest) }),
      ),
    ];
  });
}

function operatorsUnseen(
  scenario: Scenario,
  runs: readonly Playtest[],
  contacts: string[],
  at: ReturnType<typeof contactPaths>,
): Finding[] {
  return contacts.flatMap((c, k) => {
    const drone = scenario.contacts.find((x) => x.id === c);
    const op = drone?.domain === 'air' ? drone.operator : null;
    if (!op || seenInAny(runs, op)) return [];
    return [
      warning(
        'operator-never-observable',
        at.explicit ? [...at.path, k] : at.path,
        t('scenario:playability.operatorNeverObservable', { operator: op, id: c }),
      ),
    ];
  });
}

function protectCheck(runs: readonly Playtest[], o: Objective, index: number): Finding[] {
  if (o.rule.type !== 'protect') return [];
  const closest = closestInAny(runs, o.rule.contact);
  if (closest !== null && closest <= o.rule.beforeWithinCells) return [];
  const closestCells = closest === null ? 'never' : closest.toFixed(1);
  return [
    warning(
      'protect-never-close',
      ['objectives', index, 'rule', 'beforeWithinCells'],
      t('scenario:playability.protectNeverClose', {
        id: o.rule.contact,
        closest: closestCells,
        cells: String(o.rule.beforeWithinCells),
      }),
    ),
  ];
}

/** Warnings for objectives whose contacts the trainee could never see or that never come close enough. */
export function checkReachable(scenario: Scenario, file: ScenarioFile, runs: readonly Playtest[]): Finding[] {
  return scenario.objectives.flatMap((o, i) => [
    ...contactChecks(scenario, runs, o, contactPaths(file, i)),
    ...protectCheck(runs, o, i),
  ]);
}
