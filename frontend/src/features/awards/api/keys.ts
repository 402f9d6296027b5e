/** Query keys of the award feature (evaluation, award, announcements, objections). */
export const awardKeys = {
  all: ['awards'] as const,
  experts: () => [...awardKeys.all, 'experts'] as const,
  organizations: () => [...awardKeys.all, 'organizations'] as const,
  evaluationList: (page: number) => [...awardKeys.all, 'evaluation-list', page] as const,
  evaluation: (challengeId: string) => [...awardKeys.all, 'evaluation', challengeId] as const,
  objections: (status: string | undefined, page: number) => [...awardKeys.all, 'objections', { status, page }] as const,
  myReviews: () => [...awardKeys.all, 'my-reviews'] as const,
  reviewBids: (challengeId: string) => [...awardKeys.all, 'review-bids', challengeId] as const,
  announcements: (page: number) => [...awardKeys.all, 'announcements', page] as const,
  announcement: (awardId: string) => [...awardKeys.all, 'announcement', awardId] as const,
  myObjections: () => [...awardKeys.all, 'my-objections'] as const,
  preference: (challengeId: string) => [...awardKeys.all, 'preference', challengeId] as const,
  bidEvaluation: (bidId: string) => [...awardKeys.all, 'bid-evaluation', bidId] as const,
};

/** Other features' caches that an award decision changes (challenge states, bid outcomes). */
export const AFFECTED_KEYS = [['challenges'], ['bids']] as const;
