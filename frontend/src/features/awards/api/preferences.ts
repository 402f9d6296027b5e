import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { PreferenceView } from '@/types/api';

import { awardKeys } from './keys';

const path = (challengeId: string) => `/api/challenges/${encodeURIComponent(challengeId)}/preferences`;

/** GET /api/challenges/{id}/preferences: the firm's advisory preference order (empty when none was given). */
export const getPreference = (challengeId: string) => api.get<PreferenceView>(path(challengeId));

export const preferenceQueryOptions = (challengeId: string) =>
  queryOptions({ queryKey: awardKeys.preference(challengeId), queryFn: () => getPreference(challengeId) });

export const usePreference = (challengeId: string) => useQuery(preferenceQueryOptions(challengeId));

/** PUT /api/challenges/{id}/preferences: the firm ranks the opened bids, most preferred first. */
export const savePreference = (challengeId: string, bidIds: string[]) => api.put<PreferenceView>(path(challengeId), { bidIds });

export function useSavePreference(challengeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (bidIds: string[]) => savePreference(challengeId, bidIds),
    onSuccess: (preference) => queryClient.setQueryData(awardKeys.preference(challengeId), preference),
  });
}
