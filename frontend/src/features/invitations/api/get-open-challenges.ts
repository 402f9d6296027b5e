import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ChallengeSummaryView, Page } from '@/types/api';

import { invitationKeys } from './keys';

/**
 * GET /api/my/challenges?status=PUBLISHED: the firm's published challenges, of which those still taking
 * bids (`open`) are the ones a lab can be invited to.
 */
export const getOpenChallenges = async () => {
  const page = await api.get<Page<ChallengeSummaryView>>('/api/my/challenges', { params: { status: 'PUBLISHED', size: 100 } });
  return page.items.filter((challenge) => challenge.open);
};

export const openChallengesQueryOptions = () =>
  queryOptions({ queryKey: invitationKeys.openChallenges(), queryFn: getOpenChallenges, staleTime: 30_000 });

export const useOpenChallenges = (options: { enabled?: boolean } = {}) =>
  useQuery({ ...openChallengesQueryOptions(), enabled: options.enabled ?? true });
