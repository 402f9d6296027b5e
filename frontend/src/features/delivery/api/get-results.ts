import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { Page, ResultView } from '@/types/api';

import { deliveryKeys, type ResultsFilters } from './keys';

export const RESULTS_PAGE_SIZE = 12;

/** GET /api/results: the public results showcase (成果展示), newest first. */
export const getResults = ({ chain, type, region, page }: ResultsFilters, size = RESULTS_PAGE_SIZE) =>
  api.get<Page<ResultView>>('/api/results', { params: { chain, type, region, page, size } });

export const resultsQueryOptions = (filters: ResultsFilters) =>
  queryOptions({ queryKey: deliveryKeys.results(filters), queryFn: () => getResults(filters), placeholderData: keepPreviousData });

export const useResults = (filters: ResultsFilters) => useQuery(resultsQueryOptions(filters));
