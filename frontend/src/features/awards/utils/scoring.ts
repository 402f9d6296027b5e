import type { Decimal } from '@/lib/format';
import { CRITERIA, type Criterion, type Rubric, type ScoreView } from '@/types/api';

import type { ScoreRequest } from '../api/save-score';

/** The scoring form's values: a score (points, at most one decimal) and a comment per criterion. */
export type ScoreFormValues = Record<Criterion, { score?: number | string | null; comment?: string | null }>;

export type ScoreProblem = 'required' | 'notNumber' | 'negative' | 'aboveMax' | 'decimals';

const ONE_DECIMAL = /^\d+(\.\d)?$/;

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** What is wrong with one criterion's points (0 … the criterion's weight, at most one decimal), if anything. */
export function scoreProblem(value: number | string | null | undefined, max: number): ScoreProblem | undefined {
  if (blank(value)) {
    return 'required';
  }
  const text = String(value).trim();
  const number = Number(text);
  if (!Number.isFinite(number)) {
    return 'notNumber';
  }
  if (number < 0) {
    return 'negative';
  }
  if (!ONE_DECIMAL.test(text)) {
    return 'decimals';
  }
  if (number > max) {
    return 'aboveMax';
  }
  return undefined;
}

/** Points in tenths, exact (scores have one decimal), or undefined for anything not a valid score. */
function tenths(value: number | string | null | undefined): number | undefined {
  if (blank(value)) {
    return undefined;
  }
  const text = String(value).trim();
  return ONE_DECIMAL.test(text) ? Math.round(Number(text) * 10) : undefined;
}

export type LiveTotal = {
  /** The sum of the valid scores entered so far, one decimal: "82.5". */
  total: string;
  /** The rubric's maximum (100 for the default weights). */
  max: number;
  /** Whether every criterion has a valid score within its weight. */
  complete: boolean;
  /** Criteria whose score is above their weight. */
  over: Criterion[];
};

/** The total as the reviewer types, with which criteria are still missing or too high. */
export function liveTotal(values: Partial<ScoreFormValues> | undefined, rubric: Rubric): LiveTotal {
  let sum = 0;
  let complete = true;
  const over: Criterion[] = [];
  for (const criterion of CRITERIA) {
    const value = values?.[criterion]?.score;
    const problem = scoreProblem(value, rubric[criterion]);
    if (problem === 'aboveMax') {
      over.push(criterion);
    }
    if (problem) {
      complete = false;
    }
    sum += tenths(value) ?? 0;
  }
  const max = CRITERIA.reduce((total, criterion) => total + rubric[criterion], 0);
  return { total: (sum / 10).toFixed(1), max, complete, over };
}

/** The form's starting values: the reviewer's earlier score, or empty. */
export function toScoreFormValues(score: ScoreView | null | undefined): Partial<ScoreFormValues> {
  if (!score) {
    return {};
  }
  return Object.fromEntries(
    CRITERIA.map((criterion) => [criterion, { score: Number(score[criterion].score), comment: score[criterion].comment }]),
  ) as ScoreFormValues;
}

/** The request body: scores as decimal strings with one place, comments trimmed. */
export function toScoreRequest(values: ScoreFormValues): ScoreRequest {
  return Object.fromEntries(
    CRITERIA.map((criterion) => [
      criterion,
      { score: ((tenths(values[criterion].score) ?? 0) / 10).toFixed(1), comment: (values[criterion].comment ?? '').trim() },
    ]),
  ) as ScoreRequest;
}

/** A score figure as the API gives it ("82.50"), shown with a fixed number of decimals; "—" when absent. */
export function formatScore(value: Decimal | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  const number = Number(value);
  return Number.isFinite(number) ? number.toFixed(decimals) : '—';
}
