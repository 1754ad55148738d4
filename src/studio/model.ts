/** Text → the studio's model: the scenario when valid, every problem the CLI prints, and a partial reading for the views. */
import { checkScenario, type Problem, type ScenarioFile } from '../scenario';
import type { Scenario } from '../scenario/model';
import { type PartialScenario, readPartial } from './partial';

/** What the studio knows of one document text. */
export interface StudioModel {
  text: string;
  /** The normalized scenario, or null when any problem is an error. */
  scenario: Scenario | null;
  /** The file as written, when its shape is valid. */
  file: ScenarioFile | null;
  /** Errors and static warnings with pointer, line and column: the same as `npm run validate` prints. */
  problems: Problem[];
  /** Whether any problem is an error. */
  hasErrors: boolean;
  /** What the map and lists can draw, read even from a text with problems. */
  partial: PartialScenario;
}

/** Reads a document text into the studio's model. Never throws. */
export function modelOf(text: string): StudioModel {
  const { scenario, file, problems } = checkScenario(text);
  return {
    text,
    scenario,
    file,
    problems,
    hasErrors: problems.some((p) => p.severity === 'error'),
    partial: readPartial(text),
  };
}
