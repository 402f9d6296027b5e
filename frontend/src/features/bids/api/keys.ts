/** Query keys of the bid feature. */
export const bidKeys = {
  all: ['bids'] as const,
  mine: () => [...bidKeys.all, 'mine'] as const,
  forChallenge: (challengeId: string) => [...bidKeys.all, 'challenge', challengeId] as const,
  receipt: (bidId: string) => [...bidKeys.all, 'receipt', bidId] as const,
};
