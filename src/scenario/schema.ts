/**
 * The zod schema of scenario format v1: the single source of truth for the file's shape,
 * its TypeScript types and the exported JSON Schema. Cross-reference rules live in crossref.ts.
 */
import { z } from 'zod';
import {
  MAX_ACTIONS,
  MAX_BRIEFING_ITEMS,
  MAX_CELL_ITEMS,
  MAX_CELLS_DISTANCE,
  MAX_CONTACTS,
  MAX_COUNT,
  MAX_FALSE_REPORTS,
  MAX_ID_LENGTH,
  MAX_INJECTS,
  MAX_OBJECTIVES,
  MAX_OFFSET_SEC,
  MAX_SECTORS,
  MAX_TEAM,
  MAX_TEXT_LENGTH,
  MAX_WAYPOINTS,
  MAX_WEIGHT,
} from './limits';
import {
  ACTIVITIES,
  AIR_TRUTHS,
  AIR_TYPES,
  ALTITUDES,
  ASSESSMENTS,
  CAPABILITIES,
  COMMS_CHANNELS,
  COMMS_STATUSES,
  DIFFICULTIES,
  DIRECTIONS,
  DOMAINS,
  EMISSION_STATES,
  GROUND_KINDS,
  GROUND_TRUTHS,
  LIGHT_MODES,
  LIGHTS,
  MESSAGE_CHANNELS,
  NOT_DONE_ACTIONS,
  PAYLOADS,
  PERIMETER_SIDES,
  POSTURES,
  REPORT_TYPES,
  SA_LEVELS,
  SIZES,
  SOUNDS,
  VISIBILITIES,
  WINDS,
} from './vocab';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const TIME_OFFSET_PATTERN = /^(\d+:)?[0-5]?\d:[0-5]\d$/;
export const CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const CELL_PATTERN = /^[A-Za-z][1-9]\d?$/;
export const RANGE_PATTERN = /^[A-Za-z][1-9]\d?:[A-Za-z][1-9]\d?$/;

const strict = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape);

export const idSchema = z
  .string()
  .max(MAX_ID_LENGTH, { error: `an id has at most ${MAX_ID_LENGTH} characters` })
  .regex(ID_PATTERN, {
    error: 'ids use lower-case letters, digits and "-", starting with a letter or digit (e.g. "c2")',
  });
const OFFSET_TOO_BIG = `a time offset is at most 12 hours (${MAX_OFFSET_SEC} seconds, "12:00:00")`;
/** Seconds of an "h:mm:ss" / "m:ss" text already matching TIME_OFFSET_PATTERN. */
const offsetTextSec = (text: string) => text.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
export const timeOffsetSchema = z
  .union(
    [
      z
        .number()
        .nonnegative({ error: 'a time offset cannot be negative' })
        .max(MAX_OFFSET_SEC, { error: OFFSET_TOO_BIG }),
      z
        .string()
        .regex(TIME_OFFSET_PATTERN, { error: 'write a time offset as seconds (150) or "m:ss" / "h:mm:ss" ("2:30")' })
        .check((ctx) => {
          if (TIME_OFFSET_PATTERN.test(ctx.value) && offsetTextSec(ctx.value) > MAX_OFFSET_SEC) {
            ctx.issues.push({
              code: 'too_big',
              origin: 'number',
              maximum: MAX_OFFSET_SEC,
              inclusive: true,
              input: ctx.value,
              message: OFFSET_TOO_BIG,
            });
          }
        }),
    ],
    { error: 'write a time offset as seconds (150) or "m:ss" / "h:mm:ss" ("2:30")' },
  )
  .describe('Seconds from scenario start: a number (150) or "m:ss" / "h:mm:ss" ("2:30").');
export const clockSchema = z
  .string()
  .regex(CLOCK_PATTERN, { error: 'write a clock time as "HH:MM", 24-hour (e.g. "05:40")' })
  .describe('Local time of day, "HH:MM".');
export const cellSchema = z
  .string()
  .regex(CELL_PATTERN, { error: 'write a cell as a column letter then a row number, e.g. "E5"' })
  .describe('A grid cell: column letter then row number, "A1" is top-left.');
export const CELL_OR_RANGE_PATTERN = /^[A-Za-z][1-9]\d?(:[A-Za-z][1-9]\d?)?$/;
const cellOrRangeSchema = z
  .string()
  .regex(CELL_OR_RANGE_PATTERN, { error: 'write a cell ("E5") or a range ("A1:L3")' });
export const cellsSchema = z
  .union([cellOrRangeSchema, z.array(cellOrRangeSchema).max(MAX_CELL_ITEMS)], {
    error: 'write a cell ("E5"), a range ("A1:L3"), or a list of them (["A1:L3", "E5"])',
  })
  .describe('A cell ("E5"), a range ("A1:L3"), or an array of both.');
const text = z.string().max(MAX_TEXT_LENGTH);
const SEED_RANGE = `a seed is a whole number from -${Number.MAX_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER}`;
/** A seed: a whole number that JavaScript counts exactly (a "safe integer"). */
export const seedSchema = z.number().int({ error: SEED_RANGE });
const saLevelSchema = z.literal(SA_LEVELS, { error: 'level is 1 (perception), 2 (comprehension) or 3 (projection)' });

export const conditionsSchema = strict({
  light: z.enum(LIGHTS).optional(),
  visibility: z.enum(VISIBILITIES).optional(),
  wind: z.enum(WINDS).optional(),
}).describe('Light, visibility and wind.');

export const mapSchema = strict({
  terrain: z
    .array(z.string().min(1, { error: 'a terrain row cannot be empty' }))
    .min(1, { error: 'the map needs at least one terrain row' })
    .max(26, { error: 'a map has at most 26 rows' })
    .describe(
      'One string per row, one character per cell: . open, = road, ~ water, # structure, * vegetation, ^ high ground, - border line.',
    ),
  perimeter: cellsSchema.optional().describe('The cells of the protected area.'),
});

export const postSchema = strict({
  cell: cellSchema,
  name: text,
  observeRange: z
    .number()
    .positive({ error: 'observeRange must be more than 0 cells' })
    .max(26, { error: 'observeRange is at most 26 cells (the widest map)' })
    .describe('Cells the trainee can see in clear daylight.'),
});

export const teamMemberSchema = strict({ id: idSchema, name: text, cell: cellSchema });

export const sectorSchema = strict({ id: idSchema, name: text, cells: cellsSchema });

export const authorizedFlightSchema = strict({
  callsign: text,
  sector: idSchema.optional(),
  from: clockSchema.optional(),
  to: clockSchema.optional(),
  description: text.optional(),
});

export const briefingSchema = strict({
  situation: text.optional(),
  mission: text.optional(),
  authorizedFlights: z.array(authorizedFlightSchema).max(MAX_BRIEFING_ITEMS).optional(),
  reporting: strict({ primary: text.optional(), alternate: text.optional(), format: text.optional() }).optional(),
  notes: z.array(text).max(MAX_BRIEFING_ITEMS).optional(),
  instructorNotes: text.optional(),
});

export const airCuesSchema = strict({
  type: z.enum(AIR_TYPES).optional(),
  size: z.enum(SIZES).optional(),
  count: z
    .number()
    .int()
    .min(1, { error: 'count is at least 1' })
    .max(MAX_COUNT, { error: `count is at most ${MAX_COUNT}` })
    .optional(),
  sound: z.enum(SOUNDS).optional(),
  lights: z.enum(LIGHT_MODES).optional(),
  lightColor: text.optional(),
  markings: text.optional(),
  carrying: z.boolean().optional(),
  altitude: z.enum(ALTITUDES).optional(),
});
export const groundCuesSchema = strict({
  kind: z.enum(GROUND_KINDS).optional(),
  markings: text.optional(),
  behavior: text.optional().describe('What the person or vehicle is doing: behaviour, never identity.'),
});

/** Cues of either domain in one object; crossref.ts checks that they fit the contact's domain. */
export const cuesSchema = strict({ ...airCuesSchema.shape, ...groundCuesSchema.shape }).describe(
  'Air: type, size, count, sound, lights, lightColor, markings, carrying, altitude. Ground: kind, markings, behavior.',
);

export const waypointSchema = strict({
  at: timeOffsetSchema,
  cell: cellSchema,
  activity: z.enum(ACTIVITIES).optional(),
});

export const contactSchema = strict({
  id: idSchema,
  domain: z.enum(DOMAINS),
  truth: z
    .enum([...new Set([...AIR_TRUTHS, ...GROUND_TRUTHS])] as [string, ...string[]])
    .describe('air: bird | authorized | hobbyist | suspicious | hazard; ground: routine | operator | suspicious'),
  cues: cuesSchema.optional(),
  path: z
    .array(waypointSchema)
    .min(1, { error: 'a contact needs at least one waypoint' })
    .max(MAX_WAYPOINTS, { error: `a contact has at most ${MAX_WAYPOINTS} waypoints` }),
  linger: z.boolean().optional().describe('Stay on the map after the last waypoint.'),
  start: idSchema.optional().describe('An inject id: the contact appears when it fires and its times count from then.'),
  operator: idSchema.optional().describe('Air only: the id of the ground contact controlling it.'),
  label: text.optional().describe('Facilitator-only name for the contact.'),
});

const contactWithinSchema = strict({
  contactWithin: strict({ contact: idSchema, cells: z.number().nonnegative().max(MAX_CELLS_DISTANCE) }),
});
const detectedSchema = strict({ detected: idSchema });
const reportedSchema = strict({ reported: idSchema });
const afterSchema = strict({ after: idSchema, delay: timeOffsetSchema.optional() });
const notDoneSchema = strict({
  notDone: strict({
    action: z.enum(NOT_DONE_ACTIONS),
    contact: idSchema.optional(),
    inject: idSchema.optional(),
    posture: z.enum(POSTURES).optional(),
  }),
  by: timeOffsetSchema,
});
export const whenSchema = z.union([contactWithinSchema, detectedSchema, reportedSchema, afterSchema, notDoneSchema], {
  error:
    'a "when" trigger is one of: {"contactWithin": …}, {"detected": …}, {"reported": …}, {"after": …}, {"notDone": …, "by": …}',
});

const injectCommon = {
  id: idSchema,
  at: timeOffsetSchema.optional(),
  when: whenSchema.optional(),
  expected: text.optional().describe('What the trainee should do (facilitator view and debrief).'),
  objectives: z.array(idSchema).max(MAX_OBJECTIVES).optional(),
  controllerNotes: text.optional(),
  optional: z.boolean().optional().describe('Fired by hand in facilitator view, never by itself.'),
};

export const computeSchema = z.union(
  [
    strict({ countInRange: z.enum([...DOMAINS, 'all']) }),
    strict({ sectorOf: idSchema }),
    strict({ headingOf: idSchema }),
    strict({ nearest: z.enum([...DOMAINS, 'all']) }),
  ],
  {
    error: '"compute" is one of: {"countInRange": "air"}, {"sectorOf": "c2"}, {"headingOf": "c2"}, {"nearest": "air"}',
  },
);

export const injectSchema = z.discriminatedUnion('type', [
  strict({
    ...injectCommon,
    type: z.literal('message'),
    from: text,
    text,
    channel: z.enum(MESSAGE_CHANNELS).optional(),
    requiresAck: z.boolean().optional(),
  }),
  strict({ ...injectCommon, type: z.literal('conditions'), conditions: conditionsSchema }),
  strict({
    ...injectCommon,
    type: z.literal('comms'),
    channel: z.enum(COMMS_CHANNELS),
    status: z.enum(COMMS_STATUSES),
  }),
  strict({
    ...injectCommon,
    type: z.literal('probe'),
    question: text,
    choices: z
      .array(text)
      .min(2, { error: 'a probe needs 2 to 8 choices' })
      .max(8, { error: 'a probe needs 2 to 8 choices (8 fits an 8-point compass)' }),
    answer: z.number().int().nonnegative().optional(),
    compute: computeSchema.optional(),
    level: saLevelSchema,
  }),
  strict({ ...injectCommon, type: z.literal('discussion'), question: text }),
  strict({ ...injectCommon, type: z.literal('end'), text: text.optional() }),
]);

const contactsSelector = z
  .union(
    [
      z.array(idSchema).min(1, { error: 'list at least one contact id' }).max(MAX_CONTACTS),
      z.enum(['air', 'ground', 'all']),
    ],
    {
      error: 'list contact ids (["c1", "c2"]) or write "air", "ground" or "all"',
    },
  )
  .describe('Contact ids, or "air" / "ground" / "all".');
const withinSec = timeOffsetSchema;

export const ruleSchema = z.discriminatedUnion('type', [
  strict({ type: z.literal('detect'), contacts: contactsSelector, withinSec: withinSec.optional() }),
  strict({ type: z.literal('classify'), contacts: contactsSelector }),
  strict({
    type: z.literal('report'),
    contacts: contactsSelector,
    withinSec: withinSec.optional(),
    minAccuracy: z.number().min(0).max(1).optional(),
  }),
  strict({
    type: z.literal('protect'),
    contact: idSchema,
    posture: z.enum(['alert', 'cover']),
    beforeWithinCells: z.number().nonnegative().max(MAX_CELLS_DISTANCE),
  }),
  strict({
    type: z.literal('emissions'),
    state: z.literal('off'),
    bySec: timeOffsetSchema.optional(),
    afterInject: idSchema.optional(),
    withinSec: withinSec.optional(),
  }),
  strict({ type: z.literal('alternateChannel'), afterInject: idSchema, withinSec: withinSec.optional() }),
  strict({
    type: z.literal('acknowledge'),
    injects: z.array(idSchema).min(1).max(MAX_INJECTS),
    withinSec: withinSec.optional(),
  }),
  strict({
    type: z.literal('probes'),
    minCorrect: z.number().min(0).max(1),
    level: saLevelSchema.optional(),
  }),
  strict({ type: z.literal('falseReports'), max: z.number().int().nonnegative().max(MAX_FALSE_REPORTS) }),
  strict({ type: z.literal('operator'), contacts: contactsSelector }),
  strict({
    type: z.literal('marks'),
    maxExtra: z.number().int().nonnegative().optional(),
  }).describe('Marking discipline: marks on empty ground and extra tracks on one contact cost points.'),
]);

export const objectiveSchema = strict({
  id: idSchema,
  capability: z.enum(CAPABILITIES),
  text: text.describe(
    'The objective in the instructor\'s words: facilitator view and debrief (and the trainee\'s, when "brief" is absent).',
  ),
  brief: text
    .optional()
    .describe(
      'What the trainee is shown before and during play: what to do, never what they will find. Defaults to "text".',
    ),
  rule: ruleSchema,
  weight: z.number().positive().max(MAX_WEIGHT).optional(),
});

export const scenarioSchema = strict({
  $schema: text.optional(),
  schemaVersion: z.literal(1, { error: 'schemaVersion must be 1' }),
  id: idSchema,
  title: text.min(1),
  summary: text.optional(),
  difficulty: z.enum(DIFFICULTIES).optional(),
  durationSec: timeOffsetSchema,
  seed: seedSchema.optional(),
  startClock: clockSchema.optional(),
  conditions: conditionsSchema.optional(),
  map: mapSchema,
  post: postSchema,
  team: z.array(teamMemberSchema).max(MAX_TEAM).optional(),
  sectors: z.array(sectorSchema).max(MAX_SECTORS).optional(),
  briefing: briefingSchema.optional(),
  contacts: z.array(contactSchema).max(MAX_CONTACTS).optional(),
  injects: z.array(injectSchema).max(MAX_INJECTS).optional(),
  objectives: z
    .array(objectiveSchema)
    .min(1, { error: 'a scenario needs at least one objective to score' })
    .max(MAX_OBJECTIVES),
  scoring: strict({ passMark: z.number().min(0).max(100).optional() }).optional(),
});

export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type ContactFile = z.infer<typeof contactSchema>;
export type InjectFile = z.infer<typeof injectSchema>;
export type ObjectiveFile = z.infer<typeof objectiveSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type When = z.infer<typeof whenSchema>;
export type Compute = z.infer<typeof computeSchema>;
export type Conditions = z.infer<typeof conditionsSchema>;

/** "unknown": the trainee did not observe this field (the same as leaving it out). */
const UNKNOWN = z.literal('unknown');
/** A report field's values, or "unknown". */
const orUnknown = <T extends z.ZodType>(schema: T) => z.union([schema, UNKNOWN]);

/**
 * The drone SALUTE report a trainee files; every field optional so an incomplete report can be scored,
 * and every field may say "unknown" (not observed), which is the same as leaving it out.
 */
export const reportSchema = strict({
  count: orUnknown(z.number().int().min(0).max(MAX_COUNT)).optional(),
  type: z.enum(REPORT_TYPES).optional(),
  size: orUnknown(z.enum(SIZES)).optional(),
  activity: orUnknown(z.enum(ACTIVITIES)).optional(),
  direction: orUnknown(z.enum(DIRECTIONS)).optional(),
  location: orUnknown(cellSchema).optional(),
  perimeter: orUnknown(z.enum(PERIMETER_SIDES)).optional(),
  operatorLocation: z
    .union([cellSchema, z.literal('not-seen'), UNKNOWN], {
      error: 'write the operator\'s cell ("B4"), "not-seen" or "unknown"',
    })
    .optional(),
  description: text.optional(),
  lights: orUnknown(z.enum(LIGHT_MODES)).optional(),
  lightColor: text.optional(),
  timeFirstSeen: orUnknown(clockSchema).optional(),
  timeLastSeen: orUnknown(clockSchema).optional(),
  payload: z.enum(PAYLOADS).optional(),
  assessment: orUnknown(z.enum(ASSESSMENTS)).optional(),
});
export type Report = z.infer<typeof reportSchema>;

const target = {
  contact: idSchema.optional(),
  track: z
    .string()
    .regex(/^T[1-9]\d*$/, { error: 'a track label is "T" and a number, e.g. "T2"' })
    .optional(),
  cell: cellSchema.optional(),
};
const at = { at: timeOffsetSchema };

/** One action of a run: what the trainee (or a script) did, and when. */
export const actionSchema = z.discriminatedUnion('type', [
  strict({ ...at, type: z.literal('emissions'), state: z.enum(EMISSION_STATES) }),
  strict({
    ...at,
    type: z.literal('focus'),
    sector: z.union([idSchema, z.null()], { error: 'write a sector id, or null to drop focus' }),
  }),
  strict({ ...at, type: z.literal('mark'), contact: idSchema.optional(), cell: cellSchema.optional() }),
  strict({ ...at, type: z.literal('classify'), ...target, as: z.enum(ASSESSMENTS) }),
  strict({ ...at, type: z.literal('report'), ...target, channel: z.enum(COMMS_CHANNELS), report: reportSchema }),
  strict({ ...at, type: z.literal('posture'), posture: z.enum(POSTURES) }),
  strict({ ...at, type: z.literal('ack'), inject: idSchema }),
  strict({ ...at, type: z.literal('answer'), probe: idSchema, choice: z.number().int().nonnegative().max(5) }),
  strict({ ...at, type: z.literal('discuss'), inject: idSchema, text }),
  strict({ ...at, type: z.literal('fire'), inject: idSchema }).describe('Facilitator fires an optional inject.'),
  strict({ ...at, type: z.literal('drop'), ...target }).describe(
    'The trainee drops a track: it stops following its contact, which can be marked again.',
  ),
]);
export type ActionFile = z.infer<typeof actionSchema>;

/** A recorded or scripted run: scenario id, seed and the actions. */
export const actionScriptSchema = strict({
  $schema: text.optional(),
  scenario: idSchema,
  scenarioHash: z.string().max(64).optional().describe('Hash of the scenario text the run was recorded against.'),
  seed: seedSchema.optional(),
  actions: z.array(actionSchema).max(MAX_ACTIONS),
  wallClock: strict({ startedMs: z.number(), actionsMs: z.array(z.number()).max(MAX_ACTIONS) })
    .optional()
    .describe(
      'Browser recordings: wall-clock epoch ms the run started and each action was applied. Replay ignores it.',
    ),
});
export type ActionScriptFile = z.infer<typeof actionScriptSchema>;
