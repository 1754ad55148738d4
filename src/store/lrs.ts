/** LRS settings (endpoint, credentials, learner) and the outbox of statements waiting to be sent. */

import type { Statement } from '@xapi/xapi';
import { t } from '../i18n';

export interface LrsSettings {
  endpoint: string;
  username: string;
  password: string;
  /** The learner's name, used for the xAPI actor. */
  learner: string;
  /** Keep the secret in this browser's local storage; otherwise only until the browser closes. */
  rememberSecret: boolean;
}

export interface OutboxItem {
  /** The run's registration id. */
  id: string;
  statements: Statement[];
  /** Why the last attempt failed, or null if never tried. */
  lastError: string | null;
}

export const LRS_KEY = 'skywatch.lrs';
export const OUTBOX_KEY = 'skywatch.lrs.outbox';
/** Where a secret that is not remembered is kept: session storage, cleared when the browser closes. */
export const SECRET_KEY = 'skywatch.lrs.secret';
export const NO_LRS: LrsSettings = { endpoint: '', username: '', password: '', learner: '', rememberSecret: false };

function read(storage: Storage | null, key: string): unknown {
  try {
    return JSON.parse(storage?.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

/**
 * LRS settings from storage, the secret from session storage unless it is remembered (settings saved before
 * the choice existed kept their secret locally, so they count as remembered); anything unreadable is empty.
 */
export function loadLrs(storage: Storage | null, session: Storage | null): LrsSettings {
  const v = read(storage, LRS_KEY) as Partial<Record<keyof LrsSettings, unknown>> | null;
  const text = (x: unknown) => (typeof x === 'string' ? x : '');
  if (!v) return { ...NO_LRS, password: text(read(session, SECRET_KEY)) };
  const legacy = v.rememberSecret === undefined && text(v.password) !== '';
  const rememberSecret = v.rememberSecret === true || legacy;
  return {
    endpoint: text(v.endpoint),
    username: text(v.username),
    password: rememberSecret ? text(v.password) : text(read(session, SECRET_KEY)),
    learner: text(v.learner),
    rememberSecret,
  };
}

/** Saves LRS settings: the secret goes to local storage only when it is to be remembered. False when refused. */
export function saveLrs(storage: Storage | null, session: Storage | null, settings: LrsSettings): boolean {
  const kept = settings.rememberSecret ? settings : { ...settings, password: '' };
  const saved = store(storage, LRS_KEY, kept);
  if (settings.rememberSecret) session?.removeItem(SECRET_KEY);
  else store(session, SECRET_KEY, settings.password);
  return saved;
}

/** The outbox from storage (statements not yet accepted by the LRS). */
export function loadOutbox(storage: Storage | null): OutboxItem[] {
  const v = read(storage, OUTBOX_KEY);
  return Array.isArray(v)
    ? v.filter((x): x is OutboxItem => typeof x?.id === 'string' && Array.isArray(x?.statements))
    : [];
}

/** Saves a JSON value; false when storage refused. */
export function store(storage: Storage | null, key: string, value: unknown): boolean {
  try {
    storage?.setItem(key, JSON.stringify(value));
    return storage !== null;
  } catch {
    return false;
  }
}

/** The xAPI actor for the configured learner (an account on this trainer). */
export function actorFor(settings: LrsSettings): {
  objectType: 'Agent';
  name: string;
  account: { homePage: string; name: string };
} {
  const name = settings.learner.trim() || 'trainee';
  return { objectType: 'Agent', name, account: { homePage: 'urn:skywatch:learner', name } };
}

/** The statements resource of an endpoint ("https://lrs/xapi" → "https://lrs/xapi/statements"). */
export function statementsUrl(endpoint: string): string {
  return `${endpoint.trim().replace(/\/+$/, '')}/statements`;
}

function latin1(text: string): boolean {
  return [...text].every((c) => (c.codePointAt(0) ?? 0) <= 0xff);
}

/** Why the key or secret cannot go into a Basic auth header (it carries only ASCII/Latin-1 text), or null. */
export function credentialsProblem(username: string, password: string): string | null {
  const key = !latin1(username);
  const secret = !latin1(password);
  if (!key && !secret) return null;
  return t('app:store.lrsLatin1', { which: key && secret ? 'both' : key ? 'key' : 'secret' });
}

/** The Basic authorization header for the key and secret, or why it cannot be made. */
export function basicAuth(
  username: string,
  password: string,
): { ok: true; header: string } | { ok: false; reason: string } {
  const problem = credentialsProblem(username, password);
  return problem ? { ok: false, reason: problem } : { ok: true, header: `Basic ${btoa(`${username}:${password}`)}` };
}

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** Why the endpoint is risky or unusable (not https, so Basic auth would travel in clear; not an address), or null. */
export function endpointProblem(endpoint: string): string | null {
  const text = endpoint.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return t('app:store.lrsNotAddress');
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.includes(url.hostname))) return null;
  if (url.protocol === 'http:') {
    return t('app:store.lrsNotHttps');
  }
  return t('app:store.lrsScheme', { scheme: `${url.protocol}//` });
}

/** Everything wrong with the LRS settings, in words, for the settings panel. */
export function lrsWarnings(settings: LrsSettings): string[] {
  const credentials = credentialsProblem(settings.username, settings.password);
  return [
    endpointProblem(settings.endpoint),
    credentials && `${credentials[0].toUpperCase()}${credentials.slice(1)}.`,
  ].filter((w): w is string => Boolean(w));
}
