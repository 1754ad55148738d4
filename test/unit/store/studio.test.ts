import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { initialSession, session } from '../../../src/store/session';
import {
  backToStudio,
  closeStudio,
  fromStudio,
  keepStudioDocument,
  openStudio,
  playFromStudio,
  studioDocument,
} from '../../../src/store/studio';

const text = readFileSync('assets/scenarios/first-watch.json', 'utf8');
const doc = {
  text,
  name: 'dawn.json',
  origin: { kind: 'new' as const, name: 'empty 12×8' },
  draftId: null,
  handle: null,
};

beforeEach(() => {
  session.setState(initialSession());
  closeStudio();
});

describe('the studio in the session', () => {
  test('opens on a document and keeps what it is told', () => {
    openStudio(doc);
    expect(session.getState().screen).toBe('studio');
    keepStudioDocument({ draftId: 'd1', text: `${text}\n` });
    expect(studioDocument()).toMatchObject({ name: 'dawn.json', draftId: 'd1', text: `${text}\n` });
    closeStudio();
    expect(studioDocument()).toBeNull();
    expect(session.getState().screen).toBe('library');
  });

  test('plays the text as a file, with or without ground truth, and comes back', () => {
    openStudio(doc);
    playFromStudio('dawn.json', text, true);
    expect(session.getState()).toMatchObject({ screen: 'briefing', facilitator: true });
    expect(session.getState().current?.source).toEqual({ kind: 'file', name: 'dawn.json', text });
    expect(fromStudio()).toBe(true);
    backToStudio();
    expect(session.getState().screen).toBe('studio');
    playFromStudio('dawn.json', text, false);
    expect(session.getState().facilitator).toBe(false);
  });

  test('a text with errors stays in the studio with its problems', () => {
    openStudio(doc);
    playFromStudio('dawn.json', text.replace('"F7"', '"F0"'), false);
    expect(session.getState().screen).toBe('studio');
    expect(session.getState().fileProblems?.lines[0]).toMatch(/^dawn\.json:\d+:\d+ \/post\/cell/);
  });

  test('a file not opened from the studio is not offered "Back to the studio"', () => {
    openStudio(doc);
    playFromStudio('other.json', text, false);
    expect(fromStudio()).toBe(false);
  });
});
