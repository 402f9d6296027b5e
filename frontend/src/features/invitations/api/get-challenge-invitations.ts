import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { InvitationView } from '@/types/api';

import { invitationKeys } from './keys';

/** GET /api/challenges/{id}/invitations: the labs the challenge's firm invited (for the firm and administrators). */
export const getChallengeInvitations = (challengeId: string) =>
  api.get<InvitationView[]>(`/api/challenges/${encodeURIComponent(challengeId)}/invitations`);

export const challengeInvitationsQueryOptions = (challengeId: string) =>
  queryOptions({ queryKey: invitationKeys.forChallenge(challengeId), queryFn: () => getChallengeInvitations(challengeId) });

export const useChallengeInvitations = (challengeId: string | undefined, options: { enabled?: boolean } = {}) =>
  useQuery({ ...challengeInvitationsQueryOptions(challengeId ?? ''), enabled: Boolean(challengeId) && (options.enabled ?? true) });
