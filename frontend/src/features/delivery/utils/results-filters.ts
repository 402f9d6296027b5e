import { CHALLENGE_TYPES, type ChallengeType } from '@/types/api';

import type { ResultsFilters } from '../api/keys';

const text = (params: URLSearchParams, key: string) => params.get(key)?.trim() || undefined;

/** The showcase filters as the URL keeps them (chain, type, region, page), ignoring anything malformed. */
export function readResultsFilters(params: URLSearchParams): ResultsFilters {
  const type = text(params, 'type');
  const page = Number(params.get('page'));
  return {
    chain: text(params, 'chain'),
    type: (CHALLENGE_TYPES as readonly string[]).includes(type ?? '') ? (type as ChallengeType) : undefined,
    region: text(params, 'region'),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Writes the filters into a query string, leaving out what is unset. */
export function writeResultsFilters(filters: ResultsFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['chain', 'type', 'region'] as const) {
    const value = filters[key];
    if (value) {
      params.set(key, value);
    }
  }
  if (filters.page > 1) {
    params.set('page', String(filters.page));
  }
  return params;
}

export const hasResultsFilters = (filters: ResultsFilters) => Boolean(filters.chain || filters.type || filters.region);
