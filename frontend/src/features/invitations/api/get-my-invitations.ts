import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { InvitationView } from '@/types/api';

import { invitationKeys } from './keys';

/** GET /api/my/invitations: the lab's invitations to challenges that are still public, newest first. */
export const getMyInvitations = () => api.get<InvitationView[]>('/api/my/invitations');

export const myInvitationsQueryOptions = () => queryOptions({ queryKey: invitationKeys.mine(), queryFn: getMyInvitations });

export const useMyInvitations = () => useQuery(myInvitationsQueryOptions());
