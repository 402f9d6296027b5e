import { DatabaseOutlined, SyncOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Popconfirm, Progress, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { QueryError } from '@/components/ui/query-error';
import { isApiError } from '@/lib/api-client';
import { formatCount, formatDateTime } from '@/lib/format';
import type { SearchRebuildView } from '@/types/api';

import { isRebuilding, useIndexStatus } from '../api/get-index-status';
import { useRebuildIndex } from '../api/rebuild-index';

const percentOf = (rebuild: SearchRebuildView) =>
  rebuild.total > 0 ? Math.min(100, Math.floor((rebuild.processed / rebuild.total) * 100)) : rebuild.running ? 0 : 100;

function RebuildProgress({ rebuild }: { rebuild: SearchRebuildView }) {
  const { t } = useTranslation('search');
  return (
    <div data-testid="search-rebuild" data-running={rebuild.running}>
      <Progress
        percent={percentOf(rebuild)}
        status={rebuild.error ? 'exception' : rebuild.running ? 'active' : 'success'}
        data-testid="search-rebuild-progress"
      />
      <Typography.Text type="secondary" data-testid="search-rebuild-count">
        {t('admin.progress', { processed: formatCount(rebuild.processed), total: formatCount(rebuild.total) })}
      </Typography.Text>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} className="search-rebuild-times">
        <Descriptions.Item label={t('admin.startedAt')}>{formatDateTime(rebuild.startedAt, 'YYYY-MM-DD HH:mm:ss')}</Descriptions.Item>
        <Descriptions.Item label={t('admin.finishedAt')}>
          {rebuild.finishedAt ? formatDateTime(rebuild.finishedAt, 'YYYY-MM-DD HH:mm:ss') : t('admin.running')}
        </Descriptions.Item>
      </Descriptions>
      {rebuild.error && <Alert type="error" showIcon title={t('admin.failed', { error: rebuild.error })} data-testid="search-rebuild-error" />}
    </div>
  );
}

/** The search index for administrators: state, sizes, how far it follows the outbox, and a rebuild with its progress. */
export function SearchIndexAdmin() {
  const { t } = useTranslation(['search', 'common']);
  const { message } = App.useApp();
  const status = useIndexStatus();
  const rebuild = useRebuildIndex();
  const running = isRebuilding(status.data);

  if (status.isPending) {
    return <Skeleton active paragraph={{ rows: 6 }} />;
  }
  if (status.isError) {
    return <QueryError error={status.error} onRetry={() => void status.refetch()} />;
  }
  const s = status.data;
  const start = () =>
    rebuild.mutate(undefined, {
      onSuccess: () => message.success(t('admin.started')),
      onError: (error) => {
        if (isApiError(error) && error.status === 409) {
          message.info(t('admin.alreadyRunning'));
          rebuild.reset();
        }
      },
    });

  return (
    <div data-testid="search-index-admin" data-state={s.state}>
      <Card
        className="detail-card"
        title={
          <span>
            <DatabaseOutlined /> {t('admin.title')}
          </span>
        }
        extra={
          <Popconfirm
            title={t('admin.confirmTitle')}
            description={t('admin.confirmText')}
            okText={t('admin.rebuild')}
            cancelText={t('common:actions.cancel')}
            onConfirm={start}
            disabled={running}
          >
            <Button type="primary" icon={<SyncOutlined spin={running} />} loading={rebuild.isPending} disabled={running} data-testid="search-rebuild-button">
              {t('admin.rebuild')}
            </Button>
          </Popconfirm>
        }
      >
        {rebuild.isError && <ProblemAlert error={rebuild.error} className="detail-card" />}
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic
              title={t('admin.state')}
              valueRender={() => (
                <Tag color={s.state === 'READY' ? 'green' : 'processing'} data-testid="search-index-state">
                  {t(`admin.states.${s.state}`)}
                </Tag>
              )}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('admin.schemaVersion')} value={s.schemaVersion} data-testid="search-schema-version" />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={`${t('admin.documents')} · ${t('admin.challenges')}`} value={s.documents.challenges} data-testid="search-documents-challenges" />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={`${t('admin.documents')} · ${t('admin.labs')}`} value={s.documents.labs} data-testid="search-documents-labs" />
          </Col>
        </Row>
      </Card>
      <Card className="detail-card" title={t('admin.outbox')} size="small">
        <Space size="large" wrap>
          <Statistic title={t('admin.position')} value={s.outbox.position} data-testid="search-outbox-position" />
          <Statistic title={t('admin.head')} value={s.outbox.head} data-testid="search-outbox-head" />
          <Statistic
            title={t('admin.lag')}
            value={s.outbox.lag}
            className={s.outbox.lag > 0 ? 'search-outbox-lagging' : undefined}
            data-testid="search-outbox-lag"
          />
        </Space>
      </Card>
      <Card className="detail-card" title={t('admin.lastRebuild')} size="small">
        {s.rebuild ? <RebuildProgress rebuild={s.rebuild} /> : <Typography.Text type="secondary">{t('admin.never')}</Typography.Text>}
      </Card>
    </div>
  );
}
