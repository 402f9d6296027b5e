import type { OrganizationType } from '@/lib/auth';

import type { LabSearchQuery } from '../api/search-labs';

export const LAB_ORGANIZATION_TYPES: OrganizationType[] = ['UNIVERSITY', 'INSTITUTE', 'ENTERPRISE'];
export const LAB_PAGE_SIZE = 12;
export const LAB_FACETS = ['field', 'region', 'orgType'] as const;
export type LabFacetName = (typeof LAB_FACETS)[number];

/** The lab directory as the URL keeps it: the query, facets (each key repeated per value) and the 1-based page. */
export type LabListState = { q: string; field: string[]; region: string[]; orgType: string[]; page: number };

export const EMPTY_LAB_LIST_STATE: LabListState = { q: '', field: [], region: [], orgType: [], page: 1 };

const values = (params: URLSearchParams, ...keys: string[]) =>
  [...new Set(keys.flatMap((key) => params.getAll(key)).map((value) => value.trim()).filter(Boolean))];

export function readLabListState(params: URLSearchParams): LabListState {
  const page = Number(params.get('page'));
  return {
    q: params.get('q')?.trim() ?? '',
    field: values(params, 'field'),
    // Links from before the search took `province`.
    region: values(params, 'region', 'province'),
    orgType: values(params, 'orgType').filter((type) => (LAB_ORGANIZATION_TYPES as string[]).includes(type)),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function writeLabListState(state: LabListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const facet of LAB_FACETS) {
    state[facet].forEach((value) => params.append(facet, value));
  }
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

export const toLabSearchQuery = (state: LabListState): LabSearchQuery => ({
  q: state.q.trim() || undefined,
  field: state.field,
  region: state.region,
  orgType: state.orgType,
  page: state.page,
  size: LAB_PAGE_SIZE,
});

export const hasLabFilters = (state: LabListState) => Boolean(state.q.trim() || LAB_FACETS.some((facet) => state[facet].length > 0));
