import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { BidStatus, ChallengeStatus } from '@/types/api';

const CHALLENGE_COLORS: Record<ChallengeStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'gold',
  PUBLISHED: 'green',
  REJECTED: 'red',
  CLOSED: 'blue',
  AWARD_PROPOSED: 'purple',
  AWARDED: 'magenta',
  IN_DELIVERY: 'cyan',
  COMPLETED: 'geekblue',
  TERMINATED: 'volcano',
  UNAWARDED: 'default',
  CANCELLED: 'default',
};

const BID_COLORS: Record<BidStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'green',
  WITHDRAWN: 'default',
  SHORTLISTED: 'blue',
  NOT_SELECTED: 'default',
  AWARDED: 'magenta',
};

export function ChallengeStatusTag({ status, testId }: { status: ChallengeStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={CHALLENGE_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`challengeStatus.${status}`)}
    </Tag>
  );
}

export function BidStatusTag({ status, testId }: { status: BidStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={BID_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`bidStatus.${status}`)}
    </Tag>
  );
}
