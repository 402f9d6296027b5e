import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ClarificationView } from '@/types/api';

import { challengeKeys } from './keys';

/**
 * GET /api/challenges/{id}/clarifications: the answered questions for everyone; open ones too for the
 * challenge's firm, administrators and the lab that asked. Never the asker's identity.
 */
export const getClarifications = (challengeId: string) =>
  api.get<ClarificationView[]>(`/api/challenges/${encodeURIComponent(challengeId)}/clarifications`);

export const clarificationsQueryOptions = (challengeId: string) =>
  queryOptions({
    queryKey: challengeKeys.clarifications(challengeId),
    queryFn: () => getClarifications(challengeId),
    staleTime: 10_000,
  });

export const useClarifications = (challengeId: string, options: { enabled?: boolean } = {}) =>
  useQuery({ ...clarificationsQueryOptions(challengeId), enabled: options.enabled ?? true });
