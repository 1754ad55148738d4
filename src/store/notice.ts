/** Notices of one or several messages, so a message shown at the same time as another is never lost. */
import { t } from '../i18n';
import { type Notice, session } from './session';

/** A notice of the given messages: one is its text, several are listed under a count. */
export function noticeOf(kind: Notice['kind'], lines: readonly string[]): Notice {
  if (lines.length === 1) return { kind, text: lines[0] };
  return { kind, text: t('app:notice.messages', { count: lines.length }), items: [...lines] };
}

/** Adds messages to the notice shown (if any) rather than replacing it; an error makes the whole notice one. */
export function addNotice(kind: Notice['kind'], lines: readonly string[]): void {
  if (lines.length === 0) return;
  const shown = session.getState().notice;
  const before = shown ? (shown.items ?? [shown.text]) : [];
  const merged = shown?.kind === 'error' || kind === 'error' ? 'error' : 'info';
  session.setState({ notice: noticeOf(merged, [...before, ...lines]) });
}
