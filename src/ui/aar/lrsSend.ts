/** Sends queued xAPI statements to the configured LRS with fetch; failures stay in the outbox for retry. */

import { aarSession } from '../../store/aar';
import { setOutbox } from '../../store/aarActions';
import { basicAuth, type OutboxItem, statementsUrl } from '../../store/lrs';
import { session } from '../../store/session';

async function post(item: OutboxItem): Promise<string | null> {
  const { endpoint, username, password } = aarSession.getState().lrs;
  const auth = basicAuth(username, password);
  if (!auth.ok) return auth.reason;
  try {
    const res = await fetch(statementsUrl(endpoint), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Experience-API-Version': '1.0.3',
        Authorization: auth.header,
      },
      body: JSON.stringify(item.statements),
    });
    return res.ok ? null : `the LRS answered ${res.status} ${res.statusText}`.trim();
  } catch (e) {
    return `the LRS could not be reached (${(e as Error).message})`;
  }
}

/** Sends every queued run; what fails is kept with its reason. Resolves to how many runs are still waiting. */
export async function flushOutbox(): Promise<number> {
  const { lrs, outbox } = aarSession.getState();
  if (!lrs.endpoint.trim() || outbox.length === 0) return outbox.length;
  aarSession.setState({ lrsStatus: `Sending ${outbox.length} run(s) to the LRS…` });
  const left: OutboxItem[] = [];
  let sent = 0;
  let error: string | null = null;
  for (const item of outbox) {
    const failure = await post(item);
    if (failure === null) sent += item.statements.length;
    else {
      error = failure;
      left.push({ ...item, lastError: failure });
    }
  }
  setOutbox(left);
  const status = error
    ? `Sending failed: ${error}. ${left.length} run(s) kept for retry.`
    : `Sent ${sent} statements to the LRS.`;
  aarSession.setState({ lrsStatus: status });
  if (error) session.setState({ notice: { kind: 'error', text: `xAPI ${status}` } });
  return left.length;
}
