import { Table } from 'antd';
import { useTranslation } from 'react-i18next';

import type { TechnicalIndicator } from '@/types/api';

/** The technical indicators of a challenge, read-only. */
export function IndicatorsTable({ indicators }: { indicators: TechnicalIndicator[] }) {
  const { t } = useTranslation('challenges');
  return (
    <Table<TechnicalIndicator & { index: number }>
      size="middle"
      pagination={false}
      rowKey="index"
      dataSource={indicators.map((indicator, index) => ({ ...indicator, index }))}
      locale={{ emptyText: t('detail.noIndicators') }}
      columns={[
        { title: '#', dataIndex: 'index', width: 48, render: (index: number) => index + 1 },
        { title: t('indicators.name'), dataIndex: 'name' },
        { title: t('indicators.target'), dataIndex: 'target', render: (target: string) => <strong>{target}</strong> },
        { title: t('indicators.unit'), dataIndex: 'unit', render: (unit: string | null) => unit || '—' },
      ]}
      data-testid="indicators-table"
    />
  );
}
