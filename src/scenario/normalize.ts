/** ScenarioFile → Scenario: defaults filled in, times in ms, cells as {c, r}, selectors resolved. */
import { cell, cells, ms } from './convert';
import { DEFAULTS } from './defaults';
import type { Contact, GridMap, Scenario, Waypoint } from './model';
import { normalizeInject, normalizeObjective } from './normalize-events';
import type { ContactFile, ScenarioFile } from './schema';
import { clockToMinutes } from './time';
import { textsOf } from './translations';
import type { Activity, AirTruth, GroundTruth, TerrainCode } from './vocab';

function normalizeMap(map: ScenarioFile['map']): GridMap {
  const rows = map.terrain.length;
  const cols = Array.from(map.terrain[0]).length;
  const terrain = map.terrain.map((row) => Array.from(row) as TerrainCode[]);
  const perimeter = Array.from({ length: rows }, () => Array<boolean>(cols).fill(false));
  for (const c of cells(map.perimeter)) if (c.r < rows && c.c < cols) perimeter[c.r][c.c] = true;
  return { cols, rows, terrain, perimeter };
}

function normalizeContact(file: ContactFile): Contact {
  let activity: Activity = DEFAULTS.firstActivity;
  const path: Waypoint[] = file.path.map((w) => {
    activity = w.activity ?? activity;
    return { atMs: ms(w.at), cell: cell(w.cell), activity };
  });
  const base = {
    id: file.id,
    path,
    linger: file.linger ?? false,
    start: file.start ?? null,
    label: file.label ?? '',
  };
  const cues = file.cues ?? {};
  if (file.domain === 'air') {
    const air = DEFAULTS.airCues;
    return {
      ...base,
      domain: 'air',
      truth: file.truth as AirTruth,
      operator: file.operator ?? null,
      cues: {
        type: cues.type ?? air.type,
        size: cues.size ?? air.size,
        count: cues.count ?? air.count,
        sound: cues.sound ?? air.sound,
        lights: cues.lights ?? air.lights,
        lightColor: cues.lightColor ?? air.lightColor,
        markings: cues.markings ?? air.markings,
        carrying: cues.carrying ?? air.carrying,
        altitude: cues.altitude ?? air.altitude,
      },
    };
  }
  const ground = DEFAULTS.groundCues;
  return {
    ...base,
    domain: 'ground',
    truth: file.truth as GroundTruth,
    operator: null,
    cues: {
      kind: cues.kind ?? ground.kind,
      markings: cues.markings ?? ground.markings,
      behavior: cues.behavior ?? ground.behavior,
    },
  };
}

function normalizeBriefing(b: ScenarioFile['briefing']): Scenario['briefing'] {
  return {
    situation: b?.situation ?? '',
    mission: b?.mission ?? '',
    authorizedFlights: (b?.authorizedFlights ?? []).map((f) => ({
      callsign: f.callsign,
      sector: f.sector ?? null,
      from: f.from ?? null,
      to: f.to ?? null,
      description: f.description ?? '',
    })),
    reporting: {
      primary: b?.reporting?.primary ?? '',
      alternate: b?.reporting?.alternate ?? '',
      format: b?.reporting?.format ?? '',
    },
    notes: b?.notes ?? [],
    instructorNotes: b?.instructorNotes ?? '',
  };
}

/** The engine's Scenario for a file that passed the schema and the cross-reference checks. */
export function normalize(file: ScenarioFile): Scenario {
  const contacts = (file.contacts ?? []).map(normalizeContact);
  const c = file.conditions ?? {};
  const scenario: Scenario = {
    id: file.id,
    title: file.title,
    summary: file.summary ?? '',
    difficulty: file.difficulty ?? DEFAULTS.difficulty,
    durationMs: ms(file.durationSec),
    seed: file.seed ?? DEFAULTS.seed,
    startClockMin: clockToMinutes(file.startClock ?? DEFAULTS.startClock) ?? 720,
    conditions: {
      light: c.light ?? DEFAULTS.conditions.light,
      visibility: c.visibility ?? DEFAULTS.conditions.visibility,
      wind: c.wind ?? DEFAULTS.conditions.wind,
    },
    map: normalizeMap(file.map),
    post: { cell: cell(file.post.cell), name: file.post.name, observeRange: file.post.observeRange },
    team: (file.team ?? []).map((t) => ({ id: t.id, name: t.name, cell: cell(t.cell) })),
    sectors: (file.sectors ?? []).map((s) => ({ id: s.id, name: s.name, cells: cells(s.cells) })),
    briefing: normalizeBriefing(file.briefing),
    contacts,
    injects: (file.injects ?? []).map(normalizeInject),
    objectives: file.objectives.map((o) => normalizeObjective(o, contacts)),
    passMark: file.scoring?.passMark ?? DEFAULTS.passMark,
  };
  return { ...scenario, i18n: { original: textsOf(scenario), translations: file.translations ?? {} } };
}
