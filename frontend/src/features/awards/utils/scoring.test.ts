import type { Rubric } from '@/types/api';

import { formatScore, liveTotal, scoreProblem, toScoreRequest, type ScoreFormValues } from './scoring';

const RUBRIC: Rubric = { technicalMerit: 40, feasibility: 25, teamCapability: 20, costReasonableness: 15 };

const values = (tm: unknown, f: unknown, tc: unknown, cr: unknown) =>
  ({
    technicalMerit: { score: tm, comment: 'a' },
    feasibility: { score: f, comment: 'b' },
    teamCapability: { score: tc, comment: 'c' },
    costReasonableness: { score: cr, comment: 'd' },
  }) as ScoreFormValues;

describe('scoreProblem', () => {
  it('accepts 0 to the weight with at most one decimal', () => {
    expect(scoreProblem(0, 40)).toBeUndefined();
    expect(scoreProblem(40, 40)).toBeUndefined();
    expect(scoreProblem(36.5, 40)).toBeUndefined();
    expect(scoreProblem('12.5', 15)).toBeUndefined();
  });

  it('names what is wrong', () => {
    expect(scoreProblem(undefined, 40)).toBe('required');
    expect(scoreProblem(null, 40)).toBe('required');
    expect(scoreProblem('  ', 40)).toBe('required');
    expect(scoreProblem('abc', 40)).toBe('notNumber');
    expect(scoreProblem(-1, 40)).toBe('negative');
    expect(scoreProblem(40.5, 40)).toBe('aboveMax');
    expect(scoreProblem(16, 15)).toBe('aboveMax');
    expect(scoreProblem(12.25, 15)).toBe('decimals');
  });
});

describe('liveTotal', () => {
  it('sums the valid scores exactly, in tenths', () => {
    expect(liveTotal(values(36.5, 22.1, 18.2, 12.2), RUBRIC)).toEqual({ total: '89.0', max: 100, complete: true, over: [] });
    expect(liveTotal(values(0.1, 0.2, null, undefined), RUBRIC)).toMatchObject({ total: '0.3', complete: false });
  });

  it('is incomplete and lists the criteria above their weight', () => {
    const total = liveTotal(values(45, 20, 21, 10), RUBRIC);
    expect(total.complete).toBe(false);
    expect(total.over).toEqual(['technicalMerit', 'teamCapability']);
    expect(total.total).toBe('96.0');
  });

  it('follows the challenge’s own weights', () => {
    const rubric: Rubric = { technicalMerit: 50, feasibility: 20, teamCapability: 20, costReasonableness: 10 };
    expect(liveTotal(values(45, 20, 20, 10), rubric)).toEqual({ total: '95.0', max: 100, complete: true, over: [] });
    expect(liveTotal(undefined, rubric)).toEqual({ total: '0.0', max: 100, complete: false, over: [] });
  });
});

describe('toScoreRequest', () => {
  it('sends one-decimal strings and trimmed comments', () => {
    const request = toScoreRequest({ ...values(36, 22.5, 18, 12), technicalMerit: { score: 36, comment: '  路线清晰  ' } });
    expect(request.technicalMerit).toEqual({ score: '36.0', comment: '路线清晰' });
    expect(request.feasibility.score).toBe('22.5');
  });
});

describe('formatScore', () => {
  it('shows API figures with fixed decimals', () => {
    expect(formatScore('82.5')).toBe('82.50');
    expect(formatScore('36.0', 1)).toBe('36.0');
    expect(formatScore(null)).toBe('—');
  });
});
