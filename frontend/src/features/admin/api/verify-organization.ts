import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { OrganizationView } from '@/types/api';

import { adminKeys } from './keys';

/** POST /api/admin/organizations/{id}/verify: marks an organization verified. */
export const verifyOrganization = (id: string) =>
  api.post<OrganizationView>(`/api/admin/organizations/${encodeURIComponent(id)}/verify`);

export function useVerifyOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyOrganization,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
}
