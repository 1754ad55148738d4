/** The commonest misses of a class, in plain words: what how many seats fell short on, from their score cards. */
import { t } from '../../i18n';
import type { Scenario } from '../../scenario/model';
import type { RuleType } from '../../scenario/vocab';
import type { ReportField } from '../accuracy';
import type { Evidence, ScoreCard } from '../types';

/** One miss shared by some seats: "9 of 12 never reported where the operator of the grey quadcopter was". */
export interface ClassMiss {
  /** The whole sentence, counts included. */
  text: string;
  /** Seats that missed it. */
  count: number;
  /** Seats in the class. */
  of: number;
  /** The objective it falls under, or null for report fields. */
  objective: string | null;
}

/** A field is "mostly wrong" for a seat when its delivered reports earned less than half credit on it. */
const MOSTLY_WRONG = 0.5;

/** What a miss is about, as said on its own and after "of"/"from" (Spanish contracts "de el" to "del"). */
interface Named {
  plain: string;
  of: string;
}

const asWritten = (label: string): Named => ({ plain: label, of: t('classroom:misses.ofLabel', { label }) });

/** A contact named as the instructor knows it: "the grey quadcopter", or its label as written ("ROOF-3"). */
function contactName(scenario: Scenario, id: string): Named {
  const c = scenario.contacts.find((x) => x.id === id);
  const label = c?.label || id;
  if (!/^[A-Z][a-z]/.test(label)) return asWritten(label);
  const name = `${label[0].toLowerCase()}${label.slice(1)}`;
  return { plain: t('classroom:misses.theContact', { name }), of: t('classroom:misses.ofTheContact', { name }) };
}

function injectName(scenario: Scenario, id: string): Named {
  const inj = scenario.injects.find((i) => i.id === id);
  if (inj?.type === 'message') {
    const from = inj.from;
    return { plain: t('classroom:misses.theMessage', { from }), of: t('classroom:misses.ofTheMessage', { from }) };
  }
  return asWritten(inj?.type === 'probe' ? `“${inj.question}”` : id);
}

/** A miss as a whole sentence, given how many seats of how many missed it (the verb agrees in Spanish). */
type Sentence = (count: number, of: number) => string;
type Phrase = (what: Named, none: boolean) => Sentence;

const PHRASES: Record<RuleType, Phrase> = {
  detect:
    ({ plain: what }, none) =>
    (count, of) =>
      none
        ? t('classroom:misses.detectNever', { count, of, what })
        : t('classroom:misses.detectLate', { count, of, what }),
  classify:
    ({ plain: what }) =>
    (count, of) =>
      t('classroom:misses.classify', { count, of, what }),
  report:
    ({ plain: what }, none) =>
    (count, of) =>
      none
        ? t('classroom:misses.reportNever', { count, of, what })
        : t('classroom:misses.reportLate', { count, of, what }),
  operator:
    ({ of: what }, none) =>
    (count, of) =>
      none
        ? t('classroom:misses.operatorNever', { count, of, what })
        : t('classroom:misses.operatorOff', { count, of, what }),
  protect:
    ({ of: what }) =>
    (count, of) =>
      t('classroom:misses.protect', { count, of, what }),
  acknowledge:
    ({ of: what }, none) =>
    (count, of) =>
      none
        ? t('classroom:misses.acknowledgeNever', { count, of, what })
        : t('classroom:misses.acknowledgeLate', { count, of, what }),
  probes:
    ({ plain: what }) =>
    (count, of) =>
      t('classroom:misses.probes', { count, of, what }),
  emissions: () => (count, of) => t('classroom:misses.emissions', { count, of }),
  alternateChannel: () => (count, of) => t('classroom:misses.alternateChannel', { count, of }),
  falseReports: () => (count, of) => t('classroom:misses.falseReports', { count, of }),
  marks: () => (count, of) => t('classroom:misses.marks', { count, of }),
};

/** The rules whose miss names a contact or an inject (without one, the objective's own words say what was missed). */
const NAMES_WHAT: ReadonlySet<RuleType> = new Set([
  'detect',
  'classify',
  'report',
  'operator',
  'protect',
  'acknowledge',
  'probes',
]);

/** Each report field as the class debrief names it. */
const FIELD_WORD: Record<ReportField, () => string> = {
  count: () => t('classroom:misses.fields.count'),
  type: () => t('classroom:misses.fields.type'),
  size: () => t('classroom:misses.fields.size'),
  activity: () => t('classroom:misses.fields.activity'),
  direction: () => t('classroom:misses.fields.direction'),
  location: () => t('classroom:misses.fields.location'),
  perimeter: () => t('classroom:misses.fields.perimeter'),
  operatorLocation: () => t('classroom:misses.fields.operatorLocation'),
  description: () => t('classroom:misses.fields.description'),
  lights: () => t('classroom:misses.fields.lights'),
  lightColor: () => t('classroom:misses.fields.lightColor'),
  timeFirstSeen: () => t('classroom:misses.fields.timeFirstSeen'),
  timeLastSeen: () => t('classroom:misses.fields.timeLastSeen'),
  payload: () => t('classroom:misses.fields.payload'),
  assessment: () => t('classroom:misses.fields.assessment'),
};

/** The misses of one seat's card: a key (to count seats) and its phrase, each once. */
function seatMisses(scenario: Scenario, card: ScoreCard): Map<string, { phrase: Sentence; objective: string }> {
  const out = new Map<string, { phrase: Sentence; objective: string }>();
  for (const o of card.objectives) {
    if (o.rating === 'P' || o.rating === 'N/A') continue;
    const short = o.evidence.filter((e) => e.credit < 1 && !e.unscored);
    const items: Evidence[] = short.length > 0 ? short : [{ text: o.text, credit: 0 }];
    for (const e of items) {
      const about = e.inject ? injectName(scenario, e.inject) : e.contact ? contactName(scenario, e.contact) : null;
      const none = e.credit === 0;
      const key = `${o.id}|${e.contact ?? ''}|${e.inject ?? ''}|${none}`;
      const phrase: Sentence =
        about || !NAMES_WHAT.has(o.rule)
          ? PHRASES[o.rule](about ?? { plain: '', of: '' }, none)
          : (count, of) => t('classroom:misses.objective', { count, of, text: o.text });
      out.set(key, { phrase, objective: o.id });
    }
  }
  return out;
}

/** The report fields a seat got mostly wrong in its delivered reports. */
function seatFields(card: ScoreCard): ReportField[] {
  return Object.entries(card.metrics.fieldAccuracy)
    .filter(([, a]) => a.n > 0 && a.mean < MOSTLY_WRONG)
    .map(([f]) => f as ReportField);
}

/** The class's misses, commonest first (ties in objective order), each counted once per seat. */
export function classMisses(scenario: Scenario, cards: readonly ScoreCard[]): ClassMiss[] {
  const of = cards.length;
  const tally = new Map<string, { phrase: Sentence; objective: string | null; count: number; order: number }>();
  const count = (key: string, phrase: Sentence, objective: string | null, order: number) => {
    const entry = tally.get(key) ?? { phrase, objective, count: 0, order };
    entry.count += 1;
    tally.set(key, entry);
  };
  const objectiveOrder = (id: string) => scenario.objectives.findIndex((o) => o.id === id);
  for (const card of cards) {
    for (const [key, m] of seatMisses(scenario, card)) count(key, m.phrase, m.objective, objectiveOrder(m.objective));
    for (const f of seatFields(card)) {
      const field = FIELD_WORD[f]();
      const phrase: Sentence = (n, all) => t('classroom:misses.field', { count: n, of: all, field });
      count(`field|${f}`, phrase, null, scenario.objectives.length);
    }
  }
  return [...tally.values()]
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map((m) => ({ text: m.phrase(m.count, of), count: m.count, of, objective: m.objective }));
}
