import { useQuery } from '@tanstack/react-query';

import type { ChallengeType, ResultView } from '@/types/api';

import { getResults } from './get-results';
import { deliveryKeys } from './keys';

export type ResultOwner = {
  challengeId: string;
  industryChain: string | null;
  challengeType: ChallengeType | null;
  province: string | null;
};

const SHOWCASE_PAGE = 100;
const MAX_PAGES = 20;

/**
 * The results summary of one challenge, or null while none is published. The API has no lookup by
 * challenge, so this searches the showcase narrowed by the challenge's own chain, type and region.
 */
export async function findChallengeResult(owner: ResultOwner): Promise<ResultView | null> {
  const filters = {
    chain: owner.industryChain ?? undefined,
    type: owner.challengeType ?? undefined,
    region: owner.province ?? undefined,
  };
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const found = await getResults({ ...filters, page }, SHOWCASE_PAGE);
    const match = found.items.find((item) => item.challengeId === owner.challengeId);
    if (match) {
      return match;
    }
    if (page * SHOWCASE_PAGE >= found.total) {
      return null;
    }
  }
  return null;
}

export const useChallengeResult = (owner: ResultOwner | undefined, enabled = true) =>
  useQuery({
    queryKey: deliveryKeys.challengeResult(owner?.challengeId ?? ''),
    queryFn: () => findChallengeResult(owner!),
    enabled: enabled && owner !== undefined,
  });
