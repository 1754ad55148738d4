/** Schema versions: every file is brought up to the current version before it is validated. */
import { describeValue, isObject } from './describe';
import { error, type Finding } from './finding';
import type { Result } from './result';

/** The schema version this build reads and writes. */
export const CURRENT_SCHEMA_VERSION = 1;

type Step = (file: Record<string, unknown>) => Record<string, unknown>;

/**
 * For each version this build can read, the step that turns such a file into the current
 * version's shape. A new version adds its own entry (identity) and rewrites the older steps
 * to end at it, so every file that ever loaded keeps loading.
 */
const UPGRADES: ReadonlyMap<number, Step> = new Map<number, Step>([[1, (file) => file]]);

/** The file upgraded to the current schema version, or why it cannot be. */
export function migrate(value: unknown): Result<Record<string, unknown>, Finding[]> {
  if (!isObject(value)) {
    return fail(
      error(
        'not-an-object',
        [],
        `a scenario file is one JSON object { "schemaVersion": ${CURRENT_SCHEMA_VERSION}, … } (found ${describeValue(value)})`,
      ),
    );
  }
  const version = value.schemaVersion;
  if (version === undefined) {
    return fail(
      error(
        'missing-version',
        ['schemaVersion'],
        `missing required field "schemaVersion" — add "schemaVersion": ${CURRENT_SCHEMA_VERSION} at the top of the file`,
      ),
    );
  }
  const step = typeof version === 'number' ? UPGRADES.get(version) : undefined;
  if (!step) return fail(error('unsupported-version', ['schemaVersion'], versionMessage(version)));
  return { ok: true, value: { ...step(value), schemaVersion: CURRENT_SCHEMA_VERSION } };
}

function versionMessage(version: unknown): string {
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_SCHEMA_VERSION) {
    return `schemaVersion ${version} is newer than this version of Skywatch reads (${CURRENT_SCHEMA_VERSION}) — update Skywatch, or write the scenario for schemaVersion ${CURRENT_SCHEMA_VERSION}`;
  }
  return `unknown schemaVersion ${describeValue(version)} — write "schemaVersion": ${CURRENT_SCHEMA_VERSION} (the number, without quotes)`;
}

function fail(finding: Finding): Result<Record<string, unknown>, Finding[]> {
  return { ok: false, error: [finding] };
}
