import { expect, test } from 'vitest';
import { meanScore, ratingFor, round1, timeCredit } from '../../../src/scoring/rating';

test.each([
  [100, 'P'],
  [90, 'P'],
  [89.9, 'S'],
  [70, 'S'],
  [69.9, 'M'],
  [40, 'M'],
  [39.9, 'U'],
  [0, 'U'],
  [null, 'N/A'],
] as const)('score %s rates %s', (score, rating) => {
  expect(ratingFor(score)).toBe(rating);
});

test.each([
  [0, 60_000, 1],
  [60_000, 60_000, 1],
  [90_000, 60_000, 0.5],
  [120_000, 60_000, 0],
  [500_000, 60_000, 0],
  [1, 0, 0],
])('time credit for %d ms against a %d ms goal is %d', (latency, goal, credit) => {
  expect(timeCredit(latency, goal)).toBe(credit);
});

test('means round to one decimal and nothing to score is null', () => {
  expect(meanScore([1, 0, 0])).toBe(33.3);
  expect(meanScore([])).toBeNull();
  expect(round1(83.333)).toBe(83.3);
});
