/** Classification → simplified affiliation frame and colours, in the standard and colour-blind palettes. */
import { t } from '../i18n';
import { ASSESSMENT_LABEL } from '../scenario/labels';
import type { Assessment } from '../scenario/vocab';

export const AFFILIATIONS = ['pending', 'unknown', 'friendly', 'neutral', 'suspect', 'hostile'] as const;
export type Affiliation = (typeof AFFILIATIONS)[number];
export type Palette = 'standard' | 'colorblind';

/** Counter shape per affiliation, hollow for the uncertain ones: colour is never the only difference. */
export const FRAME: Record<Affiliation, { shape: 'circle' | 'rect' | 'square' | 'diamond'; hollow: boolean }> = {
  pending: { shape: 'circle', hollow: true },
  unknown: { shape: 'circle', hollow: false },
  friendly: { shape: 'rect', hollow: false },
  neutral: { shape: 'square', hollow: false },
  suspect: { shape: 'diamond', hollow: true },
  hostile: { shape: 'diamond', hollow: false },
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

/** Plain-language names of the classification choices. */
export const ASSESSMENT_NAME: Record<Assessment, string> = ASSESSMENT_LABEL;

/** The affiliation frame a track's classification puts it in (pending when unclassified). */
export function affiliationOf(classification: Assessment | null): Affiliation {
  return classification ? OF[classification] : 'pending';
}

/** The outline of an affiliation counter of radius r centred on (x, y), shrunk by `inset` pixels all round. */
export function framePoints(aff: Affiliation, x: number, y: number, r: number, inset = 0): { x: number; y: number }[] {
  const shape = FRAME[aff].shape;
  if (shape === 'diamond') {
    const d = r * 1.25 - inset * Math.SQRT2;
    return [
      { x, y: y - d },
      { x: x + d, y },
      { x, y: y + d },
      { x: x - d, y },
    ];
  }
  if (shape === 'rect' || shape === 'square') {
    const w = (shape === 'rect' ? r * 1.4 : r * 0.95) - inset;
    const hgt = (shape === 'rect' ? r * 0.85 : r * 0.95) - inset;
    return [
      { x: x - w, y: y - hgt },
      { x: x + w, y: y - hgt },
      { x: x + w, y: y + hgt },
      { x: x - w, y: y + hgt },
    ];
  }
  return Array.from({ length: 16 }, (_, i) => {
    const a = (i / 16) * Math.PI * 2;
    return { x: x + Math.cos(a) * (r - inset), y: y + Math.sin(a) * (r - inset) };
  });
}

/** What an affiliation's counter stands for, in the classification names the trainee picks from. */
export function affiliationMeaning(aff: Affiliation): string {
  if (aff === 'pending') return t('app:store.pending');
  const names = (Object.keys(ASSESSMENT_NAME) as Assessment[])
    .filter((a) => affiliationOf(a) === aff)
    .map((a) => ASSESSMENT_NAME[a]);
  return names.join(', ');
}

/** The colour of an affiliation in a palette, as 0xRRGGBB. */
export function colourOf(affiliation: Affiliation, palette: Palette): number {
  return COLOURS[palette][affiliation];
}
