import type { ChallengeType } from '@/types/api';

export type ResultsFilters = { chain?: string; type?: ChallengeType; region?: string; page: number };

/** Query keys of the delivery feature (milestones, payments, results). */
export const deliveryKeys = {
  all: ['delivery'] as const,
  challenge: (challengeId: string) => [...deliveryKeys.all, 'challenge', challengeId] as const,
  board: () => [...deliveryKeys.all, 'board'] as const,
  results: (filters: ResultsFilters) => [...deliveryKeys.all, 'results', filters] as const,
  result: (id: string) => [...deliveryKeys.all, 'result', id] as const,
  challengeResult: (challengeId: string) => [...deliveryKeys.all, 'challenge-result', challengeId] as const,
};

/** Other features' caches a delivery change affects (the challenge's state, lab track records, statistics). */
export const AFFECTED_KEYS = [['challenges'], ['labs'], ['stats']] as const;
