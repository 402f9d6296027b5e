import { CheckSquareOutlined, FileSearchOutlined, FlagOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Drawer, Empty, Popconfirm, Space, Table, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { BidStatusTag } from '@/components/ui/status-tag';
import { formatMoney, formatWan } from '@/lib/format';
import { CRITERIA, type EvaluationBidRow, type EvaluationView } from '@/types/api';

import { useShortlist } from '../api/shortlist';
import { formatScore } from '../utils/scoring';
import { ConsensusDecisionDialog } from './consensus-decision-dialog';
import { ReviewScoresTable } from './review-scores-table';
import { ScoreDispersion } from './score-dispersion';

type ComparisonRow = { key: string; label: ReactNode; render: (bid: EvaluationBidRow) => ReactNode };

/**
 * The opened bids side by side (a column each, best effective score first): lab, quote, the firm's
 * preference, every reviewer's points per criterion, the mean, the dispersion with the non-consensus flag
 * and its decision, and the shortlist.
 */
export function BidComparison({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation(['awards', 'bids', 'common']);
  const { bids, rubric, challenge } = evaluation;
  const open = challenge.status === 'CLOSED';
  const shortlist = useShortlist(challenge.id);
  const [deciding, setDeciding] = useState<EvaluationBidRow | undefined>();
  const [details, setDetails] = useState<EvaluationBidRow | undefined>();
  const [picked, setPicked] = useState<Set<string> | undefined>();
  const selected = picked ?? new Set(bids.filter((bid) => bid.status === 'SHORTLISTED').map((bid) => bid.bidId));
  const reviewers = evaluation.reviewers.filter((reviewer) => !reviewer.recused);
  const names = new Map(evaluation.reviewers.map((reviewer) => [reviewer.reviewerId, reviewer.displayName]));

  if (bids.length === 0) {
    return (
      <Card className="detail-card" title={t('comparison.title')}>
        <Empty description={t('comparison.none')} />
      </Card>
    );
  }

  const rows: ComparisonRow[] = [
    {
      key: 'lab',
      label: t('comparison.lab'),
      render: (bid) => (
        <div>
          <Link to={`/labs/${bid.lab.id}`}>
            <strong>{bid.lab.name}</strong>
          </Link>
          <div className="fact-sub">{bid.lab.organizationName}</div>
        </div>
      ),
    },
    { key: 'status', label: t('comparison.status'), render: (bid) => <BidStatusTag status={bid.status} testId="comparison-bid-status" /> },
    {
      key: 'amount',
      label: t('bids:fields.quotedAmount'),
      render: (bid) => (
        <div>
          <span data-testid="comparison-amount">{formatMoney(bid.quotedAmount)}</span>
          <div className="fact-sub">{formatWan(bid.quotedAmount)}</div>
        </div>
      ),
    },
    {
      key: 'months',
      label: t('bids:fields.deliveryMonths'),
      render: (bid) => (bid.deliveryMonths ? t('bids:opened.months', { count: bid.deliveryMonths }) : '—'),
    },
    {
      key: 'preference',
      label: t('comparison.preference'),
      render: (bid) => (bid.preferenceRank ? t('comparison.rank', { rank: bid.preferenceRank }) : <Typography.Text type="secondary">—</Typography.Text>),
    },
    ...CRITERIA.map((criterion) => ({
      key: `criterion-${criterion}`,
      label: t('criteria.withWeight', { name: t(`criteria.${criterion}`), weight: rubric[criterion] }),
      render: (bid: EvaluationBidRow) => (
        <div className="comparison-criterion">
          <strong>{formatScore(bid.criterionMeans[criterion])}</strong>
          <div className="fact-sub">
            {bid.scores.length > 0 ? bid.scores.map((score) => formatScore(score[criterion].score, 1)).join(' · ') : '—'}
          </div>
        </div>
      ),
    })),
    ...reviewers.map((reviewer) => ({
      key: `reviewer-${reviewer.reviewerId}`,
      label: (
        <span>
          {reviewer.displayName}
          <div className="fact-sub">{t('comparison.reviewerTotal')}</div>
        </span>
      ),
      render: (bid: EvaluationBidRow) => {
        const score = bid.scores.find((candidate) => candidate.reviewerId === reviewer.reviewerId);
        return score ? (
          <span data-testid="comparison-reviewer-score">
            <strong>{formatScore(score.total, 1)}</strong>
            <span className="fact-sub"> （{CRITERIA.map((criterion) => formatScore(score[criterion].score, 1)).join(' / ')}）</span>
          </span>
        ) : (
          <Typography.Text type="warning">{t('comparison.notScored')}</Typography.Text>
        );
      },
    })),
    {
      key: 'statistics',
      label: t('comparison.statistics'),
      render: (bid) => (
        <div data-testid="comparison-statistics" data-bid-id={bid.bidId}>
          <ScoreDispersion statistics={bid.statistics} decision={bid.decision} decisionPending={bid.decisionPending} />
          {bid.statistics.flagged && open && (
            <div>
              <Button
                size="small"
                type={bid.decisionPending ? 'primary' : 'default'}
                icon={<FlagOutlined />}
                className="comparison-decide"
                onClick={() => setDeciding(bid)}
                data-testid="comparison-decide"
              >
                {bid.decision ? t('decision.change') : t('decision.open')}
              </Button>
            </div>
          )}
          {bid.decision && (
            <Typography.Paragraph type="secondary" className="comparison-reasoning pre-wrap" ellipsis={{ rows: 3, expandable: true }}>
              {bid.decision.reasoning}
            </Typography.Paragraph>
          )}
        </div>
      ),
    },
    {
      key: 'effective',
      label: t('comparison.effective'),
      render: (bid) => (
        <strong className="comparison-effective" data-testid="comparison-effective">
          {formatScore(bid.effectiveScore)}
        </strong>
      ),
    },
    {
      key: 'missing',
      label: t('comparison.missing'),
      render: (bid) =>
        bid.missingReviewers.length === 0 ? (
          <Typography.Text type="success">{t('comparison.allScored')}</Typography.Text>
        ) : (
          <Typography.Text type="warning" data-testid="comparison-missing">
            {bid.missingReviewers.map((id) => names.get(id) ?? id).join('、')}
          </Typography.Text>
        ),
    },
    {
      key: 'details',
      label: t('comparison.details'),
      render: (bid) => (
        <Button size="small" icon={<FileSearchOutlined />} onClick={() => setDetails(bid)} disabled={bid.scores.length === 0} data-testid="comparison-details">
          {t('comparison.comments')}
        </Button>
      ),
    },
    ...(open
      ? [
          {
            key: 'shortlist',
            label: t('comparison.shortlist'),
            render: (bid: EvaluationBidRow) => (
              <Checkbox
                checked={selected.has(bid.bidId)}
                onChange={(event) => {
                  const next = new Set(selected);
                  if (event.target.checked) {
                    next.add(bid.bidId);
                  } else {
                    next.delete(bid.bidId);
                  }
                  setPicked(next);
                }}
                data-testid="comparison-shortlist"
              >
                {t('comparison.shortlistThis')}
              </Checkbox>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      className="detail-card"
      title={t('comparison.title')}
      extra={
        open && (
          <Popconfirm
            title={t('comparison.shortlistConfirm', { count: selected.size })}
            description={t('comparison.shortlistDescription')}
            okText={t('common:actions.confirm')}
            cancelText={t('common:actions.cancel')}
            disabled={selected.size === 0}
            onConfirm={() => shortlist.mutateAsync([...selected]).then(() => setPicked(undefined), () => undefined)}
          >
            <Button icon={<CheckSquareOutlined />} disabled={selected.size === 0} loading={shortlist.isPending} data-testid="comparison-shortlist-save">
              {t('comparison.shortlistSave', { count: selected.size })}
            </Button>
          </Popconfirm>
        )
      }
      data-testid="bid-comparison"
    >
      <Typography.Paragraph type="secondary">{t('comparison.lead')}</Typography.Paragraph>
      {shortlist.isError && <ProblemAlert error={shortlist.error} className="form-alert" />}
      <Table<ComparisonRow>
        rowKey="key"
        size="small"
        bordered
        pagination={false}
        dataSource={rows}
        scroll={{ x: 160 + bids.length * 230 }}
        className="comparison-table"
        columns={[
          { title: '', dataIndex: 'label', key: 'label', width: 160, fixed: 'left', className: 'comparison-label' },
          ...bids.map((bid, index) => ({
            title: (
              <span data-testid="comparison-column" data-bid-id={bid.bidId}>
                {t('comparison.column', { number: index + 1 })}
              </span>
            ),
            key: bid.bidId,
            width: 230,
            onCell: () => ({ className: bid.statistics.flagged ? 'comparison-flagged' : undefined }),
            render: (_: unknown, row: ComparisonRow) => row.render(bid),
          })),
        ]}
      />
      <ConsensusDecisionDialog challengeId={challenge.id} bid={deciding} onClose={() => setDeciding(undefined)} />
      <Drawer
        open={details !== undefined}
        onClose={() => setDetails(undefined)}
        title={details ? t('comparison.commentsTitle', { lab: details.lab.name }) : ''}
        size="large"
        data-testid="comparison-drawer"
      >
        {details && (
          <Space orientation="vertical" size={16} className="full-width">
            <ScoreDispersion statistics={details.statistics} decision={details.decision} decisionPending={details.decisionPending} />
            <ReviewScoresTable
              rubric={rubric}
              rows={details.scores.map((score) => ({
                key: score.reviewerId,
                reviewer: score.reviewerName ?? names.get(score.reviewerId) ?? '—',
                technicalMerit: score.technicalMerit,
                feasibility: score.feasibility,
                teamCapability: score.teamCapability,
                costReasonableness: score.costReasonableness,
                total: score.total,
              }))}
            />
          </Space>
        )}
      </Drawer>
    </Card>
  );
}
