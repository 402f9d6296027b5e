import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { AnnouncementView } from '@/types/api';

import { awardKeys } from './keys';

/** GET /api/announcements/{awardId}: one announcement with its objection window. */
export const getAnnouncement = (awardId: string) => api.get<AnnouncementView>(`/api/announcements/${encodeURIComponent(awardId)}`);

export const announcementQueryOptions = (awardId: string) =>
  queryOptions({ queryKey: awardKeys.announcement(awardId), queryFn: () => getAnnouncement(awardId) });

export const useAnnouncement = (awardId: string) => useQuery(announcementQueryOptions(awardId));
