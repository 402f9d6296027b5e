import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { isLanguage, DEFAULT_LANGUAGE } from './i18n';
import { labelOf, termOptions, useTaxonomy, type TaxonomyTerm } from './taxonomy';

type Vocabulary = 'industryChains' | 'techFields' | 'challengeTypes' | 'organizationTypes' | 'ipTerms' | 'regions';

/** Labels and select options of the taxonomy in the current UI language (codes while it loads). */
export function useTaxonomyLabels() {
  const taxonomy = useTaxonomy();
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return useMemo(() => {
    const terms = (vocabulary: Vocabulary): TaxonomyTerm[] | undefined => taxonomy.data?.[vocabulary];
    return {
      loading: taxonomy.isPending,
      label: (vocabulary: Vocabulary, code: string | null | undefined) => labelOf(terms(vocabulary), code, language),
      options: (vocabulary: Vocabulary) => termOptions(terms(vocabulary), language),
      /** Technology fields grouped by their industry chain, for a grouped select. */
      techFieldGroups: () =>
        (taxonomy.data?.industryChains ?? [])
          .map((chain) => ({
            label: labelOf(taxonomy.data?.industryChains, chain.code, language),
            title: chain.code,
            options: termOptions(
              taxonomy.data?.techFields.filter((field) => field.chain === chain.code),
              language,
            ),
          }))
          .filter((group) => group.options.length > 0),
    };
  }, [taxonomy.data, taxonomy.isPending, language]);
}
