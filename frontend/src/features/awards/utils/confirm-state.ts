import type { AwardView } from '@/types/api';

/** Why an award cannot be confirmed now. */
export type ConfirmBlocker = 'NOT_PROPOSED' | 'PERIOD_RUNNING' | 'OBJECTIONS_PENDING';

export type ConfirmState = { enabled: boolean; blockers: ConfirmBlocker[] };

/**
 * Whether the confirm button is enabled (SPEC §4): an award is proposed, its announcement period has ended
 * and no objection is pending. Every reason that applies is listed, so the page can say why not.
 */
export function confirmState(
  award: Pick<AwardView, 'status' | 'publicityEndsAt' | 'pendingObjections'> | null | undefined,
  now: number,
): ConfirmState {
  if (!award || award.status !== 'PROPOSED') {
    return { enabled: false, blockers: ['NOT_PROPOSED'] };
  }
  const blockers: ConfirmBlocker[] = [];
  const ends = award.publicityEndsAt ? Date.parse(award.publicityEndsAt) : Number.NaN;
  if (Number.isNaN(ends) || now < ends) {
    blockers.push('PERIOD_RUNNING');
  }
  if (award.pendingObjections > 0) {
    blockers.push('OBJECTIONS_PENDING');
  }
  return { enabled: blockers.length === 0, blockers };
}

/** The award that decides the challenge now: the newest that was not withdrawn (awards come newest first). */
export const currentAward = <T extends Pick<AwardView, 'status'>>(awards: T[]): T | undefined =>
  awards.find((award) => award.status !== 'WITHDRAWN');
