import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { QueryError } from '@/components/ui/query-error';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import type { ExpertView } from '@/types/api';

import { useExperts } from '../api/get-experts';
import { ExpertForm } from './expert-form';

/** The expert pool (专家库): who may be assigned to review, their organization and expertise. */
export function ExpertPool() {
  const { t } = useTranslation(['awards', 'common']);
  const { message } = App.useApp();
  const taxonomy = useTaxonomyLabels();
  const experts = useExperts();
  const [creating, setCreating] = useState(false);

  return (
    <div data-testid="expert-pool">
      <div className="admin-toolbar">
        <Typography.Text type="secondary">{t('experts.lead')}</Typography.Text>
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)} data-testid="expert-create">
          {t('experts.create')}
        </Button>
      </div>
      {experts.isError ? (
        <QueryError error={experts.error} onRetry={() => void experts.refetch()} />
      ) : (
        <Table<ExpertView>
          rowKey="id"
          loading={experts.isPending}
          dataSource={experts.data}
          scroll={{ x: 900 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <Empty description={t('experts.empty')} /> }}
          data-testid="expert-table"
          columns={[
            {
              title: t('experts.displayName'),
              key: 'name',
              render: (_, expert) => (
                <div data-testid="expert-row" data-username={expert.username}>
                  <strong>{expert.displayName}</strong>
                  <div className="monospace fact-sub">{expert.username}</div>
                </div>
              ),
            },
            { title: t('experts.email'), dataIndex: 'email', width: 200, render: (email: string | null) => email || '—' },
            {
              title: t('experts.organization'),
              key: 'organization',
              width: 220,
              render: (_, expert) => expert.organization?.name ?? <Typography.Text type="secondary">{t('experts.noOrganization')}</Typography.Text>,
            },
            {
              title: t('experts.expertise'),
              dataIndex: 'expertise',
              render: (codes: string[]) =>
                codes.length === 0 ? (
                  '—'
                ) : (
                  <Space size={[4, 4]} wrap>
                    {codes.map((code) => (
                      <Tag key={code}>{taxonomy.label('techFields', code)}</Tag>
                    ))}
                  </Space>
                ),
            },
            {
              title: t('experts.status'),
              dataIndex: 'enabled',
              width: 100,
              render: (enabled: boolean) => <Tag color={enabled ? 'green' : 'default'}>{enabled ? t('experts.enabled') : t('experts.disabled')}</Tag>,
            },
          ]}
        />
      )}
      <ExpertForm
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(expert) => {
          setCreating(false);
          message.success(t('experts.created', { name: expert.displayName }));
        }}
      />
    </div>
  );
}
