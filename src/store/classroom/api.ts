/** The classroom server's HTTP API, from the browser: create a class, reserve a seat, fetch the results. */
import { t } from '../../i18n';
import type { ClassResults, CreateClassResponse, ErrorReason, JoinOptions } from '../../protocol';
import { errorText } from './wording';

/** An answer that was not a success: the status and the message (or problem lines) for people. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

/** Calls the API; a failure's message is worded in the current language (`classCode`: the class asked about). */
async function call<T>(path: string, init: RequestInit, classCode = ''): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError(0, t('classroom:api.noServer'));
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return body as T;
  const b = (body ?? {}) as { error?: unknown; reason?: ErrorReason; problems?: unknown };
  const problems = Array.isArray(b.problems) ? b.problems.map(String) : [];
  const fallback =
    typeof b.error === 'string' ? b.error : problems.length ? t('classroom:api.problems') : t('classroom:api.noServer');
  throw new ApiError(res.status, errorText(b.reason, classCode, fallback), problems);
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Creates a class from a scenario's text; the answer holds the join code and the instructor key. */
export function createClass(scenario: string): Promise<CreateClassResponse> {
  return call('/api/classes', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ scenario }) });
}

/** Reserves a place in a class (a seat, or the instructor's console): what the SDK's consumeSeatReservation takes. */
export function reserve<R>(code: string, options: JoinOptions): Promise<R> {
  return call(
    `/api/classes/${encodeURIComponent(code)}/reservation`,
    { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(options) },
    code,
  );
}

/** Every seat's run and score card (instructor only). */
export function fetchResults<Card>(code: string, key: string): Promise<ClassResults<Card>> {
  return call(
    `/api/classes/${encodeURIComponent(code)}/results`,
    { headers: { authorization: `Bearer ${key}` } },
    code,
  );
}
