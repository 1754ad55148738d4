/** xAPI statements for a run (cmi5 order), built without a clock or randomness. */
export { isoDuration, isoUtc, uuidFrom } from './ids';
export { activityId, buildStatements, registrationOf, VERBS, type VerbName, type XapiRun } from './statements';
