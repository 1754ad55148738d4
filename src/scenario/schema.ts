/**
 * The zod schema of scenario format v1: the single source of truth for the file's shape,
 * its TypeScript types and the exported JSON Schema. Cross-reference rules live in crossref.ts.
 */
import { z } from 'zod';
import { t } from '../i18n';
import { DEFAULTS, MESSAGE_DEFAULTS, RULE_DEFAULTS } from './defaults';
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
  MAX_PROBE_CHOICES,
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
import {
  ACTIVITY_TEXT,
  AIR_TYPE_TEXT,
  ALTITUDE_TEXT,
  ASSESSMENT_TEXT,
  CAPABILITY_TEXT,
  COMMS_CHANNEL_TEXT,
  COMMS_STATUS_TEXT,
  choice,
  DIFFICULTY_TEXT,
  DIRECTION_TEXT,
  DOMAIN_TEXT,
  EMISSION_TEXT,
  GROUND_KIND_TEXT,
  LIGHT_MODE_TEXT,
  LIGHT_TEXT,
  MESSAGE_CHANNEL_TEXT,
  NOT_DONE_ACTION_TEXT,
  PAYLOAD_TEXT,
  PERIMETER_TEXT,
  POSTURE_TEXT,
  REPORT_TYPE_TEXT,
  SA_LEVEL_TEXT,
  SELECTOR_TEXT,
  SIZE_TEXT,
  SOUND_TEXT,
  TRUTH_TEXT,
  VISIBILITY_TEXT,
  WIND_TEXT,
} from './vocabText';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const TIME_OFFSET_PATTERN = /^(\d+:)?[0-5]?\d:[0-5]\d$/;
export const CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const CELL_PATTERN = /^[A-Za-z][1-9]\d?$/;
export const RANGE_PATTERN = /^[A-Za-z][1-9]\d?:[A-Za-z][1-9]\d?$/;

const strict = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape);

export const idSchema = z
  .string()
  .max(MAX_ID_LENGTH, { error: () => t('scenario:schema.idLength', { max: String(MAX_ID_LENGTH) }) })
  .regex(ID_PATTERN, {
    error: () => t('scenario:schema.idPattern'),
  });
const OFFSET_TOO_BIG = () => t('scenario:schema.offsetTooBig', { max: String(MAX_OFFSET_SEC) });
/** Seconds of an "h:mm:ss" / "m:ss" text already matching TIME_OFFSET_PATTERN. */
const offsetTextSec = (text: string) => text.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
export const timeOffsetSchema = z
  .union(
    [
      z
        .number()
        .nonnegative({ error: () => t('scenario:schema.offsetNegative') })
        .max(MAX_OFFSET_SEC, { error: OFFSET_TOO_BIG }),
      z
        .string()
        .regex(TIME_OFFSET_PATTERN, { error: () => t('scenario:schema.offsetFormat') })
        .check((ctx) => {
          if (TIME_OFFSET_PATTERN.test(ctx.value) && offsetTextSec(ctx.value) > MAX_OFFSET_SEC) {
            ctx.issues.push({
              code: 'too_big',
              origin: 'number',
              maximum: MAX_OFFSET_SEC,
              inclusive: true,
              input: ctx.value,
              message: OFFSET_TOO_BIG(),
            });
          }
        }),
    ],
    { error: () => t('scenario:schema.offsetFormat') },
  )
  .describe('Seconds from scenario start: a number (150) or "m:ss" / "h:mm:ss" ("2:30").');
export const clockSchema = z
  .string()
  .regex(CLOCK_PATTERN, { error: () => t('scenario:schema.clock') })
  .describe('Local time of day, "HH:MM".');
export const cellSchema = z
  .string()
  .regex(CELL_PATTERN, { error: () => t('scenario:schema.cell') })
  .describe('A grid cell: column letter then row number, "A1" is top-left.');
export const CELL_OR_RANGE_PATTERN = /^[A-Za-z][1-9]\d?(:[A-Za-z][1-9]\d?)?$/;
const cellOrRangeSchema = z.string().regex(CELL_OR_RANGE_PATTERN, { error: () => t('scenario:schema.cellOrRange') });
export const cellsSchema = z
  .union([cellOrRangeSchema, z.array(cellOrRangeSchema).max(MAX_CELL_ITEMS)], {
    error: () => t('scenario:schema.cells'),
  })
  .describe('A cell ("E5"), a range ("A1:L3"), or an array of both.');
const text = z.string().max(MAX_TEXT_LENGTH);
const SEED_RANGE = () => t('scenario:schema.seedRange', { max: String(Number.MAX_SAFE_INTEGER) });
/** A seed: a whole number that JavaScript counts exactly (a "safe integer"). */
export const seedSchema = z.number().int({ error: SEED_RANGE });
const saLevelSchema = z
  .literal(SA_LEVELS, { error: () => t('scenario:schema.level') })
  .meta({ enumDescriptions: SA_LEVELS.map((l) => SA_LEVEL_TEXT[l]) });
const at = (what: string) => timeOffsetSchema.describe(`${what}: seconds (150) or "m:ss" / "h:mm:ss" ("2:30").`);
const within = (what: string, defaultSec?: number) =>
  timeOffsetSchema
    .optional()
    .describe(
      `${what}: seconds (60) or "m:ss" ("1:00")${defaultSec === undefined ? '' : `. Default ${defaultSec} seconds`}.`,
    );

export const conditionsSchema = strict({
  light: choice(LIGHTS, LIGHT_TEXT)
    .optional()
    .describe(`Light: day, dusk or night (default ${DEFAULTS.conditions.light}).`),
  visibility: choice(VISIBILITIES, VISIBILITY_TEXT)
    .optional()
    .describe(`Visibility: clear, haze or fog (default ${DEFAULTS.conditions.visibility}).`),
  wind: choice(WINDS, WIND_TEXT)
    .optional()
    .describe(`Wind, which shortens hearing range: calm, breezy or gusty (default ${DEFAULTS.conditions.wind}).`),
}).describe('Light, visibility and wind.');

export const mapSchema = strict({
  terrain: z
    .array(z.string().min(1, { error: () => t('scenario:schema.terrainRowEmpty') }))
    .min(1, { error: () => t('scenario:schema.terrainRows') })
    .max(26, { error: () => t('scenario:schema.mapRows') })
    .describe(
      'One string per row, one character per cell: . open, = road, ~ water, # structure, * vegetation, ^ high ground, - border line.',
    ),
  perimeter: cellsSchema
    .optional()
    .describe('The cells of the protected area: a cell ("E5"), a range ("E5:H8") or a list of both.'),
});

export const postSchema = strict({
  cell: cellSchema.describe('Where the trainee stands: a cell such as "F7".'),
  name: text.describe('The post\'s name, shown to the trainee ("Post Alpha").'),
  observeRange: z
    .number()
    .positive({ error: () => t('scenario:schema.observeRangePositive') })
    .max(26, { error: () => t('scenario:schema.observeRangeMax') })
    .describe('Cells the trainee can see in clear daylight (more than 0, at most 26).'),
});

export const teamMemberSchema = strict({
  id: idSchema.describe('Unique id of the team member.'),
  name: text.describe('Name shown on the map ("Patrol 2").'),
  cell: cellSchema.describe('Where the team member stands: a cell such as "H6".'),
});

export const sectorSchema = strict({
  id: idSchema.describe('Unique id of the sector ("north").'),
  name: text.describe('Name shown to the trainee ("North").'),
  cells: cellsSchema.describe('The sector\'s cells: a cell, a range ("A1:L3") or a list of both.'),
});

export const authorizedFlightSchema = strict({
  callsign: text.describe('The flight\'s callsign ("SURVEY-1").'),
  sector: idSchema.optional().describe('The sector id it flies in (any place when left out).'),
  from: clockSchema.optional().describe('Clock time the booking starts, "HH:MM" (any time when left out).'),
  to: clockSchema.optional().describe('Clock time the booking ends, "HH:MM"; may cross midnight.'),
  description: text.optional().describe('What the trainee can see of it ("white fixed-wing, steady green light").'),
});

export const briefingSchema = strict({
  situation: text.optional().describe('The situation, shown to the trainee before play.'),
  mission: text.optional().describe('The mission, shown to the trainee before play.'),
  authorizedFlights: z
    .array(authorizedFlightSchema)
    .max(MAX_BRIEFING_ITEMS)
    .optional()
    .describe('Booked flights the trainee must NOT report as threats.'),
  reporting: strict({
    primary: text.optional().describe('The primary channel\'s name ("Command net").'),
    alternate: text.optional().describe('The alternate channel\'s name ("Landline to sector desk").'),
    format: text.optional().describe('The report format to use ("SALUTE").'),
  })
    .optional()
    .describe('How to report: the primary and alternate channels and the format.'),
  notes: z.array(text).max(MAX_BRIEFING_ITEMS).optional().describe('More briefing lines for the trainee.'),
  instructorNotes: text.optional().describe('Shown only in the facilitator view and the debrief.'),
}).describe('What the trainee reads before play. Every field is optional.');

export const airCuesSchema = strict({
  type: choice(AIR_TYPES, AIR_TYPE_TEXT).optional().describe(`Air: what it is (default ${DEFAULTS.airCues.type}).`),
  size: choice(SIZES, SIZE_TEXT).optional().describe(`Air: its size (default ${DEFAULTS.airCues.size}).`),
  count: z
    .number()
    .int()
    .min(1, { error: () => t('scenario:schema.countMin') })
    .max(MAX_COUNT, { error: () => t('scenario:schema.countMax', { max: String(MAX_COUNT) }) })
    .optional()
    .describe(`Air: how many fly together, a whole number from 1 (default ${DEFAULTS.airCues.count}).`),
  sound: choice(SOUNDS, SOUND_TEXT).optional().describe(`Air: how loud it is (default ${DEFAULTS.airCues.sound}).`),
  lights: choice(LIGHT_MODES, LIGHT_MODE_TEXT)
    .optional()
    .describe(`Air: its lights (default ${DEFAULTS.airCues.lights}).`),
  lightColor: text.optional().describe('Air: the colour of its lights ("red").'),
  markings: text.optional().describe('What can be read up close ("dark grey body").'),
  carrying: z.boolean().optional().describe('Air: true when an object is attached (the payload; default false).'),
  altitude: choice(ALTITUDES, ALTITUDE_TEXT)
    .optional()
    .describe(`Air: how high it flies (default ${DEFAULTS.airCues.altitude}).`),
});
export const groundCuesSchema = strict({
  kind: choice(GROUND_KINDS, GROUND_KIND_TEXT)
    .optional()
    .describe(`Ground: person or vehicle (default ${DEFAULTS.groundCues.kind}).`),
  markings: text.optional().describe('What can be read up close ("dark grey body").'),
  behavior: text.optional().describe('Ground: what the person or vehicle is doing: behaviour, never identity.'),
});

/** Cues of either domain in one object; crossref.ts checks that they fit the contact's domain. */
export const cuesSchema = strict({ ...airCuesSchema.shape, ...groundCuesSchema.shape }).describe(
  'Air: type, size, count, sound, lights, lightColor, markings, carrying, altitude. Ground: kind, markings, behavior.',
);

export const waypointSchema = strict({
  at: at('When the contact is here'),
  cell: cellSchema.describe('Where the contact is: a cell such as "E5".'),
  activity: choice(ACTIVITIES, ACTIVITY_TEXT)
    .optional()
    .describe(
      `What it does from here to the next waypoint (first waypoint: ${DEFAULTS.firstActivity}; later: the previous one's).`,
    ),
});

export const contactSchema = strict({
  id: idSchema.describe('Unique id of the contact; never shown to the trainee.'),
  domain: choice(DOMAINS, DOMAIN_TEXT).describe('Air or ground: which cues and truths fit it.'),
  truth: choice([...new Set([...AIR_TRUTHS, ...GROUND_TRUTHS])] as [string, ...string[]], TRUTH_TEXT).describe(
    'What it really is. air: bird | authorized | hobbyist | suspicious | hazard; ground: routine | operator | suspicious',
  ),
  cues: cuesSchema.optional(),
  path: z
    .array(waypointSchema)
    .min(1, { error: () => t('scenario:schema.waypointsMin') })
    .max(MAX_WAYPOINTS, { error: () => t('scenario:schema.waypointsMax', { max: String(MAX_WAYPOINTS) }) })
    .describe('Waypoints { "at", "cell", "activity" }, "at" strictly increasing; at least one.'),
  linger: z.boolean().optional().describe('Stay on the map after the last waypoint.'),
  start: idSchema.optional().describe('An inject id: the contact appears when it fires and its times count from then.'),
  operator: idSchema.optional().describe('Air only: the id of the ground contact controlling it.'),
  label: text.optional().describe('Facilitator-only name for the contact.'),
});

const contactWithinSchema = strict({
  contactWithin: strict({
    contact: idSchema.describe("The contact's id."),
    cells: z.number().nonnegative().max(MAX_CELLS_DISTANCE).describe('Distance to the post in cells (0 or more).'),
  }).describe('Fires when the contact comes within that many cells of the post.'),
});
const detectedSchema = strict({
  detected: idSchema.describe('Fires after the trainee marks this contact (its id).'),
});
const reportedSchema = strict({
  reported: idSchema.describe('Fires after a report on this contact (its id) is delivered.'),
});
const afterSchema = strict({
  after: idSchema.describe('Fires after this inject (its id) fired, plus "delay".'),
  delay: at('Wait after that inject (default 0)').optional(),
});
const notDoneSchema = strict({
  notDone: strict({
    action: choice(NOT_DONE_ACTIONS, NOT_DONE_ACTION_TEXT).describe('The action that has not happened.'),
    contact: idSchema.optional().describe('For mark, classify and report: the contact (any contact when left out).'),
    inject: idSchema.optional().describe("For ack: the message inject's id."),
    posture: choice(POSTURES, POSTURE_TEXT)
      .optional()
      .describe('For posture: the posture not yet reached (default alert).'),
  }).describe('A contingency: fires at "by" only if this action has not happened.'),
  by: at('When to check'),
});
export const whenSchema = z
  .union([contactWithinSchema, detectedSchema, reportedSchema, afterSchema, notDoneSchema], {
    error: () => t('scenario:schema.when'),
  })
  .describe('Fires on an event: contactWithin, detected, reported, after, or notDone + by.');

const injectCommon = {
  id: idSchema.describe('Unique id of the inject.'),
  at: at('Fires at this time').optional(),
  when: whenSchema.optional(),
  expected: text.optional().describe('What the trainee should do (facilitator view and debrief).'),
  objectives: z.array(idSchema).max(MAX_OBJECTIVES).optional().describe('Ids of the objectives this inject serves.'),
  controllerNotes: text.optional().describe('Notes for the facilitator only.'),
  optional: z.boolean().optional().describe('Fired by hand in facilitator view, never by itself.'),
};

const domainOrAll = [...DOMAINS, 'all'] as const;
export const computeSchema = z
  .union(
    [
      strict({
        countInRange: choice(domainOrAll, SELECTOR_TEXT).describe('How many of these contacts the trainee could see.'),
      }),
      strict({ sectorOf: idSchema.describe('The sector the contact (its id) is in.') }),
      strict({ headingOf: idSchema.describe("The contact's (its id) heading, 8-point compass.") }),
      strict({ nearest: choice(domainOrAll, SELECTOR_TEXT).describe('Which of these contacts is nearest the post.') }),
    ],
    {
      error: () => t('scenario:schema.compute'),
    },
  )
  .describe('The engine works out the true answer at the freeze (instead of "answer").');

/** A discriminating "type" value with what it means. */
const typeLiteral = <const T extends string>(type: T, meaning: string) => z.literal(type).describe(meaning);

export const injectSchema = z.discriminatedUnion('type', [
  strict({
    ...injectCommon,
    type: typeLiteral('message', "A message in the trainee's log."),
    from: text.describe('Who sends it ("Sector desk").'),
    text: text.describe('The message.'),
    channel: choice(MESSAGE_CHANNELS, MESSAGE_CHANNEL_TEXT)
      .optional()
      .describe(`How it arrives (default ${MESSAGE_DEFAULTS.channel}).`),
    requiresAck: z.boolean().optional().describe('The trainee must acknowledge it (default false).'),
  }),
  strict({
    ...injectCommon,
    type: typeLiteral('conditions', 'Light, visibility or wind change.'),
    conditions: conditionsSchema.describe('The new light, visibility or wind; fields left out do not change.'),
  }),
  strict({
    ...injectCommon,
    type: typeLiteral('comms', 'A reporting channel goes up, degraded or down.'),
    channel: choice(COMMS_CHANNELS, COMMS_CHANNEL_TEXT).describe('The channel that changes.'),
    status: choice(COMMS_STATUSES, COMMS_STATUS_TEXT).describe('Its new state.'),
  }),
  strict({
    ...injectCommon,
    type: typeLiteral('probe', 'Play freezes and the map hides until the trainee answers a question.'),
    question: text.describe('The question.'),
    choices: z
      .array(text)
      .min(2, { error: () => t('scenario:schema.choicesMin') })
      .max(MAX_PROBE_CHOICES, {
        error: () => t('scenario:schema.choicesMax', { max: String(MAX_PROBE_CHOICES) }),
      })
      .describe(`2 to ${MAX_PROBE_CHOICES} answers to choose from.`),
    answer: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('The right choice, counting from 0 (or give "compute").'),
    compute: computeSchema.optional(),
    level: saLevelSchema.describe('Situation awareness level: 1 perception, 2 comprehension, 3 projection.'),
  }),
  strict({
    ...injectCommon,
    type: typeLiteral('discussion', 'A tabletop question; the free-text answer is kept for the debrief.'),
    question: text.describe('The discussion question.'),
  }),
  strict({
    ...injectCommon,
    type: typeLiteral('end', 'Play ends.'),
    text: text.optional().describe('Closing words shown to the trainee.'),
  }),
]);

const contactsSelector = z
  .union(
    [
      z
        .array(idSchema)
        .min(1, { error: () => t('scenario:schema.contactIdsMin') })
        .max(MAX_CONTACTS),
      choice(['air', 'ground', 'all'], SELECTOR_TEXT),
    ],
    {
      error: () => t('scenario:schema.selector'),
    },
  )
  .describe('Contact ids, or "air" / "ground" / "all".');

export const ruleSchema = z.discriminatedUnion('type', [
  strict({
    type: typeLiteral('detect', 'Scored on: time from the contact first being observable to the mark.'),
    contacts: contactsSelector,
    withinSec: within('Goal for marking', RULE_DEFAULTS.detectWithinSec),
  }),
  strict({
    type: typeLiteral('classify', 'Scored on: final classification of each track against its truth.'),
    contacts: contactsSelector,
  }),
  strict({
    type: typeLiteral(
      'report',
      'Scored on: the delivered report on each contact, its time from the mark and its accuracy.',
    ),
    contacts: contactsSelector,
    withinSec: within('Goal for the report after the mark', RULE_DEFAULTS.reportWithinSec),
    minAccuracy: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(`Share of report fields that must be right, 0–1 (default ${RULE_DEFAULTS.reportMinAccuracy}).`),
  }),
  strict({
    type: typeLiteral('protect', "Scored on: the team's posture set before the contact came that close."),
    contact: idSchema.describe("The contact's id."),
    posture: choice(['alert', 'cover'], POSTURE_TEXT).describe('The posture needed: alert or cover.'),
    beforeWithinCells: z
      .number()
      .nonnegative()
      .max(MAX_CELLS_DISTANCE)
      .describe('Set before the contact comes within this many cells of the post.'),
  }),
  strict({
    type: typeLiteral('emissions', 'Scored on: personal devices and emitters switched off in time.'),
    state: z.literal('off').describe('Always "off".'),
    bySec: at('Off by this time').optional(),
    afterInject: idSchema.optional().describe('Or: off within "withinSec" after this inject (its id) fired.'),
    withinSec: within('Time allowed after the inject', RULE_DEFAULTS.emissionsWithinSec),
  }),
  strict({
    type: typeLiteral(
      'alternateChannel',
      'Scored on: a report delivered on the alternate channel after the primary went down.',
    ),
    afterInject: idSchema.describe('The comms inject (its id) that took the primary down.'),
    withinSec: within('Goal for the report', RULE_DEFAULTS.alternateChannelWithinSec),
  }),
  strict({
    type: typeLiteral('acknowledge', 'Scored on: messages acknowledged in time.'),
    injects: z.array(idSchema).min(1).max(MAX_INJECTS).describe('Ids of the message injects to acknowledge.'),
    withinSec: within('Goal for each acknowledgement', RULE_DEFAULTS.acknowledgeWithinSec),
  }),
  strict({
    type: typeLiteral('probes', 'Scored on: share of probes answered correctly.'),
    minCorrect: z.number().min(0).max(1).describe('Share of probes that must be right, 0–1.'),
    level: saLevelSchema.optional().describe('Count only probes of this level (default: every level).'),
  }),
  strict({
    type: typeLiteral('falseReports', 'Scored on: reports on birds, authorized flights or empty cells.'),
    max: z
      .number()
      .int()
      .nonnegative()
      .max(MAX_FALSE_REPORTS)
      .describe('How many false reports are allowed (0 or more).'),
  }),
  strict({
    type: typeLiteral('operator', "Scored on: the operator's cell given in the report on each contact."),
    contacts: contactsSelector,
  }),
  strict({
    type: typeLiteral(
      'marks',
      'Scored on: marks on empty ground and extra tracks on one contact (marking discipline).',
    ),
    maxExtra: z.number().int().nonnegative().optional().describe('How many needless marks are allowed (default 0).'),
  }).describe('Marking discipline: marks on empty ground and extra tracks on one contact cost points.'),
]);

export const objectiveSchema = strict({
  id: idSchema.describe('Unique id of the objective.'),
  capability: choice(CAPABILITIES, CAPABILITY_TEXT).describe('The capability it trains.'),
  text: text.describe(
    'The objective in the instructor\'s words: facilitator view and debrief (and the trainee\'s, when "brief" is absent).',
  ),
  brief: text
    .optional()
    .describe(
      'What the trainee is shown before and during play: what to do, never what they will find. Defaults to "text".',
    ),
  rule: ruleSchema.describe('How it is scored: "type" and that type\'s fields.'),
  weight: z
    .number()
    .positive()
    .max(MAX_WEIGHT)
    .optional()
    .describe(`Weight in the overall score, more than 0 (default ${DEFAULTS.weight}).`),
});

/** The display texts of a scenario in one other language: only what the trainee reads, never ids or answers. */
export const scenarioTextsSchema = strict({
  title: text.min(1).optional().describe('The title shown in the library.'),
  summary: text.optional().describe('One or two sentences for the library.'),
  post: strict({ name: text.optional().describe('The post\'s name ("Puesto Alfa").') })
    .optional()
    .describe("The post's name."),
  team: z
    .record(
      idSchema,
      strict({ name: text.optional().describe('Name shown on the map.') }).describe('By team member id.'),
    )
    .optional()
    .describe("Team members' names, by team member id."),
  sectors: z
    .record(
      idSchema,
      strict({ name: text.optional().describe('Name shown to the trainee ("Norte").') }).describe('By sector id.'),
    )
    .optional()
    .describe('Sector names, by sector id. Probes that compute a sector still match the names as written above.'),
  briefing: strict({
    situation: text.optional().describe('The situation.'),
    mission: text.optional().describe('The mission.'),
    notes: z
      .array(text)
      .max(MAX_BRIEFING_ITEMS)
      .optional()
      .describe('The briefing notes, in the same order; a note left out keeps its own text.'),
    reporting: strict({
      primary: text.optional().describe("The primary channel's name."),
      alternate: text.optional().describe("The alternate channel's name."),
    })
      .optional()
      .describe("The reporting channels' names."),
    authorizedFlights: z
      .record(
        z.string().max(MAX_TEXT_LENGTH),
        strict({ description: text.optional().describe('What the trainee can see of it.') }).describe(
          "By the flight's callsign.",
        ),
      )
      .optional()
      .describe("Authorized flights' descriptions, by callsign (the callsign itself is not translated)."),
  })
    .optional()
    .describe("The briefing's texts."),
  injects: z
    .record(
      idSchema,
      strict({
        from: text.optional().describe("A message's sender."),
        text: text.optional().describe("A message's text, or the closing words of an end inject."),
        question: text.optional().describe("A probe's or a discussion's question."),
        choices: z
          .array(text)
          .min(2)
          .max(MAX_PROBE_CHOICES)
          .optional()
          .describe("A probe's choices, as many and in the same order as the probe's own (its answer is by position)."),
      }).describe("By inject id: the fields of that inject's type."),
    )
    .optional()
    .describe('Messages, probes, discussions and the end, by inject id.'),
  objectives: z
    .record(
      idSchema,
      strict({
        text: text.optional().describe("The objective in the instructor's words."),
        brief: text.optional().describe('What the trainee is shown before and during play.'),
      }).describe('By objective id.'),
    )
    .optional()
    .describe("Objectives' texts, by objective id."),
});

/** Translations of the display texts, by language; English is the scenario's own text. */
export const translationsSchema = strict({
  es: scenarioTextsSchema.optional().describe('Spanish (español): the texts trainees read when the app is in Spanish.'),
});

export const scenarioSchema = strict({
  $schema: text.optional().describe('Path or URL of this JSON Schema, for your editor; Skywatch ignores it.'),
  schemaVersion: z.literal(1, { error: () => t('scenario:schema.schemaVersion') }).describe('The format version: 1.'),
  id: idSchema.describe('The scenario\'s id: lower-case letters, digits and "-" ("dawn-patrol").'),
  title: text.min(1).describe('The title shown in the library.'),
  summary: text.optional().describe('One or two sentences for the library.'),
  difficulty: choice(DIFFICULTIES, DIFFICULTY_TEXT)
    .optional()
    .describe(`How hard it is; the library sorts by it (default ${DEFAULTS.difficulty}).`),
  durationSec: at('When play ends'),
  seed: seedSchema
    .optional()
    .describe(`Seed for the random parts of a run, a whole number (default ${DEFAULTS.seed}).`),
  startClock: clockSchema.optional().describe(`Clock time at the start, "HH:MM" (default "${DEFAULTS.startClock}").`),
  conditions: conditionsSchema.optional(),
  map: mapSchema.describe('The grid: terrain rows and the perimeter.'),
  post: postSchema.describe('Where the trainee stands and how far they see.'),
  team: z.array(teamMemberSchema).max(MAX_TEAM).optional().describe('Friendly tokens the trainee must alert.'),
  sectors: z
    .array(sectorSchema)
    .max(MAX_SECTORS)
    .optional()
    .describe('Named areas the trainee can focus observation on.'),
  briefing: briefingSchema.optional(),
  contacts: z
    .array(contactSchema)
    .max(MAX_CONTACTS)
    .optional()
    .describe('The ground truth: everything that moves, with its cues and path.'),
  injects: z
    .array(injectSchema)
    .max(MAX_INJECTS)
    .optional()
    .describe('The events list: messages, condition and comms changes, probes, discussions, the end.'),
  objectives: z
    .array(objectiveSchema)
    .min(1, { error: () => t('scenario:schema.objectivesMin') })
    .max(MAX_OBJECTIVES)
    .describe('What is scored; at least one.'),
  scoring: strict({
    passMark: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe(`Overall score needed to pass, 0–100 (default ${DEFAULTS.passMark}).`),
  })
    .optional()
    .describe('The pass mark.'),
  translations: translationsSchema
    .optional()
    .describe(
      'Optional translations of what trainees read (title, briefing, messages, probes, objectives…), by language; ids, answers and everything scored stay as written above.',
    ),
});

export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type ContactFile = z.infer<typeof contactSchema>;
export type InjectFile = z.infer<typeof injectSchema>;
export type ObjectiveFile = z.infer<typeof objectiveSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type When = z.infer<typeof whenSchema>;
export type Compute = z.infer<typeof computeSchema>;
export type Conditions = z.infer<typeof conditionsSchema>;
export type ScenarioTexts = z.infer<typeof scenarioTextsSchema>;
export type Translations = z.infer<typeof translationsSchema>;

/** "unknown": the trainee did not observe this field (the same as leaving it out). */
const UNKNOWN = z.literal('unknown').describe('Not observed (the same as leaving the field out).');
/** A report field's values, or "unknown". */
const orUnknown = <T extends z.ZodType>(schema: T) => z.union([schema, UNKNOWN]);

/**
 * The drone SALUTE report a trainee files; every field optional so an incomplete report can be scored,
 * and every field may say "unknown" (not observed), which is the same as leaving it out.
 */
export const reportSchema = strict({
  count: orUnknown(z.number().int().min(0).max(MAX_COUNT))
    .optional()
    .describe('How many: a whole number from 0, or "unknown".'),
  type: choice(REPORT_TYPES, REPORT_TYPE_TEXT).optional().describe('Type: multirotor, fixed-wing or unknown.'),
  size: orUnknown(choice(SIZES, SIZE_TEXT)).optional().describe('Size: small, medium, large or "unknown".'),
  activity: orUnknown(choice(ACTIVITIES, ACTIVITY_TEXT))
    .optional()
    .describe('Activity: what it is doing, or "unknown".'),
  direction: orUnknown(choice(DIRECTIONS, DIRECTION_TEXT))
    .optional()
    .describe('Direction of travel: 8-point compass, stationary, or "unknown".'),
  location: orUnknown(cellSchema).optional().describe('Location: its cell ("E5"), or "unknown".'),
  perimeter: orUnknown(choice(PERIMETER_SIDES, PERIMETER_TEXT))
    .optional()
    .describe('Perimeter: inside or outside it, or "unknown".'),
  operatorLocation: z
    .union([cellSchema, z.literal('not-seen').describe('Operator not seen.'), UNKNOWN], {
      error: () => t('scenario:schema.operatorLocation'),
    })
    .optional()
    .describe('The operator\'s cell ("B4"), "not-seen" or "unknown".'),
  description: text.optional().describe('Markings and other details seen ("dark grey body").'),
  lights: orUnknown(choice(LIGHT_MODES, LIGHT_MODE_TEXT))
    .optional()
    .describe('Lights seen: none, steady, flashing or "unknown".'),
  lightColor: text.optional().describe('Colour of the lights ("red"); "none" when seen to be off.'),
  timeFirstSeen: orUnknown(clockSchema).optional().describe('Time first seen, "HH:MM", or "unknown".'),
  timeLastSeen: orUnknown(clockSchema).optional().describe('Time last seen, "HH:MM", or "unknown".'),
  payload: choice(PAYLOADS, PAYLOAD_TEXT).optional().describe('Payload: anything seen attached.'),
  assessment: orUnknown(choice(ASSESSMENTS, ASSESSMENT_TEXT))
    .optional()
    .describe('The trainee\'s classification, or "unknown".'),
});
export type Report = z.infer<typeof reportSchema>;

const target = {
  contact: idSchema.optional().describe('The track on this contact (its id): a script that knows the truth.'),
  track: z
    .string()
    .regex(/^T[1-9]\d*$/, { error: () => t('scenario:schema.track') })
    .optional()
    .describe('The track by the label the trainee sees ("T2").'),
  cell: cellSchema.optional().describe('The newest track marked on this cell ("E5").'),
};
const actionAt = { at: at('When the action happens') };

/** One action of a run: what the trainee (or a script) did, and when. */
export const actionSchema = z.discriminatedUnion('type', [
  strict({
    ...actionAt,
    type: typeLiteral('emissions', 'Personal devices and emitters on or off.'),
    state: choice(EMISSION_STATES, EMISSION_TEXT).describe('On or off.'),
  }),
  strict({
    ...actionAt,
    type: typeLiteral('focus', 'Focus observation on a sector.'),
    sector: z
      .union([idSchema, z.null()], { error: () => t('scenario:schema.sector') })
      .describe('A sector id, or null to drop focus.'),
  }),
  strict({
    ...actionAt,
    type: typeLiteral('mark', 'Mark a contact or a cell, making a track.'),
    contact: idSchema.optional().describe('The contact to mark (its id); or give "cell".'),
    cell: cellSchema.optional().describe('The cell to mark ("D4"); or give "contact".'),
  }),
  strict({
    ...actionAt,
    type: typeLiteral('classify', 'Classify a track.'),
    ...target,
    as: choice(ASSESSMENTS, ASSESSMENT_TEXT).describe('The classification.'),
  }),
  strict({
    ...actionAt,
    type: typeLiteral('report', 'File a drone SALUTE report on a track.'),
    ...target,
    channel: choice(COMMS_CHANNELS, COMMS_CHANNEL_TEXT).describe('The channel it is sent on.'),
    report: reportSchema.describe("The report's fields; every one optional."),
  }),
  strict({
    ...actionAt,
    type: typeLiteral('posture', "Set the team's posture."),
    posture: choice(POSTURES, POSTURE_TEXT).describe("The team's posture: normal, alert or cover."),
  }),
  strict({
    ...actionAt,
    type: typeLiteral('ack', 'Acknowledge a message.'),
    inject: idSchema.describe("The message inject's id."),
  }),
  strict({
    ...actionAt,
    type: typeLiteral('answer', 'Answer a probe.'),
    probe: idSchema.describe("The probe inject's id."),
    choice: z
      .number()
      .int()
      .nonnegative()
      .max(MAX_PROBE_CHOICES - 1)
      .describe('The choice picked, counting from 0.'),
  }),
  strict({
    ...actionAt,
    type: typeLiteral('discuss', 'Answer a discussion question.'),
    inject: idSchema.describe("The discussion inject's id."),
    text: text.describe('The answer, free text.'),
  }),
  strict({
    ...actionAt,
    type: typeLiteral('fire', 'The facilitator fires an optional inject.'),
    inject: idSchema.describe("The optional inject's id."),
  }).describe('Facilitator fires an optional inject.'),
  strict({
    ...actionAt,
    type: typeLiteral('drop', 'Drop a track.'),
    ...target,
  }).describe('The trainee drops a track: it stops following its contact, which can be marked again.'),
]);
export type ActionFile = z.infer<typeof actionSchema>;

/** A recorded or scripted run: scenario id, seed and the actions. */
export const actionScriptSchema = strict({
  $schema: text.optional().describe('Path or URL of this JSON Schema, for your editor; Skywatch ignores it.'),
  scenario: idSchema.describe('The id of the scenario this run plays.'),
  scenarioHash: z.string().max(64).optional().describe('Hash of the scenario text the run was recorded against.'),
  seed: seedSchema.optional().describe("Seed of the run, a whole number (default: the scenario's seed)."),
  actions: z.array(actionSchema).max(MAX_ACTIONS).describe('What the trainee did, in order.'),
  wallClock: strict({
    startedMs: z.number().describe('When the run started: epoch milliseconds.'),
    actionsMs: z.array(z.number()).max(MAX_ACTIONS).describe('When each action was applied: epoch milliseconds.'),
  })
    .optional()
    .describe(
      'Browser recordings: wall-clock epoch ms the run started and each action was applied. Replay ignores it.',
    ),
});
export type ActionScriptFile = z.infer<typeof actionScriptSchema>;
