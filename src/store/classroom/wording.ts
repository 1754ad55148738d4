/** The server's refusals and HTTP errors in the trainee's language, from their codes (the server's own text is English). */
import { t } from '../../i18n';
import type { ErrorReason, RefusedMessage } from '../../protocol';

const text = (v: string | number | undefined): string | null => (v === undefined ? null : String(v));

/** What a refused message says to people: worded from its code and values, else the server's text. */
export function refusalText(m: RefusedMessage): string {
  const a = m.args ?? {};
  const inject = text(a.inject);
  switch (m.code) {
    case 'rate-limited':
      return t('classroom:refused.rateLimited');
    case 'too-big':
      return t('classroom:refused.tooBig');
    case 'not-allowed':
      return t('classroom:refused.notAllowed');
    case 'bad-message':
      return t('classroom:refused.badMessage', { message: m.message });
    case 'not-running':
      if (a.phase === 'paused') return t('classroom:refused.paused');
      if (a.phase === 'lobby') return t('classroom:refused.lobby');
      return a.phase === 'ended' ? t('classroom:refused.ended') : t('classroom:refused.notRunning');
    case 'bad-phase':
      return t('classroom:refused.badPhase', { command: text(a.command) ?? 'other' });
  }
  if (inject !== null && m.code === 'not-optional') return t('classroom:refused.notOptional', { inject });
  if (inject !== null && m.code === 'unknown-inject') return t('classroom:refused.unknownInject', { inject });
  if (inject !== null && m.code === 'already-fired') return t('classroom:refused.alreadyFired', { inject });
  return t('classroom:refused.other', { message: m.message });
}

/** What a failed request says to people: worded from its reason (and the class code asked about), else the server's text. */
export function errorText(reason: ErrorReason | undefined, code: string, fallback: string): string {
  switch (reason) {
    case 'bad-code':
      return t('classroom:api.badCode');
    case 'unknown-class':
      return t('classroom:api.unknownClass', { code });
    case 'ended-class':
      return t('classroom:api.endedClass', { code });
    case 'bad-body':
    case 'bad-request':
      return t('classroom:api.badRequest');
    case 'bad-join':
      return t('classroom:api.badJoin');
    case 'wrong-key':
      return t('classroom:api.wrongKey');
    case 'no-seat':
      return t('classroom:api.noSeat', { code });
    case 'broken-scenario':
      return t('classroom:api.brokenScenario');
    case 'server-failed':
    case 'no-api':
      return t('classroom:api.serverFailed');
    case 'too-large':
      return t('classroom:api.tooLarge');
    default:
      return fallback;
  }
}
