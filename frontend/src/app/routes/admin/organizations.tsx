import { useSearchParams } from 'react-router';

import { OrganizationVerification, type OrganizationFilter } from '@/features/admin/components/organization-verification';

const FILTERS: OrganizationFilter[] = ['unverified', 'verified', 'all'];

export function OrganizationsRoute() {
  const [params, setParams] = useSearchParams();
  const filter = FILTERS.find((candidate) => candidate === params.get('filter')) ?? 'unverified';
  const page = Math.max(1, Number(params.get('page')) || 1);
  return (
    <OrganizationVerification
      filter={filter}
      page={page}
      onChange={(next) => {
        const search = new URLSearchParams();
        if (next.filter !== 'unverified') search.set('filter', next.filter);
        if (next.page > 1) search.set('page', String(next.page));
        setParams(search);
      }}
    />
  );
}
