import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from './api-client';
import type { Language } from './i18n';

/** One entry of a controlled vocabulary (industry chain, tech field, region, ...). */
export type TaxonomyTerm = {
  code: string;
  zh: string;
  en: string;
  chain: string | null;
};

/** GET /api/taxonomy: the vocabularies every feature shares, hence kept here rather than in a feature. */
export type Taxonomy = {
  industryChains: TaxonomyTerm[];
  techFields: TaxonomyTerm[];
  challengeTypes: TaxonomyTerm[];
  organizationTypes: TaxonomyTerm[];
  ipTerms: TaxonomyTerm[];
  regions: TaxonomyTerm[];
};

export const getTaxonomy = () => api.get<Taxonomy>('/api/taxonomy');

export const taxonomyQueryOptions = () =>
  queryOptions({
    queryKey: ['taxonomy'],
    queryFn: getTaxonomy,
    staleTime: Infinity,
    gcTime: Infinity,
  });

export const useTaxonomy = () => useQuery(taxonomyQueryOptions());

export const termLabel = (term: TaxonomyTerm, language: Language) => (language === 'en' ? term.en : term.zh);

/** The label of a code in a vocabulary, or the code itself while the vocabulary loads or when it is unknown. */
export function labelOf(terms: TaxonomyTerm[] | undefined, code: string | null | undefined, language: Language) {
  if (!code) {
    return '';
  }
  const term = terms?.find((candidate) => candidate.code === code);
  return term ? termLabel(term, language) : code;
}

/** Select options for a vocabulary in the UI language. */
export const termOptions = (terms: TaxonomyTerm[] | undefined, language: Language) =>
  (terms ?? []).map((term) => ({ value: term.code, label: termLabel(term, language) }));
