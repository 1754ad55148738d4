import { describe, expect, test } from 'vitest';
import {
  basicAuth,
  endpointProblem,
  LRS_KEY,
  loadLrs,
  lrsWarnings,
  NO_LRS,
  SECRET_KEY,
  saveLrs,
} from '../../../src/store/lrs';
import { memoryStorage } from '../memoryStorage';

const settings = {
  endpoint: 'https://lrs.example/xapi',
  username: 'key',
  password: 's3cret',
  learner: 'Sam',
  rememberSecret: false,
};

describe('LRS settings', () => {
  test('a secret not remembered stays out of local storage and lasts as long as the browser session', () => {
    const local = memoryStorage();
    const session = memoryStorage();
    expect(saveLrs(local, session, settings)).toBe(true);
    expect(local.getItem(LRS_KEY)).not.toContain('s3cret');
    expect(loadLrs(local, session)).toEqual(settings);
    expect(loadLrs(local, memoryStorage())).toEqual({ ...settings, password: '' });
  });

  test('a remembered secret is kept in local storage and leaves session storage', () => {
    const local = memoryStorage();
    const session = memoryStorage();
    saveLrs(local, session, settings);
    saveLrs(local, session, { ...settings, rememberSecret: true });
    expect(session.getItem(SECRET_KEY)).toBeNull();
    expect(loadLrs(local, memoryStorage())).toEqual({ ...settings, rememberSecret: true });
    saveLrs(local, session, settings);
    expect(local.getItem(LRS_KEY)).not.toContain('s3cret');
    expect(loadLrs(local, session).password).toBe('s3cret');
  });

  test('settings saved before the choice existed keep their secret, as remembered', () => {
    const local = memoryStorage();
    local.setItem(LRS_KEY, JSON.stringify({ endpoint: 'https://x/xapi', username: 'k', password: 'old', learner: '' }));
    expect(loadLrs(local, memoryStorage())).toEqual({
      ...NO_LRS,
      endpoint: 'https://x/xapi',
      username: 'k',
      password: 'old',
      rememberSecret: true,
    });
  });

  test('unreadable or missing storage gives empty settings, never an error', () => {
    const local = memoryStorage();
    local.setItem(LRS_KEY, '{not json');
    expect(loadLrs(local, null)).toEqual(NO_LRS);
    expect(loadLrs(null, null)).toEqual(NO_LRS);
    expect(saveLrs(null, null, settings)).toBe(false);
  });
});

describe('LRS credentials and endpoint', () => {
  test('a Latin-1 key and secret make the Basic header; anything else is refused before sending, saying why', () => {
    expect(basicAuth('key', 'sécret')).toEqual({ ok: true, header: `Basic ${btoa('key:sécret')}` });
    const refused = basicAuth('key', '秘密');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toMatch(/^the LRS secret must be plain ASCII or Latin-1 characters/);
    const both = basicAuth('ключ', '🔑');
    if (!both.ok) expect(both.reason).toMatch(/^the LRS key and secret must be/);
    expect(both.ok).toBe(false);
  });

  test.each([
    ['https://lrs.example/xapi', null],
    ['http://localhost:8080/xapi', null],
    ['http://127.0.0.1:9000/xapi', null],
    ['http://[::1]/xapi', null],
    ['', null],
    ['http://lrs.example/xapi', 'not https'],
    ['http://localhost.example.com/xapi', 'not https'],
    ['lrs.example/xapi', 'not a full address'],
    ['ftp://lrs.example/xapi', 'should start with https://'],
  ])('endpoint %s: %s', (endpoint, problem) => {
    const found = endpointProblem(endpoint);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  test('the settings panel lists every problem', () => {
    expect(lrsWarnings({ ...settings, endpoint: 'http://lrs.example/xapi', password: '秘密' })).toEqual([
      expect.stringContaining('not https'),
      expect.stringMatching(/^The LRS secret must be plain ASCII or Latin-1 characters/),
    ]);
    expect(lrsWarnings(settings)).toEqual([]);
  });
});
