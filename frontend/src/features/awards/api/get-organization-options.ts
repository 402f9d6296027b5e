import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { OrganizationView, Page } from '@/types/api';

import { awardKeys } from './keys';

/**
 * GET /api/admin/organizations (first 100): the organizations an expert may belong to, for the picker.
 * An expert's organization drives automatic recusal.
 */
export const getOrganizationOptions = () =>
  api.get<Page<OrganizationView>>('/api/admin/organizations', { params: { page: 1, size: 100 } });

export const organizationOptionsQueryOptions = () =>
  queryOptions({ queryKey: awardKeys.organizations(), queryFn: getOrganizationOptions, staleTime: 60_000 });

export const useOrganizationOptions = (options: { enabled?: boolean } = {}) =>
  useQuery({ ...organizationOptionsQueryOptions(), enabled: options.enabled ?? true });
