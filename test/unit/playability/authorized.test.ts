/** authorized-not-briefed: an authorized flight the briefing does not cover where and when it is seen. */
import { describe, expect, it } from 'vitest';
import { base, warningsOf } from './helpers';

const survey = {
  id: 'survey',
  domain: 'air',
  truth: 'authorized',
  cues: { type: 'fixed-wing', size: 'medium' },
  path: [
    { at: 60, cell: 'A5', activity: 'transiting' },
    { at: 240, cell: 'L5' },
  ],
};

const flight = (extra: object) => ({ callsign: 'SURVEY-1', ...extra });

describe('authorized-not-briefed', () => {
  it('warns when the briefing lists no authorized flight', () => {
    const s = base();
    s.contacts = [survey];
    const w = warningsOf(s);
    expect(w.keys).toEqual(['authorized-not-briefed /contacts/0/truth']);
    expect(w.messages[0]).toMatch(/authorized flight "survey" is seen from 06:0\d in sector "south"/);
  });

  it('warns when the only entry is for another sector', () => {
    const s = { ...base(), briefing: { authorizedFlights: [flight({ sector: 'north' })] } };
    s.contacts = [survey];
    expect(warningsOf(s).keys).toEqual(['authorized-not-briefed /contacts/0/truth']);
  });

  it('warns when the only entry is for another time', () => {
    const s = { ...base(), briefing: { authorizedFlights: [flight({ from: '07:00', to: '08:00' })] } };
    s.contacts = [survey];
    expect(warningsOf(s).keys).toEqual(['authorized-not-briefed /contacts/0/truth']);
  });

  it('is quiet when an entry matches sector and time, or names neither', () => {
    for (const entry of [flight({ sector: 'south', from: '06:00', to: '06:10' }), flight({})]) {
      const s = { ...base(), briefing: { authorizedFlights: [entry] } };
      s.contacts = [survey];
      expect(warningsOf(s).keys).toEqual([]);
    }
  });
});
