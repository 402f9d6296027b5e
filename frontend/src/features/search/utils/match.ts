import type { MatchFactor } from '@/types/api';

export const isKnown = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** Each factor's part of the score in percent, one decimal (the shares add up to the score). */
export function factorPercents(factors: MatchFactor[], score: number): number[] {
  const total = score > 0 ? score : factors.reduce((sum, factor) => sum + Math.max(0, factor.share), 0);
  return factors.map((factor) => (total > 0 ? Math.round((Math.max(0, factor.share) / total) * 1000) / 10 : 0));
}

/** A score or share as shown: two decimals. */
export const formatScore = (score: number) => (Number.isFinite(score) ? score.toFixed(2) : '—');
