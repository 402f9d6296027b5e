import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';

import { api, isApiError } from './api-client';

export type Role = 'FIRM' | 'LAB' | 'ADMIN' | 'EXPERT';
export type OrganizationType = 'ENTERPRISE' | 'GOVERNMENT' | 'UNIVERSITY' | 'INSTITUTE';

export type UserOrganization = {
  id: string;
  name: string;
  type: OrganizationType;
  creditCode: string;
  province: string;
  city: string;
  verified: boolean;
  verifiedAt: string | null;
  invitationCode: string | null;
};

export type UserLab = {
  id: string;
  name: string;
  invitationCode: string | null;
};

/** The signed-in user (GET /api/auth/me). */
export type Me = {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  organization: UserOrganization | null;
  lab: UserLab | null;
  expertise: string[];
};

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** The current user, or null when nobody is signed in. */
export async function getMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/auth/me');
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      return null;
    }
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ME_QUERY_KEY,
    queryFn: getMe,
    staleTime: 5 * 60_000,
  });

export const useUser = () => useQuery(meQueryOptions());

export const logout = () => api.post<void>('/api/auth/logout');

/** Signs out and forgets everything cached for the previous user. */
export function useLogout(options: { onSuccess?: () => void | Promise<void> } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: async () => {
      // Leave the page first, so that a protected page does not show its signed-out state on the way out.
      await options.onSuccess?.();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      queryClient.setQueryData(ME_QUERY_KEY, null);
    },
  });
}

/** Only same-site paths are followed after sign-in, so a crafted link cannot send the user elsewhere. */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return fallback;
  }
  return target;
}

export const loginPath = (redirectTo?: string) =>
  redirectTo && redirectTo !== '/' ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login';

/**
 * Route loader for pages that need a signed-in user: visitors are redirected to the login page and come
 * back afterwards. Checking on navigation (not on every render) lets sign-out leave a protected page
 * without being bounced to the login page on the way.
 */
export const requireUser =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const me = await queryClient.ensureQueryData(meQueryOptions());
    if (!me) {
      const url = new URL(request.url);
      throw redirect(loginPath(url.pathname + url.search));
    }
    return null;
  };
