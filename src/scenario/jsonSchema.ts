/** JSON Schema export of the scenario and action-script formats, generated from the zod schema. */
import { z } from 'zod';
import { forEditors } from './editorSchema';
import { actionScriptSchema, scenarioSchema } from './schema';

/** Draft-07: the dialect editors (VS Code, JetBrains) support most fully. */
const TARGET = 'draft-07';
/**
 * VS Code's JSON service (and every editor using it) then accepts what Skywatch's reader accepts
 * (src/scenario/jsonc.ts): comments and trailing commas, in .json files too.
 */
const JSONC = { allowComments: true, allowTrailingCommas: true };

function exportSchema(schema: z.ZodType, id: string, title: string, description: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input', target: TARGET }) as Record<string, unknown>;
  forEditors(rest);
  return { $schema, $id: id, title, description, ...JSONC, ...rest };
}

/** The JSON Schema of scenario files (format v1), for editor completion and checks. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return exportSchema(
    scenarioSchema,
    'https://skywatch.invalid/schema/scenario.schema.json',
    'Skywatch scenario',
    'A Skywatch training scenario (format v1). Generated from src/scenario/schema.ts by `npm run schema`; cross-reference rules are checked by `npm run validate`.',
  );
}

/** The JSON Schema of action scripts (recorded or scripted runs). */
export function actionScriptJsonSchema(): Record<string, unknown> {
  return exportSchema(
    actionScriptSchema,
    'https://skywatch.invalid/schema/action-script.schema.json',
    'Skywatch action script',
    'A recorded or scripted Skywatch run: scenario id, seed and actions. Generated from src/scenario/schema.ts by `npm run schema`.',
  );
}
