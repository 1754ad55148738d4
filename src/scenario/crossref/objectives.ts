/** Objectives and the briefing: rule references, emissions timing, acknowledged messages. */
import { t } from '../../i18n';
import { error, type Finding, type Path, warning } from '../finding';
import type { Rule } from '../schema';
import { type Ctx, each, isBroken } from './context';
import { ackTarget } from './injects';
import { refCollector } from './refs';

/** All objective checks, plus authorized flights' sectors in the briefing. */
export function checkObjectives(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const ref = refCollector(ctx, out);
  each(ctx.file.objectives, (objective, i) => checkRule(ctx, objective.rule, ['objectives', i, 'rule'], out));
  ctx.file.briefing?.authorizedFlights?.forEach((f, i) => {
    ref('sectors', f.sector, ['briefing', 'authorizedFlights', i, 'sector']);
  });
  return out;
}

function checkRule(ctx: Ctx, rule: Rule, path: Path, out: Finding[]): void {
  const ref = refCollector(ctx, out);
  if ('contacts' in rule) {
    if (Array.isArray(rule.contacts)) {
      rule.contacts.forEach((c, k) => {
        ref('contacts', c, [...path, 'contacts', k]);
      });
    } else if (selected(ctx, rule.contacts) === 0) {
      out.push(
        warning(
          'no-contacts-selected',
          [...path, 'contacts'],
          t('scenario:crossref.noContactsSelected', { selector: String(rule.contacts) }),
        ),
      );
    }
  }
  switch (rule.type) {
    case 'protect':
      ref('contacts', rule.contact, [...path, 'contact']);
      break;
    case 'acknowledge':
      rule.injects.forEach((id, k) => {
        ref('injects', id, [...path, 'injects', k]);
        out.push(...ackTarget(ctx, id, [...path, 'injects', k]));
      });
      break;
    case 'emissions':
      ref('injects', rule.afterInject, [...path, 'afterInject']);
      if (rule.bySec === undefined && rule.afterInject === undefined) {
        if (!isBroken(ctx, rule, 'bySec', 'afterInject'))
          out.push(error('emissions-needs-time', path, t('scenario:crossref.emissionsNeedsTime')));
      } else if (rule.bySec !== undefined && rule.afterInject !== undefined) {
        out.push(error('emissions-both', [...path, 'afterInject'], t('scenario:crossref.emissionsBoth')));
      }
      break;
    case 'alternateChannel':
      ref('injects', rule.afterInject, [...path, 'afterInject']);
      out.push(...primaryDown(ctx, rule.afterInject, [...path, 'afterInject']));
      break;
    case 'probes':
      if (
        !ctx.file.injects.some((inj) => inj?.type === 'probe' && (rule.level === undefined || inj.level === rule.level))
      ) {
        out.push(
          warning(
            'no-probes',
            path,
            t('scenario:crossref.noProbes', { level: rule.level === undefined ? 'any' : String(rule.level) }),
          ),
        );
      }
      break;
  }
}

function selected(ctx: Ctx, selector: 'air' | 'ground' | 'all'): number {
  return ctx.file.contacts.filter((c) => c && (selector === 'all' || c.domain === selector)).length;
}

function primaryDown(ctx: Ctx, id: string, path: Path): Finding[] {
  const inject = ctx.injects.get(id);
  if (!inject || (inject.type === 'comms' && inject.channel === 'primary' && inject.status === 'down')) return [];
  return [warning('alternate-not-down', path, t('scenario:crossref.alternateNotDown', { id }))];
}
