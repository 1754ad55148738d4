/** cue-before-seen, type-never-seen, probe-contact-unseen: cues named before they show, or never shown. */
import { describe, expect, it } from 'vitest';
import { base, warningsOf } from './helpers';

/** A drone carrying something, with a red light, that flies in from the west and hovers at E6, close to the post at F7. */
const carrier = () => ({
  id: 'c1',
  domain: 'air',
  truth: 'hazard',
  cues: { carrying: true, lights: 'steady', lightColor: 'red' },
  path: [
    { at: 0, cell: 'A4', activity: 'approaching' },
    { at: 120, cell: 'E6', activity: 'hovering' },
    { at: 480, cell: 'E6' },
  ],
});

/** A drone hovering at A7: exactly at sight range, never near enough for its type even with focus. */
const edgeDrone = () => ({
  id: 'edge',
  domain: 'air',
  truth: 'suspicious',
  path: [
    { at: 0, cell: 'A7', activity: 'hovering' },
    { at: 480, cell: 'A7' },
  ],
});

const message = (id: string, at: number, text: string) => ({ id, type: 'message', at, from: 'Patrol', text });

describe('cue-before-seen', () => {
  it('warns when a message names a cue before any trainee could have seen it', () => {
    const s = base();
    s.contacts = [carrier()];
    s.injects = [message('early', 5, 'Watch the package.')];
    const w = warningsOf(s);
    expect(w.keys).toContain('cue-before-seen /injects/0/text');
    expect(w.messages.join(' ')).toMatch(
      /fires at 0:05 and "package" names what it carries of contact "c1", which first shows at \d:\d\d/,
    );
  });

  it('says nothing when the message fires after the cue has shown', () => {
    const s = base();
    s.contacts = [carrier()];
    s.injects = [message('late', 360, 'Watch the package, and the red light.')];
    expect(warningsOf(s).keys.filter((k) => k.startsWith('cue-before-seen'))).toEqual([]);
  });

  it('checks probe choices too, and a cue that never shows', () => {
    const s = base();
    s.contacts = [edgeDrone()];
    (s.contacts[0] as { cues?: object }).cues = { markings: 'matt black body' };
    s.injects = [
      {
        id: 'p',
        type: 'probe',
        at: 240,
        question: 'What do you see?',
        choices: ['A matt black body', 'Nothing'],
        answer: 0,
        level: 1,
      },
    ];
    const w = warningsOf(s);
    expect(w.keys).toContain('cue-before-seen /injects/0/choices/0');
    expect(w.messages.join(' ')).toMatch(/which never shows in any playtest run/);
  });
});

describe('type-never-seen', () => {
  it('warns for a classify objective on a contact observable only at the edge of sight', () => {
    const s = base();
    s.contacts = [edgeDrone(), carrier()];
    s.objectives.push({
      id: 'tell',
      capability: 'classify',
      text: 'Classify both',
      rule: { type: 'classify', contacts: ['edge', 'c1'] },
    });
    expect(warningsOf(s).keys).toContain('type-never-seen /objectives/1/rule/contacts/0');
    expect(warningsOf(s).keys).not.toContain('type-never-seen /objectives/1/rule/contacts/1');
  });
});

describe('probe-contact-unseen', () => {
  it('warns when a computed probe asks about a contact nobody has observed yet', () => {
    const s = base();
    const late = { ...carrier(), path: carrier().path.map((w) => ({ ...w, at: w.at + 420 })) };
    s.contacts = [late];
    s.injects = [
      {
        id: 'p',
        type: 'probe',
        at: 240,
        question: 'Heading?',
        choices: ['N', 'S'],
        compute: { headingOf: 'c1' },
        level: 1,
      },
    ];
    expect(warningsOf(s).keys).toContain('probe-contact-unseen /injects/0/compute');
    s.contacts = [carrier()];
    expect(warningsOf(s).keys).not.toContain('probe-contact-unseen /injects/0/compute');
  });
});
