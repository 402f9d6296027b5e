import { Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { CRITERIA, type Criterion, type CriterionScore, type Rubric } from '@/types/api';
import type { Decimal } from '@/lib/format';

import { formatScore } from '../utils/scoring';

export type ReviewScoresRow = { key: string; reviewer: ReactNode; total: Decimal } & Record<Criterion, CriterionScore>;

/** Each reviewer's points per criterion (out of its weight) with the comment that explains them. */
export function ReviewScoresTable({ rows, rubric, testId }: { rows: ReviewScoresRow[]; rubric: Rubric; testId?: string }) {
  const { t } = useTranslation('awards');
  return (
    <Table<ReviewScoresRow>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 900 }}
      data-testid={testId}
      columns={[
        { title: t('scores.reviewer'), dataIndex: 'reviewer', width: 110, fixed: 'left' },
        ...CRITERIA.map((criterion) => ({
          title: t('criteria.withWeight', { name: t(`criteria.${criterion}`), weight: rubric[criterion] }),
          key: criterion,
          render: (_: unknown, row: ReviewScoresRow) => (
            <div className="criterion-cell" data-criterion={criterion}>
              <strong>{formatScore(row[criterion].score, 1)}</strong>
              <Typography.Paragraph type="secondary" className="criterion-comment pre-wrap">
                {row[criterion].comment}
              </Typography.Paragraph>
            </div>
          ),
        })),
        {
          title: t('scores.total'),
          key: 'total',
          width: 90,
          render: (_: unknown, row: ReviewScoresRow) => <strong data-testid="review-total">{formatScore(row.total, 1)}</strong>,
        },
      ]}
    />
  );
}
