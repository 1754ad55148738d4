/** Concrete suggestions for an area for improvement, by rule and by what the contact really was. */
import type { Contact, ScoredRule } from '../../scenario/model';
import { span } from '../rules/context';

const CLASSIFY_TIPS: Record<string, string> = {
  'air:bird': 'birds flap, glide and make no motor sound: focus on it to see its type before calling it a drone',
  'air:hobbyist': 'a drone with no sign of intent is an unknown drone: read its cues before raising or lowering it',
  'air:suspicious':
    'a drone hovering near the perimeter or the post, or with an operator nearby, is a suspicious drone',
  'air:hazard': 'an object attached makes a drone a hazard: look for it and classify it as a hazard',
  'air:authorized': 'check the briefing’s authorized flights (sector, time, description) before classifying',
  'ground:operator': 'a person standing still and watching the sky near a drone’s path is a possible operator',
  'ground:routine': 'people going about ordinary work are routine: judge by what they do',
  'ground:suspicious': 'someone watching the post or probing the perimeter is suspicious activity',
};

/** What to try next time for a shortfall on an objective of this rule; `sector` names where the contact was. */
export function suggestionFor(rule: ScoredRule, contact: Contact | undefined, sector: string | null): string {
  switch (rule.type) {
    case 'detect':
      return sector
        ? `scan the ${sector} sector with focus, and sweep it again whenever it has been quiet a while`
        : 'scan every sector in turn and use focus where the map is quiet';
    case 'classify':
      return contact
        ? (CLASSIFY_TIPS[`${contact.domain}:${contact.truth}`] ?? 'read the cues before classifying')
        : 'classify every track once you can see its cues';
    case 'report':
      return `send a SALUTE report within ${span(rule.withinMs)} of marking: a first report with what you know beats a late complete one, and check each prefilled field against the track before sending`;
    case 'operator':
      return 'after a drone, look for its operator on the ground around its path and send a follow-up report with the operator’s cell';
    case 'protect':
      return `take ${rule.posture} as soon as a contact heads toward the post, before it is within ${rule.beforeWithinCells} cells`;
    case 'emissions':
      return 'switch personal devices off as soon as the order comes, and keep them off until told otherwise';
    case 'alternateChannel':
      return `when the primary channel is down, resend your report on the alternate channel within ${span(rule.withinMs)}`;
    case 'acknowledge':
      return `acknowledge each message within ${span(rule.withinMs)}: the sender needs to know you have it`;
    case 'probes':
      return 'keep your picture current: how many contacts, where each one is, and where each is heading';
    case 'falseReports':
      return 'report only drones and operators: check the authorized flights list and classify birds before reporting';
    case 'marks':
      return 'mark only what you can see or hear, once: select a track you already have instead of marking it again, and drop a track you marked by mistake';
  }
}
