import { ClockCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { MilestoneView } from '@/types/api';

import { daysPastDue, milestoneTone, TONE_COLORS } from '../utils/milestone-state';

const STATUS_COLORS = { PLANNED: 'default', SUBMITTED: 'processing', ACCEPTED: 'success', RETURNED: 'warning' } as const;

/** A milestone's state, and a red "overdue by n days" mark when it is past due and not accepted. */
export function MilestoneStatusTags({ milestone }: { milestone: Pick<MilestoneView, 'status' | 'overdue' | 'dueDate'> }) {
  const { t } = useTranslation('delivery');
  const days = milestone.overdue ? daysPastDue(milestone.dueDate) : 0;
  return (
    <span className="milestone-tags">
      <Tag color={STATUS_COLORS[milestone.status]} data-testid="milestone-status" data-status={milestone.status}>
        {t(`status.${milestone.status}`)}
      </Tag>
      {milestone.overdue && (
        <Tag color={TONE_COLORS[milestoneTone(milestone)]} icon={<ClockCircleOutlined />} data-testid="milestone-overdue">
          {days > 0 ? t('overdue.days', { count: days }) : t('overdue.tag')}
        </Tag>
      )}
    </span>
  );
}
