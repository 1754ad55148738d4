/** Scoring: score cards from runs, report accuracy, and the built-in policies. */
export { type Accuracy, REPORT_FIELDS, type ReportField, reportAccuracy } from './accuracy';
export { POLICIES, POLICY_NAMES, type Policy, type PolicyName, type PolicyRun, runPolicy } from './policies';
export { ratingFor } from './rating';
export { score, scoreRun } from './score';
export type * from './types';
