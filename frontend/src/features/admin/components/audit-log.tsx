import { CheckCircleOutlined, CloseCircleOutlined, ReloadOutlined, SafetyOutlined } from '@ant-design/icons';
import { Alert, AutoComplete, Button, Card, Col, DatePicker, Descriptions, Input, Row, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { QueryError } from '@/components/ui/query-error';
import { formatDateTime } from '@/lib/format';
import type { AuditEntry } from '@/types/api';

import { useAuditLog } from '../api/get-audit-log';
import { useVerifyAuditChain } from '../api/verify-audit-chain';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, AUDIT_PAGE_SIZE, toAuditQuery, type AuditListState } from '../utils/audit-state';
import { AuditSummary } from './audit-summary';

const suggestions = (values: string[], typed: string | undefined) =>
  values.filter((value) => !typed || value.toLowerCase().includes(typed.toLowerCase())).map((value) => ({ value }));

/** The hash-chained audit log with filters, before/after summaries and the chain check. */
export function AuditLog({ state, onChange }: { state: AuditListState; onChange: (next: AuditListState) => void }) {
  const { t } = useTranslation(['admin', 'common']);
  const log = useAuditLog(toAuditQuery(state));
  const verify = useVerifyAuditChain();
  const [draft, setDraft] = useState(state);
  const [draftSource, setDraftSource] = useState(state);
  if (state !== draftSource) {
    setDraftSource(state);
    setDraft(state);
  }
  const apply = () => onChange({ ...draft, page: 1 });

  return (
    <div data-testid="audit-log">
      <Card className="filter-card">
        <Row gutter={[12, 12]}>
          <Col xs={24} sm={12} lg={6}>
            <AutoComplete
              className="full-width"
              allowClear
              value={draft.entityType}
              options={suggestions(AUDIT_ENTITY_TYPES, draft.entityType)}
              onChange={(entityType: string) => setDraft({ ...draft, entityType: entityType || undefined })}
              placeholder={t('audit.entityType')}
              aria-label={t('audit.entityType')}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Input
              allowClear
              value={draft.entityId}
              onChange={(event) => setDraft({ ...draft, entityId: event.target.value || undefined })}
              onPressEnter={apply}
              placeholder={t('audit.entityId')}
              aria-label={t('audit.entityId')}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <AutoComplete
              className="full-width"
              allowClear
              value={draft.action}
              options={suggestions(AUDIT_ACTIONS, draft.action)}
              onChange={(action: string) => setDraft({ ...draft, action: action || undefined })}
              placeholder={t('audit.action')}
              aria-label={t('audit.action')}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Input
              allowClear
              value={draft.actorName}
              onChange={(event) => setDraft({ ...draft, actorName: event.target.value || undefined })}
              onPressEnter={apply}
              placeholder={t('audit.actor')}
              aria-label={t('audit.actor')}
            />
          </Col>
          <Col xs={24} md={12}>
            <DatePicker.RangePicker
              className="full-width"
              allowEmpty={[true, true]}
              value={[draft.from ? dayjs(draft.from) : null, draft.to ? dayjs(draft.to) : null]}
              onChange={(range) =>
                setDraft({ ...draft, from: range?.[0]?.format('YYYY-MM-DD') ?? undefined, to: range?.[1]?.format('YYYY-MM-DD') ?? undefined })
              }
              placeholder={[t('audit.from'), t('audit.to')]}
            />
          </Col>
          <Col xs={24} md={12} className="audit-filter-actions">
            <Space wrap>
              <Button type="primary" onClick={apply} data-testid="audit-apply">
                {t('common:actions.search')}
              </Button>
              <Button icon={<ReloadOutlined />} onClick={() => onChange({ page: 1 })}>
                {t('common:actions.reset')}
              </Button>
              <Button icon={<SafetyOutlined />} loading={verify.isPending} onClick={() => verify.mutate()} data-testid="audit-verify">
                {t('audit.verify')}
              </Button>
            </Space>
          </Col>
        </Row>
      </Card>

      {verify.data && (
        <Alert
          className="form-alert"
          type={verify.data.ok ? 'success' : 'error'}
          showIcon
          icon={verify.data.ok ? <CheckCircleOutlined /> : <CloseCircleOutlined />}
          title={
            verify.data.ok
              ? t('audit.chainOk', { entries: verify.data.entries })
              : t('audit.chainBroken', { seq: verify.data.brokenAt, entries: verify.data.entries })
          }
          description={verify.data.ok ? t('audit.chainOkDescription') : verify.data.reason}
          action={
            !verify.data.ok && verify.data.brokenAt !== null ? (
              <Button size="small" onClick={() => onChange({ page: 1 })}>
                {t('audit.showAll')}
              </Button>
            ) : undefined
          }
          data-testid="audit-verification"
        />
      )}
      {verify.isError && <ProblemAlert className="form-alert" error={verify.error} />}

      {log.isError ? (
        <QueryError error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <Table<AuditEntry>
          rowKey="seq"
          size="middle"
          loading={log.isPending || log.isFetching}
          dataSource={log.data?.items}
          scroll={{ x: 1100 }}
          rowClassName={(entry) => (verify.data && verify.data.brokenAt === entry.seq ? 'audit-row-broken' : '')}
          pagination={{
            current: state.page,
            pageSize: AUDIT_PAGE_SIZE,
            total: log.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('common:list.total', { count: total }),
            onChange: (page) => onChange({ ...state, page }),
          }}
          expandable={{
            expandedRowRender: (entry) => (
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label={t('audit.before')}>
                  <AuditSummary summary={entry.before} />
                </Descriptions.Item>
                <Descriptions.Item label={t('audit.after')}>
                  <AuditSummary summary={entry.after} />
                </Descriptions.Item>
                <Descriptions.Item label={t('audit.entityId')}>
                  <Typography.Text code copyable>
                    {entry.entityId}
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={t('audit.prevHash')}>
                  <span className="monospace commitment">{entry.prevHash}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('audit.hash')}>
                  <span className="monospace commitment">{entry.hash}</span>
                </Descriptions.Item>
              </Descriptions>
            ),
          }}
          columns={[
            { title: '#', dataIndex: 'seq', width: 70 },
            { title: t('audit.time'), dataIndex: 'occurredAt', width: 170, render: (time: string) => formatDateTime(time, 'YYYY-MM-DD HH:mm:ss') },
            {
              title: t('audit.actor'),
              key: 'actor',
              width: 160,
              render: (_, entry) => (
                <>
                  {entry.actorName} <Tag>{entry.actorRole}</Tag>
                </>
              ),
            },
            { title: t('audit.action'), dataIndex: 'action', width: 200, render: (action: string) => <Tag color="blue">{action}</Tag> },
            {
              title: t('audit.entity'),
              key: 'entity',
              width: 170,
              render: (_, entry) => (
                <Button type="link" size="small" className="audit-entity" onClick={() => onChange({ page: 1, entityType: entry.entityType, entityId: entry.entityId })}>
                  {entry.entityType} · {entry.entityId.slice(0, 8)}
                </Button>
              ),
            },
            { title: t('audit.before'), dataIndex: 'before', render: (before: string) => <AuditSummary summary={before} compact /> },
            { title: t('audit.after'), dataIndex: 'after', render: (after: string) => <AuditSummary summary={after} compact /> },
          ]}
          data-testid="audit-table"
        />
      )}
    </div>
  );
}
