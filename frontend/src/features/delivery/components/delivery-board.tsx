import { AuditOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { ChallengeStatusTag } from '@/components/ui/status-tag';
import { formatDate, formatMoney, formatWan } from '@/lib/format';
import type { DeliveryView } from '@/types/api';

import { useDeliveryBoard } from '../api/get-delivery-board';
import { sumAmounts } from '../utils/money-progress';
import { MilestoneChips } from './milestone-chips';
import { PaidProgress } from './paid-progress';
import { TerminateDialog } from './terminate-dialog';

function BoardCard({ delivery: d, onTerminate }: { delivery: DeliveryView; onTerminate: () => void }) {
  const { t } = useTranslation('delivery');
  const overdue = d.overdueCount > 0;
  return (
    <Card
      className={`board-card${overdue ? ' board-card-overdue' : ''}`}
      data-testid="board-card"
      data-challenge-id={d.challengeId}
      data-overdue={d.overdueCount}
    >
      <div className="board-card-head">
        <div className="board-card-title">
          <Link to={`/challenges/${d.challengeId}`}>{d.challengeTitle}</Link>
          <Space size={4} wrap className="board-card-tags">
            <ChallengeStatusTag status={d.challengeStatus} />
            {overdue && (
              <span className="delivery-overdue-count" data-testid="board-overdue">
                {t('summary.overdue', { count: d.overdueCount })}
              </span>
            )}
          </Space>
        </div>
        <Space wrap className="board-card-actions">
          <Link to={`/firm/challenges/${d.challengeId}/delivery`}>
            <Button size="small" icon={<AuditOutlined />} data-testid="board-open">
              {t('board.open')}
            </Button>
          </Link>
          <Button size="small" danger icon={<StopOutlined />} onClick={onTerminate} data-testid="board-terminate">
            {t('board.terminate')}
          </Button>
        </Space>
      </div>
      <Row gutter={[16, 8]} className="board-card-facts">
        <Col xs={24} md={8}>
          <div className="fact-label">{t('summary.lab')}</div>
          <Link to={`/labs/${d.lab.id}`}>{d.lab.name}</Link>
          <div className="fact-sub">{d.lab.organizationName}</div>
        </Col>
        <Col xs={12} md={6}>
          <div className="fact-label">{t('summary.amount')}</div>
          <div>{formatMoney(d.amount)}</div>
          <div className="fact-sub">{t('board.confirmed', { date: formatDate(d.confirmedAt) })}</div>
        </Col>
        <Col xs={12} md={10}>
          <div className="fact-label">{t('summary.paid')}</div>
          <PaidProgress paid={d.paidTotal} amount={d.amount} testId="board-paid" />
        </Col>
      </Row>
      <MilestoneChips milestones={d.milestones} />
    </Card>
  );
}

/** Every delivery under way: milestones as a compact timeline, overdue ones in red first, paid against the amount; terminate. */
export function DeliveryBoard() {
  const { t } = useTranslation('delivery');
  const board = useDeliveryBoard();
  const [terminating, setTerminating] = useState<DeliveryView>();

  if (board.isPending) {
    return <Skeleton active paragraph={{ rows: 8 }} />;
  }
  if (board.isError) {
    return <QueryError error={board.error} onRetry={() => void board.refetch()} />;
  }
  const deliveries = board.data;
  const withOverdue = deliveries.filter((d) => d.overdueCount > 0).length;
  const amount = sumAmounts(deliveries.map((d) => d.amount));
  const paid = sumAmounts(deliveries.map((d) => d.paidTotal));
  return (
    <div data-testid="delivery-board">
      <Row gutter={[16, 16]} className="board-stats">
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('board.running')} value={deliveries.length} data-testid="board-count" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" className={withOverdue > 0 ? 'board-stat-overdue' : undefined}>
            <Statistic title={t('board.withOverdue')} value={withOverdue} data-testid="board-overdue-count" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('board.amount')} value={formatWan(amount)} />
            <Typography.Text type="secondary">{formatMoney(amount)}</Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('board.paid')} value={formatWan(paid)} />
            <Typography.Text type="secondary">{formatMoney(paid)}</Typography.Text>
          </Card>
        </Col>
      </Row>
      {deliveries.length === 0 ? (
        <Empty description={t('board.empty')} data-testid="board-empty" />
      ) : (
        <Space orientation="vertical" size={12} className="full-width">
          {deliveries.map((d) => (
            <BoardCard key={d.challengeId} delivery={d} onTerminate={() => setTerminating(d)} />
          ))}
        </Space>
      )}
      <TerminateDialog delivery={terminating} onClose={() => setTerminating(undefined)} />
    </div>
  );
}
