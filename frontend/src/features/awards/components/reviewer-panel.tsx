import { TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { RoleTag } from '@/components/ui/role-tag';
import { isApiError } from '@/lib/api-client';
import { useUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import type { EvaluationView, ReviewerView } from '@/types/api';

import { useAssignReviewers } from '../api/assign-reviewers';
import { useExperts } from '../api/get-experts';
import { RecusalTag } from './award-tags';

/**
 * The review panel of a challenge: the requirement (at least three active reviewers above the bounty
 * threshold), each reviewer's recusal, declaration and progress, and assignment from the expert pool.
 */
export function ReviewerPanel({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation(['awards', 'common']);
  const { message } = App.useApp();
  const taxonomy = useTaxonomyLabels();
  const { data: me } = useUser();
  const editable = evaluation.challenge.status === 'CLOSED';
  const experts = useExperts({ enabled: editable });
  const assign = useAssignReviewers(evaluation.challenge.id);
  const [chosen, setChosen] = useState<string[]>([]);
  const { panel } = evaluation;
  const assigned = new Set(evaluation.reviewers.map((reviewer) => reviewer.reviewerId));
  const enough = panel.active >= panel.required;

  const submit = (ids: string[]) =>
    assign.mutate(ids, {
      onSuccess: (reviewers) => {
        setChosen([]);
        const recused = reviewers.filter((reviewer) => ids.includes(reviewer.reviewerId) && reviewer.recused).length;
        message.success(t('panel.assigned', { count: ids.length }));
        if (recused > 0) {
          message.warning(t('panel.assignedRecused', { count: recused }));
        }
      },
    });

  const options = (experts.data ?? [])
    .filter((expert) => expert.enabled && !assigned.has(expert.id))
    .map((expert) => ({
      value: expert.id,
      label: [
        expert.displayName,
        expert.organization ? `（${expert.organization.name}）` : '',
        expert.expertise.length ? ` · ${expert.expertise.map((code) => taxonomy.label('techFields', code)).join('、')}` : '',
      ].join(''),
    }));

  return (
    <Card
      className="detail-card"
      title={
        <span>
          <TeamOutlined /> {t('panel.title')}
        </span>
      }
      data-testid="reviewer-panel"
    >
      <Alert
        type={enough ? 'success' : 'warning'}
        showIcon
        className="card-alert"
        data-testid="panel-requirement"
        data-enough={enough}
        title={t(panel.required > 1 ? 'panel.requirementLarge' : 'panel.requirement', { required: panel.required })}
        description={t('panel.counts', { assigned: panel.assigned, active: panel.active, declared: panel.declared })}
      />
      {editable && (
        <div className="panel-assign">
          <Select
            mode="multiple"
            allowClear
            value={chosen}
            onChange={setChosen}
            options={options}
            loading={experts.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('panel.choose')}
            className="panel-assign-select"
            aria-label={t('panel.choose')}
            data-testid="panel-choose"
            notFoundContent={experts.isError ? t('common:errors.generic') : <Empty description={t('panel.noExperts')} image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          />
          <Space wrap>
            <Button type="primary" icon={<UserAddOutlined />} disabled={chosen.length === 0} loading={assign.isPending} onClick={() => submit(chosen)} data-testid="panel-assign">
              {t('panel.assign')}
            </Button>
            {me && me.role === 'ADMIN' && !assigned.has(me.id) && (
              <Button onClick={() => submit([me.id])} disabled={assign.isPending} data-testid="panel-assign-me">
                {t('panel.assignMe')}
              </Button>
            )}
            <Link to="/admin/experts">{t('panel.manageExperts')}</Link>
          </Space>
        </div>
      )}
      {assign.isError && (
        <ProblemAlert error={assign.error} fieldErrors={isApiError(assign.error) ? assign.error.errors : []} className="form-alert" />
      )}
      <Table<ReviewerView>
        rowKey="reviewerId"
        size="small"
        pagination={false}
        dataSource={evaluation.reviewers}
        scroll={{ x: 820 }}
        locale={{ emptyText: <Empty description={t('panel.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        data-testid="reviewer-table"
        columns={[
          {
            title: t('panel.reviewer'),
            key: 'reviewer',
            render: (_, reviewer) => (
              <div data-testid="reviewer-row" data-username={reviewer.username} data-recused={reviewer.recused}>
                <strong>{reviewer.displayName}</strong> <RoleTag role={reviewer.role} />
                <div className="fact-sub">{reviewer.organization?.name ?? t('experts.noOrganization')}</div>
              </div>
            ),
          },
          { title: t('panel.assignedAt'), dataIndex: 'assignedAt', width: 140, render: (value: string) => formatDateTime(value) },
          {
            title: t('panel.status'),
            key: 'status',
            width: 260,
            render: (_, reviewer) =>
              reviewer.recused ? (
                <div data-testid="reviewer-recusal">
                  <RecusalTag reason={reviewer.recusalReason} detail={reviewer.recusalDetail} />
                  {(reviewer.recusalDetail || reviewer.conflictStatement) && (
                    <Typography.Paragraph type="secondary" className="reviewer-recusal-detail">
                      {reviewer.recusalDetail || reviewer.conflictStatement}
                    </Typography.Paragraph>
                  )}
                </div>
              ) : reviewer.declaredAt ? (
                <Tag color="green" data-testid="reviewer-declared">
                  {t('panel.declaredNone', { time: formatDateTime(reviewer.declaredAt) })}
                </Tag>
              ) : (
                <Tag color="gold" data-testid="reviewer-undeclared">
                  {t('panel.undeclared')}
                </Tag>
              ),
          },
          {
            title: t('panel.progress'),
            key: 'progress',
            width: 170,
            render: (_, reviewer) =>
              reviewer.recused ? (
                '—'
              ) : (
                <div data-testid="reviewer-progress" data-scored={reviewer.scoredBids}>
                  <Progress
                    percent={reviewer.totalBids ? Math.round((reviewer.scoredBids / reviewer.totalBids) * 100) : 0}
                    size="small"
                    format={() => `${reviewer.scoredBids}/${reviewer.totalBids}`}
                  />
                </div>
              ),
          },
        ]}
      />
    </Card>
  );
}
