import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

import type { EvaluationView } from '@/types/api';

const KNOWN = new Set(['NO_BIDS', 'PANEL_TOO_SMALL', 'REVIEWS_INCOMPLETE', 'DECISIONS_PENDING']);

/** What still prevents an award proposal, as the server computed it; a green light when nothing does. */
export function EvaluationBlockers({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation('awards');
  if (evaluation.challenge.status !== 'CLOSED') {
    return null;
  }
  if (evaluation.readyToPropose) {
    return <Alert type="success" showIcon title={t('blockers.ready')} className="card-alert" data-testid="evaluation-ready" />;
  }
  const { panel } = evaluation;
  return (
    <Alert
      type="warning"
      showIcon
      className="card-alert"
      title={t('blockers.title')}
      data-testid="evaluation-blockers"
      description={
        <ul className="problem-alert-list">
          {evaluation.blockers.map((blocker) => (
            <li key={blocker} data-testid="evaluation-blocker" data-blocker={blocker}>
              {KNOWN.has(blocker)
                ? t(`blockers.${blocker as 'NO_BIDS'}`, { required: panel.required, active: panel.active })
                : blocker}
            </li>
          ))}
        </ul>
      }
    />
  );
}
