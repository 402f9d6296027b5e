/** Query keys of the search feature. */
export const searchKeys = {
  all: ['search'] as const,
  challenges: (query: object) => [...searchKeys.all, 'challenges', query] as const,
  matches: (challengeId: string, limit: number) => [...searchKeys.all, 'matches', challengeId, limit] as const,
  recommendations: (limit: number) => [...searchKeys.all, 'recommendations', limit] as const,
  status: () => [...searchKeys.all, 'status'] as const,
};
