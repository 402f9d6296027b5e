import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { ME_QUERY_KEY, type Me, type OrganizationType } from '@/lib/auth';

export type RegistrableRole = 'FIRM' | 'LAB';

export type NewOrganization = {
  name: string;
  type: OrganizationType;
  creditCode: string;
  province: string;
  city: string;
};

/** Either `organization` (a new one) or `invitationCode` (joining one), never both. */
export type RegisterInput = {
  username: string;
  password: string;
  displayName: string;
  email?: string;
  role: RegistrableRole;
  organization?: NewOrganization;
  invitationCode?: string;
  labName?: string;
};

/** POST /api/auth/register: creates the account (and organization) and signs in. */
export const register = (input: RegisterInput) => api.post<Me>('/api/auth/register', input);

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (me) => {
      queryClient.setQueryData(ME_QUERY_KEY, me);
    },
  });
}
