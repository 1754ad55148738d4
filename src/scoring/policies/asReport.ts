/** Turning an answer key (what could be observed) into the report a scripted trainee files. */
import type { ObservedReport } from '../../engine/types';
import type { Report } from '../../scenario/schema';

/** The report that says exactly what was observable: each value, "unknown" where nothing could be seen. */
export function asReport(o: ObservedReport): Report {
  const r: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) r[k] = v === null ? 'unknown' : v === '' ? '' : v;
  if (r.lightColor === '' && o.lights === 'none') r.lightColor = 'none';
  return r as Report;
}
