import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { SearchIndexStatus } from '@/types/api';

import { searchKeys } from './keys';

/** POST /api/admin/search/rebuild: starts rebuilding the index from the database (202; 409 when one runs). */
export const rebuildIndex = () => api.post<SearchIndexStatus>('/api/admin/search/rebuild');

export function useRebuildIndex() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rebuildIndex,
    // The answer is the new status: it starts the polling.
    onSuccess: (status) => queryClient.setQueryData(searchKeys.status(), status),
    onSettled: () => queryClient.invalidateQueries({ queryKey: searchKeys.status() }),
  });
}
