/**
 * `npm run schema`: writes the JSON Schemas generated from the zod schema to assets/schema/.
 * `npm run schema -- --check` only reports whether the committed files are up to date. `--lang en|es` as the other tools.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { t } from '../i18n';
import { actionScriptJsonSchema, scenarioJsonSchema } from '../scenario/index';
import { isMain } from './io';
import { runInLanguage } from './language';

/** Where the schemas are written. */
const SCHEMA_DIR = fileURLToPath(new URL('../../assets/schema/', import.meta.url));

/** Each schema file's name and its exact text (pretty-printed, stable, ending in a newline). */
export function schemaFiles(): { name: string; text: string }[] {
  return [
    { name: 'scenario.schema.json', text: `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n` },
    { name: 'action-script.schema.json', text: `${JSON.stringify(actionScriptJsonSchema(), null, 2)}\n` },
  ];
}

function committed(name: string): string | null {
  try {
    return readFileSync(`${SCHEMA_DIR}${name}`, 'utf8');
  } catch {
    return null;
  }
}

/** The command: writes (or with --check, compares) the files; returns the exit code. */
export function main(args: readonly string[]): number {
  const check = args.includes('--check');
  let stale = 0;
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const { name, text } of schemaFiles()) {
    const same = committed(name) === text;
    if (check) {
      if (!same) stale++;
      process.stdout.write(`assets/schema/${name}: ${same ? t('cli:schema.upToDate') : t('cli:schema.stale')}\n`);
    } else {
      if (!same) writeFileSync(`${SCHEMA_DIR}${name}`, text);
      process.stdout.write(`assets/schema/${name}: ${same ? t('cli:schema.unchanged') : t('cli:schema.written')}\n`);
    }
  }
  return stale === 0 ? 0 : 1;
}

/** The usage text, in the current language. */
export function usage(): string {
  return `${t('cli:schema.usage')}\n${t('cli:usageLang')}`;
}

if (isMain(import.meta.url)) process.exitCode = await runInLanguage(process.argv.slice(2), process.env, main, usage);
