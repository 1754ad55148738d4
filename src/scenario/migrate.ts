/** Schema versions: every file is brought up to the current version before it is validated. */
import { t } from '../i18n';
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
        t('scenario:migrate.notAnObject', { version: CURRENT_SCHEMA_VERSION, found: describeValue(value) }),
      ),
    );
  }
  const version = value.schemaVersion;
  if (version === undefined) {
    return fail(
      error(
        'missing-version',
        ['schemaVersion'],
        t('scenario:migrate.missingVersion', { version: CURRENT_SCHEMA_VERSION }),
      ),
    );
  }
  const step = typeof version === 'number' ? UPGRADES.get(version) : undefined;
  if (!step) return fail(error('unsupported-version', ['schemaVersion'], versionMessage(version)));
  return { ok: true, value: { ...step(value), schemaVersion: CURRENT_SCHEMA_VERSION } };
}

function versionMessage(version: unknown): string {
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_SCHEMA_VERSION) {
    return t('scenario:migrate.newer', { found: String(version), version: CURRENT_SCHEMA_VERSION });
  }
  return t('scenario:migrate.unknown', { found: describeValue(version), version: CURRENT_SCHEMA_VERSION });
}

function fail(finding: Finding): Result<Record<string, unknown>, Finding[]> {
  return { ok: false, error: [finding] };
}
