/** Every default the scenario format leaves open; docs/authoring.md lists each one. */
import type { AirCues, GroundCues, Scenario } from './model';
import type { Activity } from './vocab';

/** Scenario-wide defaults, and contact cues left out. */
export const DEFAULTS = {
  startClock: '12:00',
  conditions: { light: 'day', visibility: 'clear', wind: 'calm' },
  seed: 1,
  difficulty: 'basic',
  passMark: 70,
  weight: 1,
  firstActivity: 'transiting',
  airCues: {
    type: 'multirotor',
    size: 'small',
    count: 1,
    sound: 'none',
    lights: 'none',
    lightColor: '',
    markings: '',
    carrying: false,
    altitude: 'low',
  },
  groundCues: { kind: 'person', markings: '', behavior: '' },
} as const satisfies {
  conditions: Scenario['conditions'];
  airCues: AirCues;
  groundCues: GroundCues;
  firstActivity: Activity;
  [k: string]: unknown;
};

/** Rule windows (seconds) and thresholds used when a rule leaves them out. */
export const RULE_DEFAULTS = {
  detectWithinSec: 60,
  reportWithinSec: 120,
  reportMinAccuracy: 0.7,
  acknowledgeWithinSec: 60,
  alternateChannelWithinSec: 120,
  emissionsWithinSec: 60,
} as const;

/** Message inject defaults. */
export const MESSAGE_DEFAULTS = { channel: 'radio', requiresAck: false } as const;
