import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatMoney } from '@/lib/format';
import type { MilestoneView } from '@/types/api';

import { milestoneTone } from '../utils/milestone-state';

type ChipMilestone = Pick<MilestoneView, 'id' | 'seq' | 'title' | 'dueDate' | 'status' | 'overdue' | 'paymentAmount'>;

/** Milestones as a compact horizontal timeline (wrapping on narrow screens); overdue ones in red. */
export function MilestoneChips({ milestones }: { milestones: ChipMilestone[] }) {
  const { t } = useTranslation('delivery');
  return (
    <ol className="milestone-chips" data-testid="milestone-chips" aria-label={t('timeline.label')}>
      {milestones.map((m) => {
        const tone = milestoneTone(m);
        return (
          <li
            key={m.id}
            className={`milestone-chip milestone-chip-${tone}`}
            data-testid="milestone-chip"
            data-tone={tone}
            data-status={m.status}
            data-overdue={m.overdue}
          >
            <Tooltip title={`${m.title} · ${formatMoney(m.paymentAmount)}`}>
              <span className="milestone-chip-body">
                <span className="milestone-chip-dot" aria-hidden />
                <span className="milestone-chip-seq">{t('timeline.seq', { seq: m.seq })}</span>
                <span className="milestone-chip-due">{m.dueDate}</span>
                <span className="milestone-chip-state">{t(`tone.${tone}`)}</span>
              </span>
            </Tooltip>
          </li>
        );
      })}
    </ol>
  );
}
