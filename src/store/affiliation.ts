/** Classification → simplified affiliation frame and colours, in the standard and colour-blind palettes. */
import type { Assessment } from '../scenario/vocab';

export const AFFILIATIONS = ['pending', 'unknown', 'friendly', 'neutral', 'suspect', 'hostile'] as const;
export type Affiliation = (typeof AFFILIATIONS)[number];
export type Palette = 'standard' | 'colorblind';

/** Frame shape per affiliation: colour is never the only difference. */
export const FRAME: Record<Affiliation, { shape: 'circle' | 'rect' | 'square' | 'diamond'; dashed: boolean }> = {
  pending: { shape: 'circle', dashed: true },
  unknown: { shape: 'circle', dashed: false },
  friendly: { shape: 'rect', dashed: false },
  neutral: { shape: 'square', dashed: false },
  suspect: { shape: 'diamond', dashed: true },
  hostile: { shape: 'diamond', dashed: false },
};

const COLOURS: Record<Palette, Record<Affiliation, number>> = {
  standard: {
    pending: 0xf4e27a,
    unknown: 0xf4e27a,
    friendly: 0x7fd3ff,
    neutral: 0x9be39b,
    suspect: 0xffb35c,
    hostile: 0xff6b6b,
  },
  colorblind: {
    pending: 0xf0e442,
    unknown: 0xf0e442,
    friendly: 0x56b4e9,
    neutral: 0x009e73,
    suspect: 0xe69f00,
    hostile: 0xcc79a7,
  },
};

const OF: Record<Assessment, Affiliation> = {
  bird: 'neutral',
  authorized: 'friendly',
  'unknown-uas': 'unknown',
  'suspicious-uas': 'suspect',
  hazard: 'hostile',
  routine: 'neutral',
  'possible-operator': 'suspect',
  'suspicious-activity': 'suspect',
};

/** Short code printed under a counter, so the frame is readable without colour. */
export const CODE: Record<Affiliation, string> = {
  pending: '',
  unknown: 'UNK',
  friendly: 'FRD',
  neutral: 'NEU',
  suspect: 'SUS',
  hostile: 'HOS',
};

/** Plain-language names of the classification choices. */
export const ASSESSMENT_NAME: Record<Assessment, string> = {
  bird: 'Bird',
  authorized: 'Authorized flight',
  'unknown-uas': 'Unknown drone (UAS)',
  'suspicious-uas': 'Suspicious drone (UAS)',
  hazard: 'Hazard',
  routine: 'Routine activity',
  'possible-operator': 'Possible drone operator',
  'suspicious-activity': 'Suspicious activity',
};

/** The affiliation frame a track's classification puts it in (pending when unclassified). */
export function affiliationOf(classification: Assessment | null): Affiliation {
  return classification ? OF[classification] : 'pending';
}

/** The colour of an affiliation in a palette, as 0xRRGGBB. */
export function colourOf(affiliation: Affiliation, palette: Palette): number {
  return COLOURS[palette][affiliation];
}
