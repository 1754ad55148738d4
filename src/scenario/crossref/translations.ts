/** Translations: every id they name exists, each inject gets only its type's texts, and lists keep their length. */
import { t } from '../../i18n';
import { error, type Finding, type Path } from '../finding';
import type { InjectFile, ScenarioTexts } from '../schema';
import { didYouMean } from '../suggest';
import type { Ctx, ListName } from './context';

const TEXTS_OF: Record<InjectFile['type'], readonly string[]> = {
  message: ['from', 'text'],
  probe: ['question', 'choices'],
  discussion: ['question'],
  end: ['text'],
  conditions: [],
  comms: [],
};

type Kind = 'contact' | 'inject' | 'objective' | 'sector' | 'team' | 'flight';

function unknownKey(kind: Kind, key: string, known: string[], path: Path): Finding {
  const hint =
    didYouMean(key, known) ||
    (known.length ? t('scenario:crossref.useOneOf', { ids: known.slice(0, 12).join(', ') }) : '');
  return error(
    'unknown-translation-target',
    path,
    t('scenario:crossref.translations.unknownTarget', { kind, key, hint }),
    {
      atKey: true,
    },
  );
}

function checkIds(ctx: Ctx, list: ListName, record: Record<string, unknown> | undefined, path: Path, out: Finding[]) {
  const known = [...new Set(ctx.ids[list].map((x) => x.id))];
  const noun: Record<ListName, Kind> = {
    contacts: 'contact',
    injects: 'inject',
    objectives: 'objective',
    sectors: 'sector',
    team: 'team',
  };
  for (const key of Object.keys(record ?? {})) {
    if (!known.includes(key)) out.push(unknownKey(noun[list], key, known, [...path, key]));
  }
}

function checkInjects(ctx: Ctx, texts: ScenarioTexts, path: Path, out: Finding[]): void {
  for (const [id, tr] of Object.entries(texts.injects ?? {})) {
    const inj = ctx.injects.get(id);
    if (!inj) continue;
    for (const field of Object.keys(tr)) {
      if (!TEXTS_OF[inj.type].includes(field)) {
        const fields = TEXTS_OF[inj.type].map((f) => `"${f}"`).join(t('scenario:crossref.translations.or'));
        const message = fields
          ? t('scenario:crossref.translations.fieldTexts', { id, type: inj.type, fields })
          : t('scenario:crossref.translations.fieldNoText', { id, type: inj.type });
        out.push(error('translation-field', [...path, 'injects', id, field], message, { atKey: true }));
      }
    }
    if (inj.type === 'probe' && tr.choices && tr.choices.length !== inj.choices.length) {
      out.push(
        error(
          'translation-choices',
          [...path, 'injects', id, 'choices'],
          t('scenario:crossref.translations.choices', { id, count: inj.choices.length, given: tr.choices.length }),
        ),
      );
    }
  }
}

function checkBriefing(ctx: Ctx, texts: ScenarioTexts, path: Path, out: Finding[]): void {
  const b = texts.briefing;
  const notes = ctx.file.briefing?.notes ?? [];
  if (b?.notes && b.notes.length > notes.length) {
    out.push(
      error(
        'translation-notes',
        [...path, 'briefing', 'notes'],
        t('scenario:crossref.translations.notes', { count: notes.length, given: b.notes.length }),
      ),
    );
  }
  const callsigns = (ctx.file.briefing?.authorizedFlights ?? []).map((f) => f.callsign);
  for (const key of Object.keys(b?.authorizedFlights ?? {})) {
    if (!callsigns.includes(key)) {
      out.push(unknownKey('flight', key, callsigns, [...path, 'briefing', 'authorizedFlights', key]));
    }
  }
}

/** All translation checks. */
export function checkTranslations(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const [language, texts] of Object.entries(ctx.file.translations ?? {})) {
    if (!texts) continue;
    const path = ['translations', language];
    checkIds(ctx, 'team', texts.team, [...path, 'team'], out);
    checkIds(ctx, 'sectors', texts.sectors, [...path, 'sectors'], out);
    checkIds(ctx, 'injects', texts.injects, [...path, 'injects'], out);
    checkIds(ctx, 'objectives', texts.objectives, [...path, 'objectives'], out);
    checkInjects(ctx, texts, path, out);
    checkBriefing(ctx, texts, path, out);
  }
  return out;
}
