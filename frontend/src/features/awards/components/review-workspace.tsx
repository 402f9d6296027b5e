import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Alert, App, Card, Col, Empty, Progress, Row, Segmented, Skeleton, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { QueryError } from '@/components/ui/query-error';
import { formatMoney } from '@/lib/format';
import type { BidView } from '@/types/api';

import { useReviewBids } from '../api/get-review-bids';
import { useSaveScore } from '../api/save-score';
import { ScoreForm } from './score-form';

type ReviewWorkspaceProps = {
  challengeId: string;
  /** Renders a bid read-only (approach, team, partners, milestone plan); the app passes the bids feature's view. */
  renderBid: (bid: BidView) => ReactNode;
};

/** The bids of a challenge one at a time, each read-only beside the reviewer's scoring form. */
export function ReviewWorkspace({ challengeId, renderBid }: ReviewWorkspaceProps) {
  const { t } = useTranslation(['awards', 'common']);
  const { message } = App.useApp();
  const view = useReviewBids(challengeId);
  const save = useSaveScore(challengeId);
  const [selected, setSelected] = useState<string | undefined>();

  if (view.isPending) {
    return <Skeleton active paragraph={{ rows: 10 }} />;
  }
  if (view.isError) {
    return <QueryError error={view.error} onRetry={() => void view.refetch()} />;
  }
  const { bids, rubric, challenge } = view.data;
  if (bids.length === 0) {
    return <Empty description={t('review.noBids')} data-testid="review-no-bids" />;
  }
  const scored = bids.filter((entry) => entry.myScore).length;
  const current = bids.find((entry) => entry.bid.id === selected) ?? bids.find((entry) => !entry.myScore) ?? bids[0];
  const index = bids.indexOf(current);
  const open = challenge.status === 'CLOSED';

  return (
    <div className="review-workspace" data-testid="review-workspace">
      <Card className="detail-card">
        <Space orientation="vertical" size={8} className="full-width">
          <div className="review-progress" data-testid="review-progress" data-scored={scored} data-total={bids.length}>
            <span>{t('review.progress', { scored, total: bids.length })}</span>
            <Progress percent={Math.round((scored / bids.length) * 100)} size="small" className="review-progress-bar" />
          </div>
          <Segmented<string>
            value={current.bid.id}
            onChange={setSelected}
            className="review-bid-switch"
            options={bids.map((entry, i) => ({
              value: entry.bid.id,
              label: (
                <span data-testid="review-bid-tab" data-bid-id={entry.bid.id} data-scored={Boolean(entry.myScore)}>
                  {entry.myScore ? <CheckCircleFilled className="review-tab-done" /> : <ClockCircleOutlined />}{' '}
                  {t('review.bidNumber', { number: i + 1 })} · {entry.bid.lab.name}
                </span>
              ),
            }))}
          />
        </Space>
      </Card>
      {!open && <Alert type="info" showIcon title={t('review.closedForScoring')} className="card-alert" />}
      <Row gutter={[24, 24]} key={current.bid.id}>
        <Col xs={24} xl={14}>
          <Card
            className="detail-card"
            title={t('review.bidTitle', { number: index + 1, lab: current.bid.lab.name })}
            extra={<Typography.Text strong>{formatMoney(current.bid.quotedAmount)}</Typography.Text>}
            data-testid="review-bid"
            data-bid-id={current.bid.id}
          >
            {renderBid(current.bid)}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card className="detail-card score-card" title={t('score.title')}>
            <ScoreForm
              rubric={rubric}
              score={current.myScore}
              readOnly={!open}
              onSubmit={(request) =>
                save.mutateAsync({ bidId: current.bid.id, request }).then(() => {
                  message.success(t('score.saved', { lab: current.bid.lab.name }));
                  const next = bids.find((entry) => entry.bid.id !== current.bid.id && !entry.myScore);
                  if (next) {
                    setSelected(next.bid.id);
                  }
                })
              }
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
