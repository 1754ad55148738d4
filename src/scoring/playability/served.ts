/** Objectives that nothing in play serves: they score N/A (never come up) in every playtest run. */
import { type Finding, toPointer, warning } from '../../scenario';
import type { Scenario, ScoredRule } from '../../scenario/model';
import { score } from '../score';
import type { Playtest } from './runs';

function why(rule: ScoredRule): string {
  switch (rule.type) {
    case 'acknowledge':
      return 'none of its messages fires';
    case 'emissions':
      return rule.afterInject ? `inject "${rule.afterInject}" never fires` : 'no order to switch off comes up';
    case 'alternateChannel':
      return `inject "${rule.afterInject}" never fires`;
    case 'probes':
      return 'no probe it scores fires with an answer that can be scored';
    case 'protect':
      return `contact "${rule.contact}" never comes close enough`;
    case 'falseReports':
      return 'nothing is reported';
    case 'marks':
      return 'nothing is marked';
    default:
      return 'none of its contacts is ever observable';
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
        `this objective never comes up in any playtest run (${why(o.rule)}), so it is left out of every score — give it an inject or contact that brings it into play, or drop it`,
      ),
    ];
  });
}
