/** The deterministic engine: the public API. */

export { DEGRADED_DELAY_MS } from './actions/tracks';
export { apply } from './apply';
export { CUE_TIERS } from './cues';
export { lineFactor, VEGETATION_FACTOR } from './los';
export { positionAt } from './motion';
export { observedReport } from './observed';
export {
  FOCUS_FACTOR,
  hearingRange,
  INDICATION_FACTOR,
  LIGHT_FACTOR,
  openSightRange,
  sightRange,
  VISIBILITY_FACTOR,
  WIND_FACTOR,
} from './perception';
export { defaultChannel, prefillReport } from './prefill';
export { GROUP_COUNT, GROUP_FACTOR, HIGH_GROUND_BONUS, SIZE_FACTOR, SOUND_RANGE } from './prepare';
export { nextRandom, seedState } from './prng';
export { COMPASS_NAMES } from './probes';
export { actionTimeMs, type ReplayWatch, replay } from './replay';
export { advance, advanceTo, init } from './run';
export { truthAssessment, truthReport } from './truth';
export * from './types';
export {
  type Sighting,
  type TrackSight,
  type TraineeView,
  traineeView,
  type ViewMessage,
  type ViewReport,
  type ViewTrack,
} from './view';
