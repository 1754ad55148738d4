/**
 * Sends queued xAPI statements to the configured LRS with fetch; failures stay in the outbox for retry. Before
 * posting a run it asks the LRS which of the run's statements (by registration) it already has and skips those,
 * so "Send" never posts the same statement twice.
 */

import type { Statement } from '@xapi/xapi';
import { t } from '../../i18n';
import { aarSession } from '../../store/aar';
import { setOutbox } from '../../store/aarActions';
import { basicAuth, type OutboxItem, statementsUrl } from '../../store/lrs';
import { session } from '../../store/session';

interface Posted {
  error: string | null;
  sent: number;
  skipped: number;
}

/** The ids the LRS already holds for a registration; an empty set when it cannot tell (then all are posted). */
async function storedIds(url: string, registration: string, headers: Record<string, string>): Promise<Set<string>> {
  try {
    const res = await fetch(`${url}?${new URLSearchParams({ registration, limit: '0' })}`, { headers });
    if (!res.ok) return new Set();
    const body = (await res.json()) as { statements?: { id?: unknown }[] };
    return new Set((body.statements ?? []).map((s) => String(s.id)));
  } catch {
    return new Set();
  }
}

async function post(item: OutboxItem): Promise<Posted> {
  const { endpoint, username, password } = aarSession.getState().lrs;
  const auth = basicAuth(username, password);
  if (!auth.ok) return { error: auth.reason, sent: 0, skipped: 0 };
  const url = statementsUrl(endpoint);
  const headers = { 'X-Experience-API-Version': '1.0.3', Authorization: auth.header };
  const have = await storedIds(url, item.id, headers);
  const fresh: Statement[] = item.statements.filter((s) => !s.id || !have.has(s.id));
  const skipped = item.statements.length - fresh.length;
  if (fresh.length === 0) return { error: null, sent: 0, skipped };
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(fresh),
    });
    const error = res.ok ? null : t('aar:lrs.answered', { status: `${res.status} ${res.statusText}`.trim() });
    return { error, sent: error ? 0 : fresh.length, skipped };
  } catch (e) {
    return { error: t('aar:lrs.unreachable', { reason: (e as Error).message }), sent: 0, skipped };
  }
}

/** The status line after sending: what was sent, what the LRS already had, or why it failed. */
function statusOf(sent: number, skipped: number, error: string | null, left: number): string {
  if (error) return t('aar:lrs.failed', { error, left });
  if (sent === 0) return t('aar:lrs.nothingNew', { skipped });
  return skipped ? t('aar:lrs.sentSkipped', { sent, skipped }) : t('aar:lrs.sent', { sent });
}

/** Sends every queued run; what fails is kept with its reason. Resolves to how many runs are still waiting. */
export async function flushOutbox(): Promise<number> {
  const { lrs, outbox } = aarSession.getState();
  if (!lrs.endpoint.trim() || outbox.length === 0) return outbox.length;
  aarSession.setState({ lrsStatus: t('aar:lrs.sending', { count: outbox.length }) });
  const left: OutboxItem[] = [];
  let sent = 0;
  let skipped = 0;
  let error: string | null = null;
  for (const item of outbox) {
    const done = await post(item);
    sent += done.sent;
    skipped += done.skipped;
    if (done.error !== null) {
      error = done.error;
      left.push({ ...item, lastError: done.error });
    }
  }
  setOutbox(left);
  const status = statusOf(sent, skipped, error, left.length);
  aarSession.setState({ lrsStatus: status });
  if (error) session.setState({ notice: { kind: 'error', text: `xAPI ${status}` } });
  return left.length;
}
