import { describe, expect, test } from 'vitest';
import { LRS_KEY, loadLrs, NO_LRS, SECRET_KEY, saveLrs } from '../../../src/store/lrs';
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
