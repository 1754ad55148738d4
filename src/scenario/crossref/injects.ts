/** Injects: one trigger each, references in triggers, contingency fields, probe answers, `after` cycles. */
import { t } from '../../i18n';
import { error, type Finding, type Path, warning } from '../finding';
import type { InjectFile, When } from '../schema';
import type { NotDoneAction } from '../vocab';
import { type Ctx, each, isBroken } from './context';
import { refCollector } from './refs';

/** All inject checks. */
export function checkInjects(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const ref = refCollector(ctx, out);
  each(ctx.file.injects, (inject, i) => {
    const at = (...rest: (string | number)[]): Path => ['injects', i, ...rest];
    if (!isBroken(ctx, inject, 'at', 'when', 'optional')) checkTrigger(inject, at, out);
    if (inject.when) checkWhen(ctx, inject.when, at, out);
    inject.objectives?.forEach((o, k) => {
      ref('objectives', o, at('objectives', k));
    });
    if (inject.type === 'probe') checkProbe(ctx, inject, at, out);
  });
  out.push(...afterCycles(ctx));
  return out;
}

function checkTrigger(inject: InjectFile, at: (...rest: (string | number)[]) => Path, out: Finding[]): void {
  const hasAt = inject.at !== undefined;
  const hasWhen = inject.when !== undefined;
  if (hasAt && hasWhen) {
    out.push(error('trigger-both', at('when'), t('scenario:crossref.triggerBoth')));
  } else if (!hasAt && !hasWhen && !inject.optional) {
    out.push(error('trigger-missing', at(), t('scenario:crossref.triggerMissing', { id: inject.id })));
  }
}

const NOT_DONE_FIELDS: Record<'contact' | 'inject' | 'posture', readonly NotDoneAction[]> = {
  contact: ['mark', 'classify', 'report'],
  inject: ['ack'],
  posture: ['posture'],
};

function checkWhen(ctx: Ctx, when: When, at: (...rest: (string | number)[]) => Path, out: Finding[]): void {
  const ref = refCollector(ctx, out);
  if ('contactWithin' in when) ref('contacts', when.contactWithin.contact, at('when', 'contactWithin', 'contact'));
  else if ('detected' in when) ref('contacts', when.detected, at('when', 'detected'));
  else if ('reported' in when) ref('contacts', when.reported, at('when', 'reported'));
  else if ('after' in when) ref('injects', when.after, at('when', 'after'));
  else {
    const nd = when.notDone;
    const base = at('when', 'notDone');
    for (const field of ['contact', 'inject', 'posture'] as const) {
      if (nd[field] !== undefined && !NOT_DONE_FIELDS[field].includes(nd.action)) {
        out.push(
          error('notdone-field', [...base, field], t('scenario:crossref.notDoneField', { field, action: nd.action })),
        );
      }
    }
    if (nd.action === 'ack' && nd.inject === undefined) {
      out.push(error('notdone-missing', base, t('scenario:crossref.notDoneMissing')));
    }
    if (NOT_DONE_FIELDS.contact.includes(nd.action)) ref('contacts', nd.contact, [...base, 'contact']);
    if (nd.action === 'ack' && nd.inject !== undefined) {
      ref('injects', nd.inject, [...base, 'inject']);
      out.push(...ackTarget(ctx, nd.inject, [...base, 'inject']));
    }
  }
}

/** An acknowledged inject must be a message, and should require acknowledgement. */
export function ackTarget(ctx: Ctx, id: string, path: Path): Finding[] {
  const target = ctx.injects.get(id);
  if (!target) return [];
  if (target.type !== 'message') {
    return [error('ack-not-message', path, t('scenario:crossref.ackNotMessage', { id, type: target.type }))];
  }
  if (!target.requiresAck && !isBroken(ctx, target, 'requiresAck')) {
    return [warning('ack-not-required', path, t('scenario:crossref.ackNotRequired', { id }))];
  }
  return [];
}

function checkProbe(
  ctx: Ctx,
  probe: Extract<InjectFile, { type: 'probe' }>,
  at: (...rest: (string | number)[]) => Path,
  out: Finding[],
): void {
  if (probe.answer === undefined && probe.compute === undefined && !isBroken(ctx, probe, 'answer', 'compute')) {
    out.push(error('probe-answer-missing', at(), t('scenario:crossref.probeAnswerMissing')));
  }
  if (probe.answer !== undefined && probe.compute !== undefined) {
    out.push(error('probe-answer-both', at('compute'), t('scenario:crossref.probeAnswerBoth')));
  }
  if (probe.answer !== undefined && probe.answer >= probe.choices.length) {
    out.push(
      error(
        'probe-answer-range',
        at('answer'),
        t('scenario:crossref.probeAnswerRange', {
          answer: String(probe.answer),
          last: String(probe.choices.length - 1),
        }),
      ),
    );
  }
  const c = probe.compute;
  if (c && 'sectorOf' in c) refCollector(ctx, out)('contacts', c.sectorOf, at('compute', 'sectorOf'));
  if (c && 'headingOf' in c) refCollector(ctx, out)('contacts', c.headingOf, at('compute', 'headingOf'));
}

/** Injects whose `after` chain comes back to themselves: they can never fire. */
function afterCycles(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const next = (id: string) => {
    const w = ctx.injects.get(id)?.when;
    return w && 'after' in w ? w.after : undefined;
  };
  each(ctx.file.injects, (inject, i) => {
    const seen = new Set<string>();
    let cur = next(inject.id);
    while (cur !== undefined && !seen.has(cur) && cur !== inject.id) {
      seen.add(cur);
      cur = next(cur);
    }
    if (cur === inject.id && ctx.injects.get(inject.id) === inject) {
      const via = next(inject.id);
      const message =
        via === inject.id ? t('scenario:crossref.cycleSelf') : t('scenario:crossref.cycleVia', { via: String(via) });
      out.push(error('trigger-cycle', ['injects', i, 'when', 'after'], message));
    }
  });
  return out;
}
