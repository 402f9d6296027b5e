import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { MyLabView } from '@/types/api';

import { labKeys } from './keys';

/** The body of PUT /api/my/lab: replaces every editable field of the profile. */
export type UpdateLabProfileRequest = {
  name: string;
  leader?: string | null;
  summary?: string | null;
  researchFields: string[];
  keywords: string[];
  capabilities?: string | null;
  achievements?: string | null;
  facilities?: string | null;
  teamSize?: number | null;
  province?: string | null;
  city?: string | null;
  version: number;
};

/** PUT /api/my/lab: saves the profile (409 when someone else saved it in between). */
export const updateMyLab = (request: UpdateLabProfileRequest) => api.put<MyLabView>('/api/my/lab', request);

export function useUpdateMyLab() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMyLab,
    onSuccess: (view) => {
      queryClient.setQueryData(labKeys.mine(), view);
      void queryClient.invalidateQueries({ queryKey: labKeys.all, predicate: (query) => query.queryKey[1] !== 'mine' });
    },
  });
}
