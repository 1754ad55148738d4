/** Contacts: truth and cues fit the domain, operators, start injects, waypoint order. */
import { t } from '../../i18n';
import { error, type Finding } from '../finding';
import { airCuesSchema, type ContactFile, groundCuesSchema } from '../schema';
import { formatOffset, offsetToMs } from '../time';
import { AIR_TRUTHS, GROUND_TRUTHS } from '../vocab';
import { type Ctx, each } from './context';
import { refCollector } from './refs';

const TRUTHS: Record<ContactFile['domain'], readonly string[]> = { air: AIR_TRUTHS, ground: GROUND_TRUTHS };
const CUE_KEYS: Record<ContactFile['domain'], string[]> = {
  air: Object.keys(airCuesSchema.shape),
  ground: Object.keys(groundCuesSchema.shape),
};
const OTHER = { air: 'ground', ground: 'air' } as const;

/** All contact checks. */
export function checkContacts(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const ref = refCollector(ctx, out);
  each(ctx.file.contacts, (contact, i) => {
    const at = (...rest: (string | number)[]) => ['contacts', i, ...rest];
    const { domain } = contact;
    if (!TRUTHS[domain].includes(contact.truth)) {
      out.push(
        error(
          'truth-domain',
          at('truth'),
          t('scenario:crossref.truthDomain', { truth: contact.truth, domain, truths: TRUTHS[domain].join(', ') }),
        ),
      );
    }
    for (const key of Object.keys(contact.cues ?? {})) {
      if (!CUE_KEYS[domain].includes(key)) {
        out.push(
          error(
            'cues-domain',
            at('cues', key),
            t('scenario:crossref.cuesDomain', { key, other: OTHER[domain], domain, cues: CUE_KEYS[domain].join(', ') }),
            { atKey: true },
          ),
        );
      }
    }
    ref('injects', contact.start, at('start'));
    checkOperator(ctx, contact, at('operator'), out);
  });
  out.push(...waypointOrder(ctx));
  return out;
}

/** Waypoint times that do not increase, wherever two neighbouring times are well formed (even in a contact with other errors). */
function waypointOrder(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  ctx.paths.forEach((path, i) => {
    path.forEach((w, j) => {
      const before = path[j - 1]?.at;
      if (j === 0 || before === undefined || w.at === undefined) return;
      const prev = offsetToMs(before) ?? 0;
      const now = offsetToMs(w.at) ?? 0;
      if (now <= prev) {
        out.push(
          error(
            'waypoint-order',
            ['contacts', i, 'path', j, 'at'],
            t('scenario:crossref.waypointOrder', { time: formatOffset(now), previous: formatOffset(prev) }),
          ),
        );
      }
    });
  });
  return out;
}

function checkOperator(ctx: Ctx, contact: ContactFile, path: (string | number)[], out: Finding[]): void {
  if (contact.operator === undefined) return;
  if (contact.domain === 'ground') {
    out.push(error('operator-on-ground', path, t('scenario:crossref.operatorOnGround')));
    return;
  }
  refCollector(ctx, out)('contacts', contact.operator, path);
  const operator = ctx.contacts.get(contact.operator);
  if (operator && operator.domain !== 'ground') {
    out.push(
      error(
        'operator-not-ground',
        path,
        t('scenario:crossref.operatorNotGround', { operator: contact.operator ?? '' }),
      ),
    );
  }
}
