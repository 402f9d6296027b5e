import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ShortlistView } from '@/types/api';

import { AFFECTED_KEYS, awardKeys } from './keys';

/** POST /api/admin/challenges/{id}/shortlist: the given bids become SHORTLISTED, the others NOT_SELECTED. */
export const shortlist = (challengeId: string, bidIds: string[]) =>
  api.post<ShortlistView>(`/api/admin/challenges/${encodeURIComponent(challengeId)}/shortlist`, { bidIds });

export function useShortlist(challengeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (bidIds: string[]) => shortlist(challengeId, bidIds),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: awardKeys.evaluation(challengeId) });
      AFFECTED_KEYS.forEach((queryKey) => void queryClient.invalidateQueries({ queryKey }));
    },
  });
}
