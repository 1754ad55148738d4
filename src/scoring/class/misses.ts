/** The commonest misses of a class, in plain words: what how many seats fell short on, from their score cards. */
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
  return /^[A-Z][a-z]/.test(label) ? `the ${label[0].toLowerCase()}${label.slice(1)}` : label;
}

function injectName(scenario: Scenario, id: string): string {
  const inj = scenario.injects.find((i) => i.id === id);
  if (inj?.type === 'message') return `the message from ${inj.from}`;
  if (inj?.type === 'probe') return `“${inj.question}”`;
  return id;
}

type Phrase = (what: string, none: boolean) => string;

const PHRASES: Record<RuleType, Phrase> = {
  detect: (w, none) => (none ? `never marked ${w}` : `marked ${w} late`),
  classify: (w) => `did not classify ${w} right`,
  report: (w, none) => (none ? `never reported ${w}` : `reported ${w} late or with fields wrong`),
  operator: (w, none) =>
    none ? `never reported where the operator of ${w} was` : `put the operator of ${w} a cell off`,
  protect: (w) => `did not take cover in time from ${w}`,
  acknowledge: (w, none) => (none ? `never acknowledged ${w}` : `acknowledged ${w} late`),
  probes: (w) => `answered ${w} wrong`,
  emissions: () => 'did not switch devices off in time when ordered, or switched them back on',
  alternateChannel: () => 'did not switch to the alternate channel in time when the primary failed',
  falseReports: () => 'sent more false reports than allowed',
  marks: () => 'marked things twice or marked what was not there',
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
    const t = tally.get(key) ?? { phrase, objective, count: 0, order };
    t.count += 1;
    tally.set(key, t);
  };
  const objectiveOrder = (id: string) => scenario.objectives.findIndex((o) => o.id === id);
  for (const card of cards) {
    for (const [key, m] of seatMisses(scenario, card)) count(key, m.phrase, m.objective, objectiveOrder(m.objective));
    for (const f of seatFields(card)) {
      count(`field|${f}`, `got the ${FIELD_NAME[f]} wrong in most of their reports`, null, scenario.objectives.length);
    }
  }
  return [...tally.values()]
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map((t) => ({ text: `${t.count} of ${of} ${t.phrase}`, count: t.count, of, objective: t.objective }));
}
