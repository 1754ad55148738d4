/** Finding a scenario for the CLI: a file path, or the id of a built-in scenario. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the built-in scenarios live. */
export const BUILT_IN_DIR = fileURLToPath(new URL('../../assets/scenarios/', import.meta.url));

/** The path for a SCENARIO argument: itself when it exists, else the built-in scenario with that id. */
export function resolveScenarioPath(arg: string): string {
  if (existsSync(arg)) return arg;
  const builtIn = `${BUILT_IN_DIR}${arg}.json`;
  return /^[a-z0-9][a-z0-9-]*$/.test(arg) && existsSync(builtIn) ? builtIn : arg;
}
