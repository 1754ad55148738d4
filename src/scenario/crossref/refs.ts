/** Unique ids in each list, and references that must name an existing item. */
import { t } from '../../i18n';
import { error, type Finding, type Path } from '../finding';
import { didYouMean } from '../suggest';
import { type Ctx, LISTS, type ListName } from './context';

const CODE_NOUN: Record<ListName, string> = {
  contacts: 'contact',
  injects: 'inject',
  objectives: 'objective',
  sectors: 'sector',
  team: 'team-member',
};

/** Duplicate ids in contacts, injects, objectives, sectors and team. */
export function checkUniqueIds(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const list of LISTS) {
    const first = new Map<string, number>();
    for (const { id, index } of ctx.ids[list]) {
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, index);
      else {
        out.push(
          error(
            'duplicate-id',
            [list, index, 'id'],
            t('scenario:crossref.duplicateId', { id, list, earlier: String(earlier) }),
          ),
        );
      }
    }
  }
  return out;
}

/** A finding when `id` names no item of `list`, else null. */
function missingRef(ctx: Ctx, list: ListName, id: string, path: Path): Finding | null {
  const known = [...new Set(ctx.ids[list].map((x) => x.id))];
  if (known.includes(id)) return null;
  const ids = `${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}`;
  const hint =
    didYouMean(id, known) ||
    (known.length === 0 ? t('scenario:crossref.noneInList', { list }) : t('scenario:crossref.useOneOf', { ids }));
  return error(`unknown-${CODE_NOUN[list]}`, path, `${t('scenario:crossref.unknownId', { id, list })}${hint}`);
}

/** Collects reference findings: `ref(list, id, path)` adds one when the id is unknown. */
export function refCollector(ctx: Ctx, out: Finding[]) {
  return (list: ListName, id: string | undefined, path: Path): void => {
    if (id === undefined) return;
    const f = missingRef(ctx, list, id, path);
    if (f) out.push(f);
  };
}
