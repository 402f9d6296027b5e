import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { OrganizationView, Page } from '@/types/api';

import { adminKeys } from './keys';

export const ORGANIZATION_PAGE_SIZE = 20;

/** GET /api/admin/organizations: organizations, optionally only (un)verified ones. */
export const getOrganizations = (verified: boolean | undefined, page: number) =>
  api.get<Page<OrganizationView>>('/api/admin/organizations', { params: { verified, page, size: ORGANIZATION_PAGE_SIZE } });

export const organizationsQueryOptions = (verified: boolean | undefined, page: number) =>
  queryOptions({
    queryKey: adminKeys.organizations(verified, page),
    queryFn: () => getOrganizations(verified, page),
    placeholderData: keepPreviousData,
  });

export const useOrganizations = (verified: boolean | undefined, page: number) => useQuery(organizationsQueryOptions(verified, page));
