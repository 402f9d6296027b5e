import { TrophyOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Markdown } from '@/components/ui/markdown';
import { formatDate, formatDateTime, formatMoney } from '@/lib/format';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import type { ResultView } from '@/types/api';

/** One results summary in full, with the challenge it came from, the parties, the IP terms and dates. */
export function ResultDetail({ result: r }: { result: ResultView }) {
  const { t } = useTranslation('delivery');
  const taxonomy = useTaxonomyLabels();
  return (
    <div className="result-detail" data-testid="result-detail">
      <header className="challenge-detail-header">
        <Space wrap size={[8, 8]}>
          <Tag color="geekblue" icon={<TrophyOutlined />}>
            {t('showcase.badge')}
          </Tag>
          {r.industryChain && <Tag color="blue">{taxonomy.label('industryChains', r.industryChain)}</Tag>}
          {r.challengeType && <Tag color="volcano">{taxonomy.label('challengeTypes', r.challengeType)}</Tag>}
        </Space>
        <Typography.Title level={2} className="challenge-detail-title" data-testid="result-title">
          {r.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('showcase.fromChallenge')}{' '}
          <Link to={`/challenges/${r.challengeId}`} data-testid="result-challenge-link">
            {r.challengeTitle}
          </Link>
        </Typography.Paragraph>
      </header>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Card title={t('showcase.summary')} className="detail-card">
            <Typography.Paragraph className="pre-wrap" data-testid="result-summary">
              {r.summary}
            </Typography.Paragraph>
          </Card>
          <Card title={t('showcase.outcomes')} className="detail-card">
            {r.outcomes ? <Markdown source={r.outcomes} testId="result-outcomes" /> : <Typography.Text type="secondary">{t('showcase.noOutcomes')}</Typography.Text>}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('showcase.facts')} className="detail-card">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('showcase.lab')}>
                <Link to={`/labs/${r.lab.id}`} data-testid="result-lab">
                  {r.lab.name}
                </Link>
                <div className="fact-sub">{r.lab.organizationName}</div>
              </Descriptions.Item>
              <Descriptions.Item label={t('showcase.firm')}>
                <span data-testid="result-firm">{r.firm.name}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('showcase.ipTerms')}>
                <span data-testid="result-ip">{r.ipTerms ? taxonomy.label('ipTerms', r.ipTerms) : '—'}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('showcase.region')}>{taxonomy.label('regions', r.province) || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('showcase.amount')}>{formatMoney(r.amount)}</Descriptions.Item>
              <Descriptions.Item label={t('showcase.completedAt')}>
                <span data-testid="result-completed">{formatDate(r.completedAt)}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('showcase.publishedAt')}>{formatDateTime(r.publishedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('showcase.publishedBy')}>{t(`results.roles.${r.publishedByRole === 'LAB' ? 'LAB' : 'FIRM'}`)}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
