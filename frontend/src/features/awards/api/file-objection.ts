import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ObjectionView } from '@/types/api';

import { awardKeys } from './keys';

/** POST /api/announcements/{awardId}/objections: files an objection (异议) during the announcement period. */
export const fileObjection = (awardId: string, reasons: string) =>
  api.post<ObjectionView>(`/api/announcements/${encodeURIComponent(awardId)}/objections`, { reasons });

export function useFileObjection(awardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reasons: string) => fileObjection(awardId, reasons),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: awardKeys.myObjections() }),
  });
}
