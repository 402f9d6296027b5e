import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { InvitationView } from '@/types/api';

import { invitationKeys } from './keys';

export type InviteRequest = { labId: string; message?: string };

/**
 * POST /api/challenges/{id}/invitations: invites a lab to bid on the firm's open challenge (its members are
 * notified). Inviting the same lab again answers the first invitation (200) without notifying again.
 */
export const inviteLab = (challengeId: string, request: InviteRequest) =>
  api.post<InvitationView>(`/api/challenges/${encodeURIComponent(challengeId)}/invitations`, request);

export function useInviteLab() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ challengeId, request }: { challengeId: string; request: InviteRequest }) => inviteLab(challengeId, request),
    onSuccess: (view) => {
      queryClient.setQueryData<InvitationView[]>(invitationKeys.forChallenge(view.challenge.id), (list) =>
        list ? [view, ...list.filter((item) => item.id !== view.id)] : list,
      );
      void queryClient.invalidateQueries({ queryKey: invitationKeys.forChallenge(view.challenge.id) });
    },
  });
}
