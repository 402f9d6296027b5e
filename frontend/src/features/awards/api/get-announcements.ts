import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { AnnouncementView, Page } from '@/types/api';

import { awardKeys } from './keys';

export const ANNOUNCEMENT_PAGE_SIZE = 10;

/** GET /api/announcements: award announcements (公示), newest first, for everyone. */
export const getAnnouncements = (page: number) =>
  api.get<Page<AnnouncementView>>('/api/announcements', { params: { page, size: ANNOUNCEMENT_PAGE_SIZE } });

export const announcementsQueryOptions = (page: number) =>
  queryOptions({ queryKey: awardKeys.announcements(page), queryFn: () => getAnnouncements(page), placeholderData: keepPreviousData });

export const useAnnouncements = (page: number) => useQuery(announcementsQueryOptions(page));
