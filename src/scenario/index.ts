/** The scenario layer's public API: parsing, validation, normalization, hashing, JSON Schema export. */

export { parseActionScript } from './actionScript';
export { DEFAULTS, MESSAGE_DEFAULTS, RULE_DEFAULTS } from './defaults';
export { type Finding, type Path, toPointer, warning } from './finding';
export { knownFiringTimes, PROBE_GAP_MS, type TimedInject } from './firing-times';
export { cellName, cellOf, cellsApart, compassOf, compassSteps, distance, expandRef, parseCell } from './grid';
export { canonicalJson, fnv1a64, hashScenario } from './hash';
export { readJsonc, stripBom } from './jsonc';
export { actionScriptJsonSchema, scenarioJsonSchema } from './jsonSchema';
export { locator } from './locate';
export { CURRENT_SCHEMA_VERSION, migrate } from './migrate';
export type * from './model';
export { normalize } from './normalize';
export { byPosition, checkScenario, parseScenario, type ScenarioCheck } from './parse';
export { formatProblem, type Problem, type Result } from './result';
export * from './schema';
export { cueTelltales, type NamedCue, type Telltale, type TelltaleContact, telltales } from './telltales';
export * from './time';
export { localizeScenario } from './translations';
export * from './vocab';
