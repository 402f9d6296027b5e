import { useSearchParams } from 'react-router';

import { ReviewQueue } from '@/features/challenges/components/review-queue';

export function ReviewQueueRoute() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  return <ReviewQueue page={page} onPageChange={(next) => setParams(next > 1 ? { page: String(next) } : {})} />;
}
