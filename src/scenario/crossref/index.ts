/** Cross-reference checks: everything the schema alone cannot say. All run; all findings are kept. */
import type { Finding } from '../finding';
import { checkContacts } from './contacts';
import type { Ctx } from './context';
import { checkGiveaways } from './giveaways';
import { checkInjects } from './injects';
import { checkCellsOnMap, checkTerrain } from './map';
import { checkObjectives } from './objectives';
import { checkUniqueIds } from './refs';
import { checkTiming } from './timing';
import { checkTranslations } from './translations';

const CHECKS: ((ctx: Ctx) => Finding[])[] = [
  checkUniqueIds,
  checkTerrain,
  checkCellsOnMap,
  checkContacts,
  checkInjects,
  checkObjectives,
  checkTiming,
  checkGiveaways,
  checkTranslations,
];

/** Every cross-reference finding for a (possibly partly valid) scenario. */
export function crossref(ctx: Ctx): Finding[] {
  return CHECKS.flatMap((check) => check(ctx));
}
