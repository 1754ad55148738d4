/**
 * Answers in the briefing: trainee-facing text (summary, briefing, objectives as the trainee sees
 * them, messages, probes) that names a contact's hidden truth, or, before play, a cue the trainee
 * has not seen yet; and probes whose right choice stands out from the others.
 */
import { t } from '../../i18n';
import { type Finding, type Path, warning } from '../finding';
import type { ContactFile, ObjectiveFile } from '../schema';
import { type Telltale, type TelltaleContact, telltales } from '../telltales';
import { type Ctx, each } from './context';

/** Where a trainee reads the text: before play, in the briefing's objectives, or during play. */
type Shown = 'beforePlay' | 'briefing' | 'play';

function finding(path: Path, found: Telltale[], shown: Shown): Finding[] {
  if (found.length === 0) return [];
  const first = found[0];
  const message = t('scenario:crossref.givesAway', {
    shown,
    words: first.words,
    kind: first.kind,
    contact: first.contact,
    more: found.length - 1,
  });
  return [warning('gives-away-truth', path, message)];
}

function contactsOf(file: ObjectiveFile, all: TelltaleContact[]): { own: TelltaleContact[]; rest: TelltaleContact[] } {
  const rule = file.rule;
  const ids = 'contacts' in rule && Array.isArray(rule.contacts) ? rule.contacts : [];
  return { own: all.filter((c) => ids.includes(c.id)), rest: all.filter((c) => !ids.includes(c.id)) };
}

/** Contacts whose cues may be named: not the booked flights, whose descriptions are in the briefing. */
const unbooked = (contacts: TelltaleContact[]) => contacts.filter((c) => c.truth !== 'authorized');

function beforePlay(ctx: Ctx, contacts: TelltaleContact[], callsigns: Set<string>): Finding[] {
  const b = ctx.file.briefing;
  const texts: [Path, string | undefined][] = [
    [['summary'], ctx.file.summary],
    [['briefing', 'situation'], b?.situation],
    [['briefing', 'mission'], b?.mission],
    ...(b?.notes ?? []).map((n, i): [Path, string] => [['briefing', 'notes', i], n]),
  ];
  const opts = { pointedOnly: true, callsigns, cues: true };
  const cueless = { ...opts, cues: false };
  return texts.flatMap(([path, text]) =>
    text
      ? finding(
          path,
          [...telltales(unbooked(contacts), text, opts), ...telltales(contacts, text, cueless)],
          'beforePlay',
        )
      : [],
  );
}

function objectives(ctx: Ctx, contacts: TelltaleContact[], callsigns: Set<string>): Finding[] {
  const out: Finding[] = [];
  each(ctx.file.objectives, (o, i) => {
    const { own, rest } = contactsOf(o, contacts);
    const text = o.brief ?? o.text;
    const found = [
      ...telltales(unbooked(own), text, { pointedOnly: false, callsigns, cues: true }),
      ...telltales(unbooked(rest), text, { pointedOnly: true, callsigns, cues: true }),
    ];
    out.push(...finding(['objectives', i, o.brief === undefined ? 'text' : 'brief'], found, 'briefing'));
  });
  return out;
}

/** Truth words and labels in messages and probes (cues there depend on timing: the playtest checks them). */
function duringPlay(ctx: Ctx, contacts: TelltaleContact[], callsigns: Set<string>): Finding[] {
  const out: Finding[] = [];
  const opts = { pointedOnly: true, callsigns, cues: false };
  each(ctx.file.injects, (inj, i) => {
    if (inj.type === 'message')
      out.push(...finding(['injects', i, 'text'], telltales(contacts, inj.text, opts), 'play'));
    if (inj.type === 'probe') {
      out.push(...finding(['injects', i, 'question'], telltales(contacts, inj.question, opts), 'play'));
      inj.choices.forEach((choice, k) => {
        out.push(...finding(['injects', i, 'choices', k], telltales(contacts, choice, opts), 'play'));
      });
    }
  });
  return out;
}

const STOP = new Set([
  'this',
  'that',
  'with',
  'from',
  'what',
  'which',
  'where',
  'when',
  'right',
  'now',
  'your',
  'they',
]);

function words(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.replace(/s$/, '')),
  );
}

/** Why a probe's right choice stands out, or null. */
function standsOut(question: string, choices: string[], answer: number): string | null {
  const right = choices[answer];
  const others = choices.filter((_, k) => k !== answer);
  if (right === undefined || others.length === 0) return null;
  const longest = Math.max(...others.map((c) => c.length));
  if (right.length > longest * 1.4 && right.length - longest >= 10)
    return t('scenario:crossref.longerChoice', { length: String(right.length), longest: String(longest) });
  const asked = words(question);
  const echo = (c: string) => [...words(c)].filter((w) => asked.has(w)).length;
  const mine = echo(right);
  if (mine >= 2 && others.every((c) => echo(c) <= mine - 2))
    return t('scenario:crossref.echoChoice', { words: String(mine) });
  return null;
}

function probes(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  each(ctx.file.injects, (inj, i) => {
    if (inj.type !== 'probe' || inj.answer === undefined || inj.compute !== undefined) return;
    const why = standsOut(inj.question, inj.choices, inj.answer);
    if (why)
      out.push(
        warning(
          'probe-answer-stands-out',
          ['injects', i, 'choices', inj.answer],
          t('scenario:crossref.answerStandsOut', { why }),
        ),
      );
  });
  return out;
}

/** gives-away-truth and probe-answer-stands-out for every trainee-facing text. */
export function checkGiveaways(ctx: Ctx): Finding[] {
  const contacts: TelltaleContact[] = ctx.file.contacts.filter((c): c is ContactFile => c !== undefined);
  const callsigns = new Set((ctx.file.briefing?.authorizedFlights ?? []).map((f) => f.callsign.trim().toLowerCase()));
  return [
    ...beforePlay(ctx, contacts, callsigns),
    ...objectives(ctx, contacts, callsigns),
    ...duringPlay(ctx, contacts, callsigns),
    ...probes(ctx),
  ];
}
