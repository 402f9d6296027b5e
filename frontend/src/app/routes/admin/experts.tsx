import { ExpertPool } from '@/features/awards/components/expert-pool';

export function ExpertsRoute() {
  return <ExpertPool />;
}
