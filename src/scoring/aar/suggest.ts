/** Concrete suggestions for an area for improvement, by rule and by what the contact really was. */
import { t } from '../../i18n';
import type { Contact, ScoredRule } from '../../scenario/model';
import { span } from '../rules/context';
import { word } from '../words';

function classifyTip(contact: Contact): string {
  switch (`${contact.domain}:${contact.truth}`) {
    case 'air:bird':
      return t('scoring:tip.classify.bird');
    case 'air:hobbyist':
      return t('scoring:tip.classify.hobbyist');
    case 'air:suspicious':
      return t('scoring:tip.classify.suspicious');
    case 'air:hazard':
      return t('scoring:tip.classify.hazard');
    case 'air:authorized':
      return t('scoring:tip.classify.authorized');
    case 'ground:operator':
      return t('scoring:tip.classify.operator');
    case 'ground:routine':
      return t('scoring:tip.classify.routine');
    case 'ground:suspicious':
      return t('scoring:tip.classify.groundSuspicious');
    default:
      return t('scoring:tip.classify.cues');
  }
}

/** What to try next time for a shortfall on an objective of this rule; `sector` names where the contact was. */
export function suggestionFor(rule: ScoredRule, contact: Contact | undefined, sector: string | null): string {
  switch (rule.type) {
    case 'detect':
      return sector ? t('scoring:tip.detectSector', { sector }) : t('scoring:tip.detect');
    case 'classify':
      return contact ? classifyTip(contact) : t('scoring:tip.classify.every');
    case 'report':
      return t('scoring:tip.report', { within: span(rule.withinMs) });
    case 'operator':
      return t('scoring:tip.operator');
    case 'protect':
      return t('scoring:tip.protect', { posture: word('posture', rule.posture), cells: rule.beforeWithinCells });
    case 'emissions':
      return t('scoring:tip.emissions');
    case 'alternateChannel':
      return t('scoring:tip.alternateChannel', { within: span(rule.withinMs) });
    case 'acknowledge':
      return t('scoring:tip.acknowledge', { within: span(rule.withinMs) });
    case 'probes':
      return t('scoring:tip.probes');
    case 'falseReports':
      return t('scoring:tip.falseReports');
    case 'marks':
      return t('scoring:tip.marks');
  }
}
