/**
 * How the observer answers a freeze probe: it reads the question and the choices (what the frozen
 * screen shows) and matches them against its own picture (the trainee's view), never the answer key.
 */
import { COMPASS_NAMES } from '../../../engine';
import type { TraineeView, ViewTrack } from '../../../engine/view';
import { parseCell } from '../../../scenario/grid';
import type { TraineeBrief } from '../viewPolicy';
import { defaultChannelName } from './channel';
import { insidePerimeter, isAir, isDrone, sectorOf, wordsOf } from './sight';

/** Heading words as probes use them; a trainee also reads "still" as stationary. */
const COMPASS: Record<string, string[]> = { ...COMPASS_NAMES, stationary: [...COMPASS_NAMES.stationary, 'still'] };
const STEP: Record<string, [number, number]> = {
  N: [0, -1],
  NE: [1, -1],
  E: [1, 0],
  SE: [1, 1],
  S: [0, 1],
  SW: [-1, 1],
  W: [-1, 0],
  NW: [-1, -1],
};

function norm(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9+]/g, '');
}

/** The first choice that reads as one of `names` (normalized), or -1. */
function choiceNamed(choices: string[], names: string[]): number {
  return choices.findIndex((c) => names.includes(norm(c)));
}

/** The first choice containing a word matching `re`, or -1. */
function choiceWith(choices: string[], re: RegExp): number {
  return choices.findIndex((c) => re.test(c.toLowerCase()));
}

/** The choice for a count: "2", else the largest "N+" at or below it, else "none" for 0. */
function countChoice(choices: string[], n: number): number {
  const exact = choices.findIndex((c) => c.trim() === String(n));
  if (exact >= 0) return exact;
  let best = -1;
  let bestN = -1;
  choices.forEach((c, i) => {
    const m = /^(\d+)\s*\+$/.exec(c.trim());
    if (m && Number(m[1]) <= n && Number(m[1]) > bestN) [best, bestN] = [i, Number(m[1])];
  });
  return best >= 0 || n > 0 ? best : choiceNamed(choices, ['none', '0', 'nothing']);
}

/** The track a question is about: the one whose cues the question names most, else the newest drone. */
function subject(view: TraineeView, question: string): ViewTrack | null {
  const asked = new Set(wordsOf(question));
  const air = view.tracks.filter((t) => isAir(t) && t.classification !== 'bird');
  let best: ViewTrack | null = null;
  let bestScore = 0;
  for (const t of air) {
    const c = t.cues;
    const said = [c.lightColor, c.sound, c.activity, c.markings, c.type].filter((s): s is string => !!s);
    const score = said.flatMap(wordsOf).filter((w) => asked.has(w)).length;
    if (score > bestScore) [best, bestScore] = [t, score];
  }
  if (best) return best;
  const drones = air.filter((t) => isDrone(t) || t.classification !== null);
  return drones.at(-1) ?? air.at(-1) ?? null;
}

/** What choices can name as a place a drone comes close to: the post and the team, by name. */
function landmarks(brief: TraineeBrief): { words: string[]; x: number; y: number }[] {
  return [
    { words: wordsOf(brief.post.name), x: brief.post.cell.c, y: brief.post.cell.r },
    ...brief.team.map((m) => ({ words: wordsOf(m.name), x: m.cell.c, y: m.cell.r })),
  ];
}

/** The places a choice names: landmarks by name, and any cell written in it ("at F8"). */
function placesIn(brief: TraineeBrief, choice: string): { x: number; y: number }[] {
  const said = new Set(wordsOf(choice));
  const named = landmarks(brief).filter((m) => m.words.some((w) => said.has(w)));
  const cells = (choice.match(/\b[A-Z][1-9]\d?\b/g) ?? []).flatMap((ref) => {
    const c = parseCell(ref);
    return c ? [{ x: c.c, y: c.r }] : [];
  });
  return [...named, ...cells];
}

/** Where a track's course passes closest: the choice naming the landmark nearest its line ahead. */
function courseChoice(brief: TraineeBrief, choices: string[], t: ViewTrack): number {
  const step = STEP[t.cues.direction ?? ''];
  if (t.cues.activity === 'departing' || !step) {
    const leaving = choiceWith(choices, /leav|nothing|away/);
    if (leaving >= 0) return leaving;
  }
  const [dx, dy] = step ?? [0, 0];
  const len = Math.hypot(dx, dy) || 1;
  let best = -1;
  let bestD = Number.POSITIVE_INFINITY;
  choices.forEach((c, i) => {
    for (const m of placesIn(brief, c)) {
      const ax = m.x - t.x;
      const ay = m.y - t.y;
      const along = (ax * dx + ay * dy) / len;
      const off = along < 0 ? Math.hypot(ax, ay) : Math.abs(ax * dy - ay * dx) / len;
      if (off < bestD) [best, bestD] = [i, off];
    }
  });
  return best;
}

/** The choice for "what comes first": the most dangerous thing named (an object carried, people approached). */
function priorityChoice(choices: string[]): number {
  const rank = (c: string) => {
    const s = c.toLowerCase();
    if (/carr|package|object|payload/.test(s)) return 3;
    if (/towards|approach|at people/.test(s)) return 2;
    if (/perimeter|over the|loiter/.test(s) && !/bird|booked|authori/.test(s)) return 1;
    return 0;
  };
  let best = 0;
  choices.forEach((c, i) => {
    if (rank(c) > rank(choices[best])) best = i;
  });
  return best;
}

function sectorChoice(brief: TraineeBrief, choices: string[], t: ViewTrack | null): number {
  const sector = t && t.sight !== 'lost' ? sectorOf(brief, t.cell) : null;
  if (!sector) return choiceNamed(choices, ['none', 'nosector', 'nowhere']);
  const exact = choiceNamed(choices, [norm(sector.name), norm(sector.id)]);
  if (exact >= 0) return exact;
  const words = new Set(wordsOf(sector.name));
  return choices.findIndex((c) => wordsOf(c).some((w) => words.has(w)));
}

function perimeterChoice(brief: TraineeBrief, choices: string[], t: ViewTrack | null): number {
  if (!t || t.sight === 'lost') return choiceWith(choices, /left|gone|leav/);
  return insidePerimeter(brief, t.cell) ? choiceWith(choices, /inside/) : choiceWith(choices, /outside/);
}

function channelChoice(brief: TraineeBrief, view: TraineeView, choices: string[]): number {
  const name = defaultChannelName(brief, view);
  if (name === null) return choiceWith(choices, /neither|none|no channel/);
  const words = new Set(wordsOf(name));
  let best = -1;
  let bestN = 0;
  choices.forEach((c, i) => {
    const n = wordsOf(c).filter((w) => words.has(w)).length;
    if (n > bestN) [best, bestN] = [i, n];
  });
  return best;
}

function bookedChoice(choices: string[], t: ViewTrack | null): number {
  const booked = t?.classification === 'authorized';
  return booked ? choiceWith(choices, /^\s*yes/) : choiceWith(choices, /^\s*no\b/);
}

/** The index of the observer's answer to a probe (0 when nothing in its picture fits a choice). */
export function answerProbe(brief: TraineeBrief, view: TraineeView, probe: string): number {
  const p = brief.probes[probe];
  if (!p) return 0;
  const q = p.question.toLowerCase();
  const t = subject(view, p.question);
  let i = -1;
  if (/how many/.test(q)) {
    const inSight = view.tracks.filter((x) => isAir(x) && x.sight === 'in-sight').length;
    i = countChoice(p.choices, inSight + view.sightings.filter((s) => s.kind === 'in-sight').length);
  } else if (/channel|deliver/.test(q)) i = channelChoice(brief, view, p.choices);
  else if (/authori[sz]ed|booked|on the list/.test(q)) i = bookedChoice(p.choices, t);
  else if (/perimeter/.test(q)) i = perimeterChoice(brief, p.choices, t);
  else if (/course|closest|reach|keeps/.test(q) && t) i = courseChoice(brief, p.choices, t);
  else if (/heading|which way|direction/.test(q) && t) {
    i = choiceNamed(p.choices, COMPASS[t.cues.direction ?? ''] ?? []);
  } else if (/sector|where/.test(q)) i = sectorChoice(brief, p.choices, t);
  else if (/first|priority|act on/.test(q)) i = priorityChoice(p.choices);
  return Math.max(i, 0);
}
