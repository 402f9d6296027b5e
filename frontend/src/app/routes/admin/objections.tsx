import { useSearchParams } from 'react-router';

import { ObjectionQueue, type ObjectionFilter } from '@/features/awards/components/objection-queue';

const FILTERS: ObjectionFilter[] = ['PENDING', 'DISMISSED', 'UPHELD', 'ALL'];

export function ObjectionsRoute() {
  const [params, setParams] = useSearchParams();
  const filter = FILTERS.find((candidate) => candidate === params.get('status')) ?? 'PENDING';
  const page = Math.max(1, Number(params.get('page')) || 1);
  return (
    <ObjectionQueue
      filter={filter}
      page={page}
      onChange={(next) => {
        const search = new URLSearchParams();
        if (next.filter !== 'PENDING') search.set('status', next.filter);
        if (next.page > 1) search.set('page', String(next.page));
        setParams(search);
      }}
    />
  );
}
