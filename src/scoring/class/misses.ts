/** The commonest misses of a class, in plain words: what how many seats fell short on, from their score cards. */
import { t } from '../../i18n';
import type { Scenario } from '../../scenario/model';
import type { RuleType } from '../../scenario/vocab';
import { FIELD_NAME, type ReportField } from '../accuracy';
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

/** A contact named as the instructor knows it: "the grey quadcopter", or its label as written ("ROOF-3"). */
function contactName(scenario: Scenario, id: string): string {
  const c = scenario.contacts.find((x) => x.id === id);
  const label = c?.label || id;
  return /^[A-Z][a-z]/.test(label)
    ? t('scoring:class.the', { name: `${label[0].toLowerCase()}${label.slice(1)}` })
    : label;
}

function injectName(scenario: Scenario, id: string): string {
  const inj = scenario.injects.find((i) => i.id === id);
  if (inj?.type === 'message') return t('scoring:class.message', { from: inj.from });
  if (inj?.type === 'probe') return t('scoring:class.question', { question: inj.question });
  return id;
}

type Phrase = (what: string, none: boolean) => string;

const PHRASES: Record<RuleType, Phrase> = {
  detect: (what, none) => (none ? t('scoring:class.detectNone', { what }) : t('scoring:class.detect', { what })),
  classify: (what) => t('scoring:class.classify', { what }),
  report: (what, none) => (none ? t('scoring:class.reportNone', { what }) : t('scoring:class.report', { what })),
  operator: (what, none) => (none ? t('scoring:class.operatorNone', { what }) : t('scoring:class.operator', { what })),
  protect: (what) => t('scoring:class.protect', { what }),
  acknowledge: (what, none) =>
    none ? t('scoring:class.acknowledgeNone', { what }) : t('scoring:class.acknowledge', { what }),
  probes: (what) => t('scoring:class.probes', { what }),
  emissions: () => t('scoring:class.emissions'),
  alternateChannel: () => t('scoring:class.alternateChannel'),
  falseReports: () => t('scoring:class.falseReports'),
  marks: () => t('scoring:class.marks'),
};

/** The misses of one seat's card: a key (to count seats) and its phrase, each once. */
function seatMisses(scenario: Scenario, card: ScoreCard): Map<string, { phrase: string; objective: string }> {
  const out = new Map<string, { phrase: string; objective: string }>();
  for (const o of card.objectives) {
    if (o.rating === 'P' || o.rating === 'N/A') continue;
    const short = o.evidence.filter((e) => e.credit < 1 && !e.unscored);
    const items: Evidence[] = short.length > 0 ? short : [{ text: o.text, credit: 0 }];
    for (const e of items) {
      const about = e.inject ? injectName(scenario, e.inject) : e.contact ? contactName(scenario, e.contact) : '';
      const none = e.credit === 0;
      const key = `${o.id}|${e.contact ?? ''}|${e.inject ?? ''}|${none}`;
      out.set(key, { phrase: PHRASES[o.rule](about, none), objective: o.id });
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
  const tally = new Map<string, { phrase: string; objective: string | null; count: number; order: number }>();
  const count = (key: string, phrase: string, objective: string | null, order: number) => {
    const entry = tally.get(key) ?? { phrase, objective, count: 0, order };
    entry.count += 1;
    tally.set(key, entry);
  };
  const objectiveOrder = (id: string) => scenario.objectives.findIndex((o) => o.id === id);
  for (const card of cards) {
    for (const [key, m] of seatMisses(scenario, card)) count(key, m.phrase, m.objective, objectiveOrder(m.objective));
    for (const f of seatFields(card)) {
      count(`field|${f}`, t('scoring:class.field', { field: FIELD_NAME[f] }), null, scenario.objectives.length);
    }
  }
  return [...tally.values()]
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map((m) => ({
      text: t('scoring:class.miss', { count: m.count, of, phrase: m.phrase }),
      count: m.count,
      of,
      objective: m.objective,
    }));
}
