import { useSearchParams } from 'react-router';

import { EvaluationList } from '@/features/awards/components/evaluation-list';

export function EvaluationListRoute() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  return <EvaluationList page={page} onPageChange={(next) => setParams(next > 1 ? { page: String(next) } : {})} />;
}
