/** Hand-made trainee views and briefs for the policy unit tests. */
import type { TraineeView, ViewTrack } from '../../../src/engine';
import type { TraineeBrief } from '../../../src/scoring/policies';
import { traineeBrief } from '../../../src/scoring/policies';
import { builtIn } from './builtins';

/** A track with no cues, lost, on D4. */
export const track = (over: Partial<ViewTrack>): ViewTrack => ({
  label: 'T1',
  createdMs: 60_000,
  firstSeenMs: 45_000,
  x: 3,
  y: 3,
  cell: 'D4',
  sight: 'in-sight',
  indicationCell: null,
  lastSeenMs: 150_000,
  classification: null,
  cues: {},
  ...over,
});

/** A quiet view at `t` with these tracks. */
export const view = (tracks: ViewTrack[], over: Partial<TraineeView> = {}): TraineeView => ({
  t: 200_000,
  ended: false,
  frozenProbe: null,
  conditions: { light: 'day', visibility: 'clear', wind: 'calm' },
  comms: { primary: 'up', alternate: 'up' },
  posture: 'normal',
  emissions: 'on',
  focus: null,
  tracks,
  sightings: [],
  messages: [],
  pendingAcks: [],
  openDiscussions: [],
  reports: [],
  ...over,
});

/** The trainee's brief of a built-in scenario. */
export const briefOf = (id: string): TraineeBrief => traineeBrief(builtIn(id));
