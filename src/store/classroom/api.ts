/** The classroom server's HTTP API, from the browser: create a class, reserve a seat, fetch the results. */
import type { ClassResults, CreateClassResponse, JoinOptions } from '../../protocol';

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

const NO_SERVER = 'The classroom server did not answer. Check the address and your network, then try again.';

async function call<T>(path: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError(0, NO_SERVER);
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return body as T;
  const b = (body ?? {}) as { error?: unknown; problems?: unknown };
  const problems = Array.isArray(b.problems) ? b.problems.map(String) : [];
  const text = typeof b.error === 'string' ? b.error : problems.length ? 'The scenario has problems.' : NO_SERVER;
  throw new ApiError(res.status, text, problems);
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Creates a class from a scenario's text; the answer holds the join code and the instructor key. */
export function createClass(scenario: string): Promise<CreateClassResponse> {
  return call('/api/classes', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ scenario }) });
}

/** Reserves a place in a class (a seat, or the instructor's console): what the SDK's consumeSeatReservation takes. */
export function reserve<R>(code: string, options: JoinOptions): Promise<R> {
  return call(`/api/classes/${encodeURIComponent(code)}/reservation`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify(options),
  });
}

/** Every seat's run and score card (instructor only). */
export function fetchResults<Card>(code: string, key: string): Promise<ClassResults<Card>> {
  return call(`/api/classes/${encodeURIComponent(code)}/results`, { headers: { authorization: `Bearer ${key}` } });
}
