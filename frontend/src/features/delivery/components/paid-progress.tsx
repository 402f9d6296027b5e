import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatMoney, type Decimal } from '@/lib/format';

import { moneyProgress } from '../utils/money-progress';

/** Paid against the amount: a bar and "¥paid / ¥amount", computed on exact cents. */
export function PaidProgress({ paid, amount, testId = 'paid-progress' }: { paid: Decimal | null; amount: Decimal | null; testId?: string }) {
  const { t } = useTranslation('delivery');
  const progress = moneyProgress(paid, amount);
  return (
    <div className="paid-progress" data-testid={testId} data-percent={progress.percent} data-remaining={progress.remaining}>
      <Progress
        percent={progress.percent}
        size="small"
        showInfo={false}
        status={progress.complete ? 'success' : 'normal'}
        aria-label={t('progress.label', { percent: progress.percent })}
      />
      <div className="paid-progress-text">
        <span>{t('progress.paidOf', { paid: formatMoney(paid), amount: formatMoney(amount) })}</span>
        <span className="paid-progress-percent">{progress.percent}%</span>
      </div>
    </div>
  );
}
