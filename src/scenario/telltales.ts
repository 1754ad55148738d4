/**
 * Telltales: words in trainee-facing text that name a contact's hidden truth, or a cue the trainee
 * may not have seen yet. Shared by the static check (gives-away-truth) and the playability check
 * (cue-before-seen). A word counts when it points at a particular contact: right after "the",
 * "this", "these" or "those" (and, for truths, "it" or "them"), at most one word between; or as the
 * contact's own cue strings (its label when that names a truth or cue, its markings, its light colour).
 */

/** A cue of a contact a text can name before the trainee has seen it. */
export type NamedCue = 'type' | 'carrying' | 'lightColor' | 'markings';

/** The parts of a contact the telltales read (a file contact or a normalized one). */
export interface TelltaleContact {
  id: string;
  domain: string;
  truth: string;
  label?: string;
  cues?: { type?: string; carrying?: boolean; lightColor?: string; markings?: string };
}

/** One telltale found in a text. */
export interface Telltale {
  contact: string;
  /** The truth itself (never observable) or a cue (observable once seen). */
  kind: 'truth' | NamedCue;
  /** The words as written in the text. */
  words: string;
}

const BIRD_WORDS = [
  'birds?',
  'flocks?',
  'geese',
  'goose',
  'gulls?',
  'seagulls?',
  'pigeons?',
  'buzzards?',
  'crows?',
  'ducks?',
  'starlings?',
  'owls?',
  'skeins?',
  'hawks?',
  'kites?',
  'herons?',
  'swans?',
];
const CARRY_WORDS = ['carriers?', 'carrying', 'carries', 'packages?', 'payloads?', 'parcels?'];
const TRUTH_WORDS: Record<string, string[]> = {
  suspicious: ['suspicious'],
  hobbyist: ['hobbyists?', 'hobby drones?', 'unknown drones?'],
  hazard: ['hazards?', 'hazardous'],
  routine: ['routine'],
  operator: ['operators?', 'possible operators?'],
};

/** "the", "this" … and at most one word between (not a verb: "the perimeter is Suspicious drone" is a rule, not a pointer). */
const GAP = String.raw`(?:(?!(?:is|are|was|as|be)\s)[\w'’-]+\s+)?`;
const THE = String.raw`\b(?:the|this|these|those)\s+`;
const IT = String.raw`\b(?:the|this|these|those|it|them)\s+`;

/** A case-insensitive regex for any of `words` pointing at something: after "the", "this" … (and "it", "them" for truths). */
function pointed(words: readonly string[], pronouns = false): RegExp {
  return new RegExp(`${pronouns ? IT : THE}${GAP}(${words.join('|')})\\b`, 'i');
}

/** A case-insensitive regex for a literal phrase as whole words. */
function literal(phrase: string): RegExp {
  const escaped = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w-])(${escaped})(?![\\w-])`, 'i');
}

function found(re: RegExp, text: string): string | null {
  return re.exec(text)?.[1] ?? null;
}

/** Truth words of a contact (none for an authorized flight: the briefing names booked flights). */
function truthTelltales(c: TelltaleContact, text: string, pointedOnly: boolean): Telltale[] {
  const words = TRUTH_WORDS[c.truth];
  // "the operator" is the report's own vocabulary: it gives away only which person it is.
  if (!words || (c.truth === 'operator' && pointedOnly)) return [];
  const hit = found(pointedOnly ? pointed(words, true) : new RegExp(`\\b(${words.join('|')})\\b`, 'i'), text);
  return hit ? [{ contact: c.id, kind: 'truth', words: hit }] : [];
}

/** The contact's label, when the label itself names its truth or a cue ("Drone with a package"). */
function labelTelltale(c: TelltaleContact, text: string, callsigns: ReadonlySet<string>): Telltale[] {
  const label = c.label?.trim() ?? '';
  if (label.length < 4 || callsigns.has(label.toLowerCase())) return [];
  if (truthTelltales(c, label, false).length === 0 && cueTelltales(c, label, false).length === 0) return [];
  const hit = found(literal(label), text);
  return hit ? [{ contact: c.id, kind: 'truth', words: hit }] : [];
}

/** Cue telltales of a contact in `text`: its bird type, what it carries, its light colour, its markings. */
export function cueTelltales(c: TelltaleContact, text: string, pointedOnly = true): Telltale[] {
  const out: Telltale[] = [];
  const cues = c.cues ?? {};
  const bird = c.truth === 'bird' || cues.type === 'bird';
  const add = (kind: NamedCue, re: RegExp) => {
    const hit = found(re, text);
    if (hit) out.push({ contact: c.id, kind, words: hit });
  };
  const any = (words: string[]) => (pointedOnly ? pointed(words) : new RegExp(`\\b(${words.join('|')})\\b`, 'i'));
  if (bird) add('type', any(BIRD_WORDS));
  if (cues.carrying) add('carrying', any(CARRY_WORDS));
  const colour = cues.lightColor?.trim();
  if (colour) add('lightColor', new RegExp(`\\b(${colour}[\\s-]+lights?|${colour}[\\s-]+lit)\\b`, 'i'));
  const markings = cues.markings?.trim();
  if (markings && markings.length >= 4) add('markings', literal(markings));
  return out;
}

/**
 * Every telltale of `contacts` in `text`. `pointedOnly` false (an objective's own contacts) counts
 * the words anywhere; true (any other text) only where they point at something.
 */
export function telltales(
  contacts: readonly TelltaleContact[],
  text: string,
  opts: { pointedOnly: boolean; callsigns: ReadonlySet<string>; cues: boolean },
): Telltale[] {
  return contacts.flatMap((c) => [
    ...labelTelltale(c, text, opts.callsigns),
    ...truthTelltales(c, text, opts.pointedOnly),
    ...(opts.cues ? cueTelltales(c, text, opts.pointedOnly) : []),
  ]);
}
