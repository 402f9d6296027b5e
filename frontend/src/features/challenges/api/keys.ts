/** Query keys of the challenge feature; everything under ['challenges'] is refreshed after a change. */
export const challengeKeys = {
  all: ['challenges'] as const,
  lists: () => [...challengeKeys.all, 'list'] as const,
  list: (params: object) => [...challengeKeys.lists(), params] as const,
  detail: (id: string) => [...challengeKeys.all, 'detail', id] as const,
  mine: (params: object) => [...challengeKeys.all, 'mine', params] as const,
  reviewQueue: (page: number) => [...challengeKeys.all, 'review-queue', page] as const,
  clarifications: (id: string) => [...challengeKeys.all, 'clarifications', id] as const,
  follow: (id: string) => [...challengeKeys.all, 'follow', id] as const,
  follows: () => [...challengeKeys.all, 'follows'] as const,
};
