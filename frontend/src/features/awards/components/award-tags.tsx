import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

import type { AwardStatus, ObjectionStatus, RecusalReason } from '@/types/api';

const AWARD_COLORS: Record<AwardStatus, string> = { PROPOSED: 'purple', CONFIRMED: 'magenta', WITHDRAWN: 'default', UNAWARDED: 'default' };

const OBJECTION_COLORS: Record<ObjectionStatus, string> = { PENDING: 'gold', UPHELD: 'red', DISMISSED: 'default' };

/** 公示中 / 已确认 / 已撤回 / 流榜. */
export function AwardStatusTag({ status, testId }: { status: AwardStatus; testId?: string }) {
  const { t } = useTranslation('awards');
  return (
    <Tag color={AWARD_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`awardStatus.${status}`)}
    </Tag>
  );
}

/** 待处理 / 成立 / 驳回. */
export function ObjectionStatusTag({ status, testId }: { status: ObjectionStatus; testId?: string }) {
  const { t } = useTranslation('awards');
  return (
    <Tag color={OBJECTION_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`objectionStatus.${status}`)}
    </Tag>
  );
}

/** A recused reviewer: the rule that applied and the organization it concerns. */
export function RecusalTag({ reason, detail, testId }: { reason: RecusalReason | null; detail?: string | null; testId?: string }) {
  const { t } = useTranslation('awards');
  const label = t(`recusal.${reason ?? 'DECLARED_CONFLICT'}`);
  return (
    <Tooltip title={detail || undefined}>
      <Tag color="red" data-testid={testId} data-reason={reason ?? undefined}>
        {t('recusal.tag', { reason: label })}
      </Tag>
    </Tooltip>
  );
}
