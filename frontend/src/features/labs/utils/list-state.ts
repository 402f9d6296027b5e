import type { OrganizationType } from '@/lib/auth';

import type { LabQuery } from '../api/keys';

export const LAB_ORGANIZATION_TYPES: OrganizationType[] = ['UNIVERSITY', 'INSTITUTE', 'ENTERPRISE'];
export const LAB_PAGE_SIZE = 12;

/** The lab directory's filters as the URL keeps them. */
export type LabListState = { q: string; field?: string; province?: string; orgType?: OrganizationType; page: number };

export function readLabListState(params: URLSearchParams): LabListState {
  const orgType = params.get('orgType') ?? '';
  const page = Number(params.get('page'));
  return {
    q: params.get('q')?.trim() ?? '',
    field: params.get('field') || undefined,
    province: params.get('province') || undefined,
    orgType: (LAB_ORGANIZATION_TYPES as string[]).includes(orgType) ? (orgType as OrganizationType) : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function writeLabListState(state: LabListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.field) params.set('field', state.field);
  if (state.province) params.set('province', state.province);
  if (state.orgType) params.set('orgType', state.orgType);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

export const toLabQuery = (state: LabListState): LabQuery => ({
  q: state.q.trim() || undefined,
  field: state.field,
  province: state.province,
  orgType: state.orgType,
  page: state.page,
  size: LAB_PAGE_SIZE,
});
