import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { ME_QUERY_KEY, type Me } from '@/lib/auth';

export type LoginInput = {
  username: string;
  password: string;
};

/** POST /api/auth/login: signs in with a session cookie. */
export const login = (input: LoginInput) => api.post<Me>('/api/auth/login', input);

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      queryClient.setQueryData(ME_QUERY_KEY, me);
    },
  });
}
