/** Objectives that nothing in play serves: they score N/A (never come up) in every playtest run. */
import { t } from '../../i18n';
import { type Finding, toPointer, warning } from '../../scenario';
import type { Scenario, ScoredRule } from '../../scenario/model';
import { score } from '../score';
import type { Playtest } from './runs';

function why(rule: ScoredRule): string {
  switch (rule.type) {
    case 'acknowledge':
      return t('scenario:playability.whyAck');
    case 'emissions':
      return rule.afterInject
        ? t('scenario:playability.whyInject', { id: rule.afterInject })
        : t('scenario:playability.whyEmissions');
    case 'alternateChannel':
      return t('scenario:playability.whyInject', { id: rule.afterInject });
    case 'probes':
      return t('scenario:playability.whyProbes');
    case 'protect':
      return t('scenario:playability.whyProtect', { id: rule.contact });
    case 'falseReports':
      return t('scenario:playability.whyFalseReports');
    case 'marks':
      return t('scenario:playability.whyMarks');
    default:
      return t('scenario:playability.whyContacts');
  }
}

/**
 * objective-unserved for objectives that are N/A in every run, unless another warning (static or
 * from play) already points into that objective, given as `covered` JSON pointers.
 */
export function checkServed(scenario: Scenario, runs: readonly Playtest[], covered: readonly string[]): Finding[] {
  const cards = runs.map((r) => score(scenario, r.state));
  return scenario.objectives.flatMap((o, i) => {
    const pointer = toPointer(['objectives', i]);
    if (covered.some((p) => p === pointer || p.startsWith(`${pointer}/`))) return [];
    if (cards.some((card) => card.objectives[i]?.score !== null)) return [];
    return [
      warning(
        'objective-unserved',
        ['objectives', i],
        t('scenario:playability.objectiveUnserved', { why: why(o.rule) }),
      ),
    ];
  });
}
