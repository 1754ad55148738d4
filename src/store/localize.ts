/**
 * The one place scenario texts take the trainee's language: every scenario the store hands the screens is
 * localized when it is loaded and again when the language changes. The engine and the score read the same
 * localized scenario, which differs from the file only in display texts (computed probe answers match the
 * file's own words), so runs, run files, scenario hashes and scores never depend on the language.
 */
import { currentLanguage, type Language } from '../i18n';
import type { Scenario } from '../scenario/model';
import { localizeScenario } from '../scenario/translations';
import type { LoadedScenario, Session } from './session';

/** A scenario as the screens show it: in the current language where its translations give the text. */
export function shown(scenario: Scenario): Scenario {
  return localizeScenario(scenario, currentLanguage());
}

function relocalize<T extends LoadedScenario>(loaded: T, language: Language): T {
  return { ...loaded, scenario: localizeScenario(loaded.scenario, language) };
}

/** The session's scenarios (library, current, unfinished runs) in another language. */
export function relocalized(s: Session, language: Language): Partial<Session> {
  return {
    library: s.library.map((e) => relocalize(e, language)),
    current: s.current && relocalize(s.current, language),
    unfinished: s.unfinished.map((u) => ({ ...u, loaded: relocalize(u.loaded, language) })),
  };
}
