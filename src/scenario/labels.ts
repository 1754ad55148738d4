/** Plain words for the format's vocabulary codes and report field names: what trainees read instead of the codes. */
import type { Report } from './schema';
import type { AirTruth, Assessment, Domain, GroundTruth } from './vocab';

/** The classification choices as the trainee picks them. */
export const ASSESSMENT_LABEL: Record<Assessment, string> = {
  bird: 'Bird',
  authorized: 'Authorized flight',
  'unknown-uas': 'Unknown drone',
  'suspicious-uas': 'Suspicious drone',
  hazard: 'Hazard (drone carrying an object)',
  routine: 'Routine activity',
  'possible-operator': 'Possible drone operator',
  'suspicious-activity': 'Suspicious activity',
};

/** The report's fields by name. */
export const FIELD_LABEL: Record<keyof Report, string> = {
  count: 'How many',
  type: 'Type',
  size: 'Size',
  activity: 'Activity',
  direction: 'Direction of travel',
  location: 'Location',
  perimeter: 'Perimeter',
  operatorLocation: 'Operator location',
  description: 'Description (markings)',
  lights: 'Lights',
  lightColor: 'Light colour',
  timeFirstSeen: 'Time first seen',
  timeLastSeen: 'Time last seen',
  payload: 'Payload',
  assessment: 'Assessment',
};

const DIRECTION_LABEL: Record<string, string> = {
  N: 'North',
  NE: 'North-east',
  E: 'East',
  SE: 'South-east',
  S: 'South',
  SW: 'South-west',
  W: 'West',
  NW: 'North-west',
  stationary: 'Stationary',
};

const PERIMETER_LABEL: Record<string, string> = { inside: 'Inside', outside: 'Outside' };

function sentence(code: string): string {
  const words = code === 'fixed-wing' ? code : code.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A report field's value as the trainee reads it (the option text of the form's choices). */
export function valueLabel(field: keyof Report, value: string): string {
  if (field === 'assessment') return ASSESSMENT_LABEL[value as Assessment] ?? sentence(value);
  if (field === 'direction') return DIRECTION_LABEL[value] ?? sentence(value);
  if (field === 'perimeter') return PERIMETER_LABEL[value] ?? sentence(value);
  return sentence(value);
}

const AIR_TRUTH_LABEL: Record<AirTruth, string> = {
  bird: 'Bird',
  authorized: 'Authorized flight',
  hobbyist: 'Hobbyist drone',
  suspicious: 'Suspicious drone',
  hazard: 'Hazard (drone carrying an object)',
};
const GROUND_TRUTH_LABEL: Record<GroundTruth, string> = {
  routine: 'Routine activity',
  operator: 'Drone operator',
  suspicious: 'Suspicious activity',
};

/** What a contact really is, in plain words. */
export function truthLabel(domain: Domain, truth: AirTruth | GroundTruth): string {
  const label = domain === 'air' ? AIR_TRUTH_LABEL[truth as AirTruth] : GROUND_TRUTH_LABEL[truth as GroundTruth];
  return label ?? sentence(truth);
}

const IN_TEXT: Record<string, string> = {
  'suspicious-uas': 'suspicious drone',
  'unknown-uas': 'unknown drone',
  'possible-operator': 'possible drone operator',
  'suspicious-activity': 'suspicious activity',
  'none-seen': 'none seen',
  'not-seen': 'not seen',
  'object-attached': 'object attached',
  operatorLocation: 'operator location',
  timeFirstSeen: 'time first seen',
  timeLastSeen: 'time last seen',
  lightColor: 'light colour',
};
const CODES = new RegExp(`\\b(${Object.keys(IN_TEXT).join('|')})\\b`, 'g');

/** A sentence with every vocabulary code and report field name in it replaced by plain words. */
export function plainWords(text: string): string {
  return text.replace(CODES, (code) => IN_TEXT[code] ?? code);
}
