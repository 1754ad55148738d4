/**
 * Scenario translations: the display texts of a scenario in another language, swapped in for the trainee.
 * Only what is read changes; ids, answers, times, cells and everything scored stay as written.
 */
import type { Inject, Scenario } from './model';
import { ownValue } from './own';
import type { ScenarioTexts } from './schema';

type InjectTexts = NonNullable<ScenarioTexts['injects']>[string];

function injectTexts(inj: Inject): InjectTexts {
  switch (inj.type) {
    case 'message':
      return { from: inj.from, text: inj.text };
    case 'probe':
      return { question: inj.question, choices: [...inj.choices] };
    case 'discussion':
      return { question: inj.question };
    case 'end':
      return { text: inj.text };
    default:
      return {};
  }
}

/** Every display text of a scenario, in the translation's shape: what a translation may replace. */
export function textsOf(s: Scenario): ScenarioTexts {
  return {
    title: s.title,
    summary: s.summary,
    post: { name: s.post.name },
    team: Object.fromEntries(s.team.map((t) => [t.id, { name: t.name }])),
    sectors: Object.fromEntries(s.sectors.map((x) => [x.id, { name: x.name }])),
    briefing: {
      situation: s.briefing.situation,
      mission: s.briefing.mission,
      notes: [...s.briefing.notes],
      reporting: { primary: s.briefing.reporting.primary, alternate: s.briefing.reporting.alternate },
      authorizedFlights: Object.fromEntries(
        s.briefing.authorizedFlights.map((f) => [f.callsign, { description: f.description }]),
      ),
    },
    injects: Object.fromEntries(s.injects.map((i) => [i.id, injectTexts(i)])),
    objectives: Object.fromEntries(s.objectives.map((o) => [o.id, { text: o.text, brief: o.brief }])),
  };
}

/** The entry for `id` of an optional record of translated items. */
function item<V>(record: Readonly<Record<string, V>> | undefined, id: string): V | undefined {
  return record ? ownValue(record, id) : undefined;
}

function localizeInject(inj: Inject, tr: InjectTexts | undefined, o: InjectTexts | undefined): Inject {
  switch (inj.type) {
    case 'message':
      return { ...inj, from: tr?.from ?? o?.from ?? inj.from, text: tr?.text ?? o?.text ?? inj.text };
    case 'probe':
      return {
        ...inj,
        question: tr?.question ?? o?.question ?? inj.question,
        choices: inj.choices.map((c, k) => tr?.choices?.[k] ?? o?.choices?.[k] ?? c),
      };
    case 'discussion':
      return { ...inj, question: tr?.question ?? o?.question ?? inj.question };
    case 'end':
      return { ...inj, text: tr?.text ?? o?.text ?? inj.text };
    default:
      return inj;
  }
}

/** An objective's brief: translated, else the translated text when the brief was the text, else the original. */
function brief(tr: { text?: string; brief?: string } | undefined, o: { text?: string; brief?: string } | undefined) {
  if (tr?.brief !== undefined) return tr.brief;
  return o?.brief === o?.text ? (tr?.text ?? o?.brief) : o?.brief;
}

/**
 * The scenario with its display texts in `language` where its translations give them, each other text as written
 * in the file (so it also undoes an earlier localization). A language with no translation, or English, gives the
 * original texts. Ids, answers, times, cells and rules are never touched, so the engine and the score are the same.
 */
export function localizeScenario(s: Scenario, language: string): Scenario {
  if (!s.i18n) return s;
  const o = s.i18n.original;
  const tr = language === 'en' ? undefined : ownValue<ScenarioTexts | undefined>(s.i18n.translations, language);
  const b = tr?.briefing;
  const ob = o.briefing;
  return {
    ...s,
    title: tr?.title ?? o.title ?? s.title,
    summary: tr?.summary ?? o.summary ?? s.summary,
    post: { ...s.post, name: tr?.post?.name ?? o.post?.name ?? s.post.name },
    team: s.team.map((t) => ({ ...t, name: item(tr?.team, t.id)?.name ?? item(o.team, t.id)?.name ?? t.name })),
    sectors: s.sectors.map((x) => ({
      ...x,
      name: item(tr?.sectors, x.id)?.name ?? item(o.sectors, x.id)?.name ?? x.name,
    })),
    briefing: {
      ...s.briefing,
      situation: b?.situation ?? ob?.situation ?? s.briefing.situation,
      mission: b?.mission ?? ob?.mission ?? s.briefing.mission,
      notes: s.briefing.notes.map((n, k) => b?.notes?.[k] ?? ob?.notes?.[k] ?? n),
      reporting: {
        ...s.briefing.reporting,
        primary: b?.reporting?.primary ?? ob?.reporting?.primary ?? s.briefing.reporting.primary,
        alternate: b?.reporting?.alternate ?? ob?.reporting?.alternate ?? s.briefing.reporting.alternate,
      },
      authorizedFlights: s.briefing.authorizedFlights.map((f) => ({
        ...f,
        description:
          item(b?.authorizedFlights, f.callsign)?.description ??
          item(ob?.authorizedFlights, f.callsign)?.description ??
          f.description,
      })),
    },
    injects: s.injects.map((i) => localizeInject(i, item(tr?.injects, i.id), item(o.injects, i.id))),
    objectives: s.objectives.map((x) => {
      const t = item(tr?.objectives, x.id);
      const ot = item(o.objectives, x.id);
      return { ...x, text: t?.text ?? ot?.text ?? x.text, brief: brief(t, ot) ?? x.brief };
    }),
  };
}

/** The choices of a probe as written in the file: what a computed answer is matched against, in any language. */
export function probeChoiceKeys(s: Scenario, probe: Extract<Inject, { type: 'probe' }>): string[] {
  return item(s.i18n?.original.injects, probe.id)?.choices ?? probe.choices;
}

/** A sector's name as written in the file: what a computed "sectorOf" answer is matched against, in any language. */
export function sectorKey(s: Scenario, sector: { id: string; name: string }): string {
  return item(s.i18n?.original.sectors, sector.id)?.name ?? sector.name;
}
