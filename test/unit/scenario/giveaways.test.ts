/** gives-away-truth and probe-answer-stands-out: trainee-facing text that tells the answer. */
import { describe, expect, it } from 'vitest';
import { checkScenario, parseScenario } from '../../../src/scenario/index';

// biome-ignore lint/suspicious/noExplicitAny: test scenarios are mutated freely
type Doc = any;

/** A small valid scenario: a drone that carries something, a flock of geese, a booked flight. */
function doc(): Doc {
  return {
    schemaVersion: 1,
    id: 'tell',
    title: 'Telltales',
    durationSec: '10:00',
    map: { terrain: Array.from({ length: 8 }, () => '............') },
    post: { cell: 'F7', name: 'Post', observeRange: 5 },
    briefing: {
      situation: 'Post Alpha watches the field.',
      notes: [],
      authorizedFlights: [{ callsign: 'SURVEY-1', description: 'white fixed-wing, green light' }],
    },
    contacts: [
      {
        id: 'loud',
        domain: 'air',
        truth: 'hazard',
        label: 'Drone with a package',
        cues: { carrying: true, markings: 'black frame, yellow arms', lightColor: 'red', lights: 'steady' },
        path: [{ at: 0, cell: 'A1' }],
      },
      { id: 'geese', domain: 'air', truth: 'bird', cues: { type: 'bird' }, path: [{ at: 0, cell: 'B1' }] },
      {
        id: 'survey',
        domain: 'air',
        truth: 'authorized',
        label: 'SURVEY-1',
        cues: { type: 'fixed-wing', lightColor: 'green', lights: 'steady' },
        path: [{ at: 0, cell: 'C1' }],
      },
    ],
    injects: [],
    objectives: [
      {
        id: 'tell',
        capability: 'classify',
        text: 'Classify every contact.',
        rule: { type: 'classify', contacts: 'air' },
      },
    ],
  };
}

const warnings = (d: Doc, code = 'gives-away-truth') =>
  checkScenario(JSON.stringify(d, null, 2))
    .problems.filter((p) => p.code === code)
    .map((p) => `${p.severity} ${p.pointer}`)
    .sort();

describe('gives-away-truth', () => {
  it("flags an objective that names its own contact's truth or cue, anywhere in the text", () => {
    const d = doc();
    d.objectives.push({
      id: 'alert',
      capability: 'protect',
      text: 'Put the team on Alert before a carrying drone comes within 4 cells.',
      rule: { type: 'protect', contact: 'loud', posture: 'alert', beforeWithinCells: 4 },
    });
    d.objectives.push({
      id: 'cls',
      capability: 'classify',
      text: 'Classify the drone as a hazard.',
      rule: { type: 'classify', contacts: ['loud'] },
    });
    expect(warnings(d)).toEqual(['warning /objectives/2/text']);
  });

  it('checks "brief" instead of "text" when the objective has one, and the trainee sees the brief', () => {
    const d = doc();
    d.objectives.push({
      id: 'cls',
      capability: 'classify',
      text: 'Classify the drone as a hazard.',
      brief: 'Classify the drone by what it does.',
      rule: { type: 'classify', contacts: ['loud'] },
    });
    expect(warnings(d)).toEqual([]);
    d.objectives[1].brief = 'Classify the hazard.';
    expect(warnings(d)).toEqual(['warning /objectives/1/brief']);
    d.objectives[1].brief = 'Classify the drone by what it does.';
    const parsed = parseScenario(JSON.stringify(d));
    expect(parsed.ok && parsed.value.objectives.map((o) => [o.text, o.brief])).toEqual([
      ['Classify every contact.', 'Classify every contact.'],
      ['Classify the drone as a hazard.', 'Classify the drone by what it does.'],
    ]);
  });

  it("flags briefing text that points at a contact's hidden cue, not a rule stated in general", () => {
    const d = doc();
    d.briefing.notes = ['Classifying: birds are Bird; a drone carrying an object towards people is Hazard.'];
    expect(warnings(d)).toEqual([]);
    d.briefing.notes.push('Leave the geese alone.');
    d.summary = 'Watch for the package.';
    expect(warnings(d)).toEqual(['warning /briefing/notes/1', 'warning /summary']);
  });

  it('flags markings and light colour before play, but not those of a booked flight', () => {
    const d = doc();
    d.briefing.situation = 'SURVEY-1 flies with a green light today.';
    expect(warnings(d)).toEqual([]);
    d.briefing.mission = 'Report the drone with a black frame, yellow arms.';
    d.briefing.notes = ['Watch for a red light.'];
    expect(warnings(d)).toEqual(['warning /briefing/mission', 'warning /briefing/notes/0']);
  });

  it('flags a message or probe that names a truth or a telling label, not one that teaches the rule', () => {
    const d = doc();
    d.injects = [
      {
        id: 'm1',
        type: 'message',
        at: 30,
        from: 'Desk',
        text: 'A drone nobody booked near the post is Suspicious drone.',
      },
      { id: 'm2', type: 'message', at: 60, from: 'Desk', text: 'Classify it Hazard now.' },
      { id: 'm3', type: 'message', at: 90, from: 'Desk', text: 'Where is the drone with a package?' },
      {
        id: 'p1',
        type: 'probe',
        at: 300,
        question: 'What is it?',
        choices: ['A bird', 'The hazard'],
        answer: 1,
        level: 2,
      },
    ];
    expect(warnings(d)).toEqual(['warning /injects/1/text', 'warning /injects/2/text', 'warning /injects/3/choices/1']);
  });
});

describe('probe-answer-stands-out', () => {
  const withProbe = (question: string, choices: string[], answer: number) => {
    const d = doc();
    d.injects = [{ id: 'p', type: 'probe', at: 300, question, choices, answer, level: 2 }];
    return warnings(d, 'probe-answer-stands-out');
  };

  it('flags a right choice much longer than the others', () => {
    expect(
      withProbe(
        'Is the drone booked?',
        ['Yes: it is SURVEY-1', 'No: SURVEY-1 is a fixed-wing over the east', 'Cannot tell'],
        1,
      ),
    ).toEqual(['warning /injects/0/choices/1']);
  });

  it("flags a right choice that repeats the question's words when no other does", () => {
    expect(
      withProbe(
        'Which channel delivers a report while the command net is down?',
        ['Radio', 'Landline, while command net down', 'Neither'],
        1,
      ),
    ).toEqual(['warning /injects/0/choices/1']);
  });

  it('leaves choices worded alike alone', () => {
    expect(
      withProbe('Which channel delivers a report now?', ['The command net', 'The landline', 'Neither'], 1),
    ).toEqual([]);
  });
});
