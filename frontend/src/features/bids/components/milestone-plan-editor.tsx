import { CheckCircleFilled, DeleteOutlined, ExclamationCircleFilled, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Progress, Tooltip } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';

import { isBlank } from '../utils/bid-values';
import { checkPlan, MAX_MILESTONES, type MilestoneRow } from '../utils/milestone-plan';

type MilestonePlanEditorProps = {
  /** The delivery period the due months must stay within (else read from the form's deliveryMonths). */
  deliveryMonths?: number | null;
};

/**
 * The milestone plan as an editable table. Below it, always visible, the running total of the payment
 * percents and whether it is exactly 100 %, and whether the due months ascend (and stay within the
 * delivery period). Errors for a row (`milestonePlan[1].dueMonth`) appear in that row's cell.
 */
export function MilestonePlanEditor({ deliveryMonths }: MilestonePlanEditorProps) {
  const { t } = useTranslation('bids');
  const form = Form.useFormInstance();
  const rows = Form.useWatch('milestonePlan', form) as MilestoneRow[] | undefined;
  const watchedMonths = Form.useWatch('deliveryMonths', form) as number | undefined;
  const months = deliveryMonths ?? watchedMonths;
  const check = checkPlan(rows?.filter((row) => !isBlank(row)), months);

  const inFilledRow =
    (index: number, message: string): Rule =>
    ({ getFieldValue }) => ({
      validator: async (_, value: unknown) => {
        const row = getFieldValue(['milestonePlan', index]) as MilestoneRow | undefined;
        if (!isBlank(row) && (value === undefined || value === null || String(value).trim() === '')) {
          throw new Error(message);
        }
      },
    });

  const ascendingRule =
    (index: number): Rule =>
    ({ getFieldValue }) => ({
      validator: async (_, value: number | null | undefined) => {
        if (value === undefined || value === null) {
          return;
        }
        const plan = (getFieldValue('milestonePlan') as MilestoneRow[] | undefined) ?? [];
        const previous = plan
          .slice(0, index)
          .map((row) => row?.dueMonth)
          .filter((due): due is number => typeof due === 'number')
          .pop();
        if (previous !== undefined && value <= previous) {
          throw new Error(t('plan.dueAscending', { previous }));
        }
        if (months && value > months) {
          throw new Error(t('plan.dueWithin', { months }));
        }
      },
    });

  const totalRule = {
    validator: async (_: unknown, plan: MilestoneRow[] | undefined) => {
      const total = checkPlan(plan, months).total;
      if (total > 100) {
        throw new Error(t('plan.over', { total }));
      }
    },
  };

  return (
    <Form.List name="milestonePlan" rules={[totalRule]}>
      {(fields, { add, remove }, { errors }) => (
        <div className="row-editor milestone-editor" data-testid="milestone-editor">
          <div className="row-editor-head milestone-grid" aria-hidden="true">
            <span>#</span>
            <span>{t('plan.title')}</span>
            <span>{t('plan.deliverable')}</span>
            <span>{t('plan.dueMonth')}</span>
            <span>{t('plan.paymentPercent')}</span>
            <span />
          </div>
          {fields.map((field, index) => (
            <div key={field.key} className="row-editor-row milestone-grid" data-testid="milestone-row">
              <span className="row-editor-index">{index + 1}</span>
              <div className="row-cell" data-label={t('plan.title')}>
                <Form.Item
                  name={[field.name, 'title']}
                  rules={[inFilledRow(field.name, t('plan.titleRequired')), { max: 120, message: t('plan.tooLong', { max: 120 }) }]}
                >
                  <Input placeholder={t('plan.titlePlaceholder')} aria-label={t('plan.rowTitle', { row: index + 1 })} />
                </Form.Item>
              </div>
              <div className="row-cell" data-label={t('plan.deliverable')}>
                <Form.Item
                  name={[field.name, 'deliverable']}
                  rules={[inFilledRow(field.name, t('plan.deliverableRequired')), { max: 1000, message: t('plan.tooLong', { max: 1000 }) }]}
                >
                  <Input placeholder={t('plan.deliverablePlaceholder')} aria-label={t('plan.rowDeliverable', { row: index + 1 })} />
                </Form.Item>
              </div>
              <div className="row-cell" data-label={t('plan.dueMonth')}>
                <Form.Item
                  name={[field.name, 'dueMonth']}
                  rules={[inFilledRow(field.name, t('plan.dueRequired')), ascendingRule(field.name)]}
                  dependencies={fields.filter((other) => other.name < field.name).map((other) => ['milestonePlan', other.name, 'dueMonth'])}
                >
                  <InputNumber
                    min={1}
                    max={60}
                    precision={0}
                    prefix={t('plan.monthPrefix')}
                    className="full-width"
                    aria-label={t('plan.rowDue', { row: index + 1 })}
                  />
                </Form.Item>
              </div>
              <div className="row-cell" data-label={t('plan.paymentPercent')}>
                <Form.Item name={[field.name, 'paymentPercent']} rules={[inFilledRow(field.name, t('plan.percentRequired'))]}>
                  <InputNumber
                    min={1}
                    max={100}
                    precision={0}
                    suffix="%"
                    className="full-width"
                    aria-label={t('plan.rowPercent', { row: index + 1 })}
                  />
                </Form.Item>
              </div>
              <Tooltip title={t('plan.remove')}>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('plan.removeRow', { row: index + 1 })} onClick={() => remove(field.name)} />
              </Tooltip>
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            disabled={fields.length >= MAX_MILESTONES}
            onClick={() => add({})}
            data-testid="milestone-add"
          >
            {fields.length >= MAX_MILESTONES ? t('plan.full', { max: MAX_MILESTONES }) : t('plan.add')}
          </Button>
          <div className="plan-status" aria-live="polite" data-testid="plan-status">
            <div className="plan-status-total">
              <Progress
                percent={Math.min(check.total, 100)}
                success={{ percent: check.exact ? 100 : 0 }}
                status={check.total > 100 ? 'exception' : 'normal'}
                showInfo={false}
                size="small"
                className="plan-progress"
              />
              <span
                className={check.exact ? 'plan-ok' : 'plan-bad'}
                data-testid="plan-total"
                data-total={check.total}
                data-exact={check.exact}
              >
                {check.exact ? <CheckCircleFilled /> : <ExclamationCircleFilled />}{' '}
                {check.exact
                  ? t('plan.totalExact', { total: check.total })
                  : check.remaining > 0
                    ? t('plan.totalShort', { total: check.total, remaining: check.remaining })
                    : t('plan.totalOver', { total: check.total, over: -check.remaining })}
              </span>
            </div>
            <span className={check.ascending && check.beyondDelivery.length === 0 ? 'plan-ok' : 'plan-bad'} data-testid="plan-order">
              {check.ascending && check.beyondDelivery.length === 0 ? <CheckCircleFilled /> : <ExclamationCircleFilled />}{' '}
              {check.outOfOrder.length > 0
                ? t('plan.orderBad', { rows: check.outOfOrder.map((row) => row + 1).join(', ') })
                : check.beyondDelivery.length > 0
                  ? t('plan.beyond', { rows: check.beyondDelivery.map((row) => row + 1).join(', '), months })
                  : check.ascending
                    ? months
                      ? t('plan.orderOkWithin', { months })
                      : t('plan.orderOk')
                    : t('plan.orderIncomplete')}
            </span>
          </div>
        </div>
      )}
    </Form.List>
  );
}
