/**
 * Plain words for the format's vocabulary codes and report field names: what trainees read instead of the codes,
 * in the current language (each label is read when it is used, so a change of language shows at once).
 */
import { t } from '../i18n';
import type { Report } from './schema';
import type { AirTruth, Assessment, Domain, GroundTruth } from './vocab';

/** The classification choices as the trainee picks them. */
export const ASSESSMENT_LABEL: Record<Assessment, string> = {
  get bird() {
    return t('scenario:labels.assessment.bird');
  },
  get authorized() {
    return t('scenario:labels.assessment.authorized');
  },
  get 'unknown-uas'() {
    return t('scenario:labels.assessment.unknown-uas');
  },
  get 'suspicious-uas'() {
    return t('scenario:labels.assessment.suspicious-uas');
  },
  get hazard() {
    return t('scenario:labels.assessment.hazard');
  },
  get routine() {
    return t('scenario:labels.assessment.routine');
  },
  get 'possible-operator'() {
    return t('scenario:labels.assessment.possible-operator');
  },
  get 'suspicious-activity'() {
    return t('scenario:labels.assessment.suspicious-activity');
  },
};

/** The report's fields by name. */
export const FIELD_LABEL: Record<keyof Report, string> = {
  get count() {
    return t('scenario:labels.field.count');
  },
  get type() {
    return t('scenario:labels.field.type');
  },
  get size() {
    return t('scenario:labels.field.size');
  },
  get activity() {
    return t('scenario:labels.field.activity');
  },
  get direction() {
    return t('scenario:labels.field.direction');
  },
  get location() {
    return t('scenario:labels.field.location');
  },
  get perimeter() {
    return t('scenario:labels.field.perimeter');
  },
  get operatorLocation() {
    return t('scenario:labels.field.operatorLocation');
  },
  get description() {
    return t('scenario:labels.field.description');
  },
  get lights() {
    return t('scenario:labels.field.lights');
  },
  get lightColor() {
    return t('scenario:labels.field.lightColor');
  },
  get timeFirstSeen() {
    return t('scenario:labels.field.timeFirstSeen');
  },
  get timeLastSeen() {
    return t('scenario:labels.field.timeLastSeen');
  },
  get payload() {
    return t('scenario:labels.field.payload');
  },
  get assessment() {
    return t('scenario:labels.field.assessment');
  },
};

const DIRECTION_LABEL: Record<string, string> = {
  get N() {
    return t('scenario:labels.direction.N');
  },
  get NE() {
    return t('scenario:labels.direction.NE');
  },
  get E() {
    return t('scenario:labels.direction.E');
  },
  get SE() {
    return t('scenario:labels.direction.SE');
  },
  get S() {
    return t('scenario:labels.direction.S');
  },
  get SW() {
    return t('scenario:labels.direction.SW');
  },
  get W() {
    return t('scenario:labels.direction.W');
  },
  get NW() {
    return t('scenario:labels.direction.NW');
  },
  get stationary() {
    return t('scenario:labels.direction.stationary');
  },
};

const PERIMETER_LABEL: Record<string, string> = {
  get inside() {
    return t('scenario:labels.perimeter.inside');
  },
  get outside() {
    return t('scenario:labels.perimeter.outside');
  },
};

const VALUE_LABEL: Record<string, string> = {
  get multirotor() {
    return t('scenario:labels.value.multirotor');
  },
  get 'fixed-wing'() {
    return t('scenario:labels.value.fixed-wing');
  },
  get unknown() {
    return t('scenario:labels.value.unknown');
  },
  get small() {
    return t('scenario:labels.value.small');
  },
  get medium() {
    return t('scenario:labels.value.medium');
  },
  get large() {
    return t('scenario:labels.value.large');
  },
  get hovering() {
    return t('scenario:labels.value.hovering');
  },
  get loitering() {
    return t('scenario:labels.value.loitering');
  },
  get circling() {
    return t('scenario:labels.value.circling');
  },
  get transiting() {
    return t('scenario:labels.value.transiting');
  },
  get approaching() {
    return t('scenario:labels.value.approaching');
  },
  get departing() {
    return t('scenario:labels.value.departing');
  },
  get none() {
    return t('scenario:labels.value.none');
  },
  get steady() {
    return t('scenario:labels.value.steady');
  },
  get flashing() {
    return t('scenario:labels.value.flashing');
  },
  get 'none-seen'() {
    return t('scenario:labels.value.none-seen');
  },
  get 'object-attached'() {
    return t('scenario:labels.value.object-attached');
  },
  get 'not-seen'() {
    return t('scenario:labels.value.not-seen');
  },
};

function sentence(code: string): string {
  const known = Object.hasOwn(VALUE_LABEL, code) ? VALUE_LABEL[code] : undefined;
  if (known !== undefined) return known;
  const words = code === 'fixed-wing' ? code : code.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A report field's value as the trainee reads it (the option text of the form's choices). */
export function valueLabel(field: keyof Report, value: string): string {
  if (field === 'assessment' && Object.hasOwn(ASSESSMENT_LABEL, value)) return ASSESSMENT_LABEL[value as Assessment];
  if (field === 'direction' && Object.hasOwn(DIRECTION_LABEL, value)) return DIRECTION_LABEL[value];
  if (field === 'perimeter' && Object.hasOwn(PERIMETER_LABEL, value)) return PERIMETER_LABEL[value];
  return sentence(value);
}

const AIR_TRUTH_LABEL: Record<AirTruth, string> = {
  get bird() {
    return t('scenario:labels.airTruth.bird');
  },
  get authorized() {
    return t('scenario:labels.airTruth.authorized');
  },
  get hobbyist() {
    return t('scenario:labels.airTruth.hobbyist');
  },
  get suspicious() {
    return t('scenario:labels.airTruth.suspicious');
  },
  get hazard() {
    return t('scenario:labels.airTruth.hazard');
  },
};
const GROUND_TRUTH_LABEL: Record<GroundTruth, string> = {
  get routine() {
    return t('scenario:labels.groundTruth.routine');
  },
  get operator() {
    return t('scenario:labels.groundTruth.operator');
  },
  get suspicious() {
    return t('scenario:labels.groundTruth.suspicious');
  },
};

/** What a contact really is, in plain words. */
export function truthLabel(domain: Domain, truth: AirTruth | GroundTruth): string {
  const labels: Record<string, string> = domain === 'air' ? AIR_TRUTH_LABEL : GROUND_TRUTH_LABEL;
  return Object.hasOwn(labels, truth) ? labels[truth] : sentence(truth);
}

const IN_TEXT: Record<string, string> = {
  get 'suspicious-uas'() {
    return t('scenario:labels.inText.suspicious-uas');
  },
  get 'unknown-uas'() {
    return t('scenario:labels.inText.unknown-uas');
  },
  get 'possible-operator'() {
    return t('scenario:labels.inText.possible-operator');
  },
  get 'suspicious-activity'() {
    return t('scenario:labels.inText.suspicious-activity');
  },
  get 'none-seen'() {
    return t('scenario:labels.inText.none-seen');
  },
  get 'not-seen'() {
    return t('scenario:labels.inText.not-seen');
  },
  get 'object-attached'() {
    return t('scenario:labels.inText.object-attached');
  },
  get operatorLocation() {
    return t('scenario:labels.inText.operatorLocation');
  },
  get timeFirstSeen() {
    return t('scenario:labels.inText.timeFirstSeen');
  },
  get timeLastSeen() {
    return t('scenario:labels.inText.timeLastSeen');
  },
  get lightColor() {
    return t('scenario:labels.inText.lightColor');
  },
};
const CODES = new RegExp(`\\b(${Object.keys(IN_TEXT).join('|')})\\b`, 'g');

/** A sentence with every vocabulary code and report field name in it replaced by plain words. */
export function plainWords(text: string): string {
  return text.replace(CODES, (code) => IN_TEXT[code] ?? code);
}
