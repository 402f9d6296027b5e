import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ExpertView } from '@/types/api';

import { awardKeys } from './keys';

/** The body of POST /api/admin/experts. */
export type CreateExpertRequest = {
  username: string;
  password: string;
  displayName: string;
  email?: string | null;
  organizationId?: string | null;
  expertise: string[];
};

/** POST /api/admin/experts: adds a reviewer account to the expert pool. */
export const createExpert = (request: CreateExpertRequest) => api.post<ExpertView>('/api/admin/experts', request);

export function useCreateExpert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExpert,
    onSuccess: (created) => {
      queryClient.setQueryData<ExpertView[]>(awardKeys.experts(), (experts) => (experts ? [...experts, created] : experts));
      void queryClient.invalidateQueries({ queryKey: awardKeys.experts() });
    },
  });
}
