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

const CHECKS: ((ctx: Ctx) => Finding[])[] = [
  checkUniqueIds,
  checkTerrain,
  checkCellsOnMap,
  checkContacts,
  checkInjects,
  checkObjectives,
  checkTiming,
  checkGiveaways,
];

/** Every cross-reference finding for a (possibly partly valid) scenario. */
export function crossref(ctx: Ctx): Finding[] {
  return CHECKS.flatMap((check) => check(ctx));
}
