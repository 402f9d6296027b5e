import type { ChallengeStatus } from '@/types/api';

/** The state tabs of the firm's challenge list. */
export const MY_CHALLENGE_TABS: (ChallengeStatus | 'ALL')[] = [
  'ALL',
  'DRAFT',
  'SUBMITTED',
  'REJECTED',
  'PUBLISHED',
  'CLOSED',
  'AWARDED',
  'CANCELLED',
];

export type MyChallengeTab = (typeof MY_CHALLENGE_TABS)[number];

export const readMyChallengeTab = (value: string | null): MyChallengeTab =>
  MY_CHALLENGE_TABS.includes(value as MyChallengeTab) ? (value as MyChallengeTab) : 'ALL';
