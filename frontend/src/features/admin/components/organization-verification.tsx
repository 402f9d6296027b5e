import { SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm, Segmented, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { QueryError } from '@/components/ui/query-error';
import { formatDateTime } from '@/lib/format';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import type { OrganizationView } from '@/types/api';

import { ORGANIZATION_PAGE_SIZE, useOrganizations } from '../api/get-organizations';
import { useVerifyOrganization } from '../api/verify-organization';

export type OrganizationFilter = 'unverified' | 'verified' | 'all';

const VERIFIED: Record<OrganizationFilter, boolean | undefined> = { unverified: false, verified: true, all: undefined };

/** Organizations waiting for verification (or all), with a verify action. */
export function OrganizationVerification({
  filter,
  page,
  onChange,
}: {
  filter: OrganizationFilter;
  page: number;
  onChange: (next: { filter: OrganizationFilter; page: number }) => void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const { message } = App.useApp();
  const taxonomy = useTaxonomyLabels();
  const organizations = useOrganizations(VERIFIED[filter], page);
  const verify = useVerifyOrganization();

  return (
    <div data-testid="organization-verification">
      <Segmented<OrganizationFilter>
        className="admin-segmented"
        value={filter}
        onChange={(next) => onChange({ filter: next, page: 1 })}
        options={(['unverified', 'verified', 'all'] as const).map((value) => ({ value, label: t(`organizations.filter.${value}`) }))}
      />
      {organizations.isError ? (
        <QueryError error={organizations.error} onRetry={() => void organizations.refetch()} />
      ) : (
        <Table<OrganizationView>
          rowKey="id"
          loading={organizations.isPending || organizations.isFetching}
          dataSource={organizations.data?.items}
          scroll={{ x: 900 }}
          locale={{ emptyText: <Empty description={t('organizations.empty')} /> }}
          pagination={{
            current: page,
            pageSize: ORGANIZATION_PAGE_SIZE,
            total: organizations.data?.total ?? 0,
            hideOnSinglePage: true,
            showSizeChanger: false,
            onChange: (next) => onChange({ filter, page: next }),
          }}
          columns={[
            { title: t('organizations.name'), dataIndex: 'name', render: (name: string) => <span data-testid="organization-row-name">{name}</span> },
            { title: t('organizations.type'), dataIndex: 'type', width: 120, render: (type: OrganizationView['type']) => t(`common:organizationTypes.${type}`) },
            { title: t('organizations.creditCode'), dataIndex: 'creditCode', width: 200, render: (code: string) => <span className="monospace">{code}</span> },
            {
              title: t('organizations.region'),
              key: 'region',
              width: 150,
              render: (_, row) => [taxonomy.label('regions', row.province), row.city].filter(Boolean).join(' · '),
            },
            {
              title: t('organizations.status'),
              key: 'status',
              width: 170,
              render: (_, row) =>
                row.verified ? (
                  <Tag color="green">{t('organizations.verifiedAt', { time: formatDateTime(row.verifiedAt) })}</Tag>
                ) : (
                  <Tag color="gold">{t('organizations.unverified')}</Tag>
                ),
            },
            {
              title: t('organizations.actions'),
              key: 'actions',
              width: 110,
              render: (_, row) =>
                !row.verified && (
                  <Popconfirm
                    title={t('organizations.confirmTitle', { name: row.name })}
                    description={t('organizations.confirmDescription')}
                    okText={t('organizations.verify')}
                    okButtonProps={{ 'data-testid': 'organization-verify-confirm' }}
                    cancelText={t('common:actions.cancel')}
                    onConfirm={() =>
                      verify.mutateAsync(row.id).then(
                        () => void message.success(t('organizations.done', { name: row.name })),
                        (error: unknown) => void message.error(error instanceof Error ? error.message : t('common:errors.generic')),
                      )
                    }
                  >
                    <Button type="primary" size="small" icon={<SafetyCertificateOutlined />} data-testid="organization-verify">
                      {t('organizations.verify')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      )}
    </div>
  );
}
