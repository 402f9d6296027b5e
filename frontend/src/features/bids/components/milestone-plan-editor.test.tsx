import { act, screen, within } from '@testing-library/react';
import { Form, InputNumber, type FormInstance } from 'antd';

import { ApiError } from '@/lib/api-client';
import { applyProblemToForm } from '@/lib/form-errors';
import { fill, renderWithProviders } from '@/testing/test-utils';

import type { BidFormValues } from '../utils/bid-values';
import { MilestonePlanEditor } from './milestone-plan-editor';

function renderEditor(initial: BidFormValues = { milestonePlan: [{}] }) {
  let form: FormInstance<BidFormValues> | undefined;
  function Harness() {
    const [instance] = Form.useForm<BidFormValues>();
    form = instance;
    return (
      <Form form={instance} initialValues={initial}>
        <Form.Item name="deliveryMonths" label="攻关周期">
          <InputNumber />
        </Form.Item>
        <MilestonePlanEditor />
      </Form>
    );
  }
  const result = renderWithProviders(<Harness />);
  return { ...result, form: () => form! };
}

// Ant Design forms are slow to drive in jsdom; these tests type into several inputs each.
describe('MilestonePlanEditor', () => {
  it('shows the running payment total and whether it is exactly 100 %', async () => {
    const { user } = renderEditor();
    const total = screen.getByTestId('plan-total');
    expect(total).toHaveTextContent('付款比例合计 0%，还差 100%');
    expect(total).toHaveAttribute('data-exact', 'false');

    await fill(user, screen.getByLabelText('第 1 个里程碑付款比例'), '40');
    expect(total).toHaveTextContent('付款比例合计 40%，还差 60%');

    await user.click(screen.getByTestId('milestone-add'));
    await fill(user, screen.getByLabelText('第 2 个里程碑付款比例'), '70');
    expect(total).toHaveTextContent('付款比例合计 110%，超出 10%');
    expect(total).toHaveAttribute('data-exact', 'false');

    await fill(user, screen.getByLabelText('第 2 个里程碑付款比例'), '60');
    expect(total).toHaveTextContent('付款比例合计 100%，恰好 100%');
    expect(total).toHaveAttribute('data-exact', 'true');
  });

  it('checks that due months ascend and stay within the delivery period', async () => {
    const { user } = renderEditor({
      deliveryMonths: 12,
      milestonePlan: [
        { title: '样机', deliverable: '样机 1 台', dueMonth: 6, paymentPercent: 50 },
        { title: '验收', deliverable: '报告', dueMonth: 4, paymentPercent: 50 },
      ],
    });
    const order = screen.getByTestId('plan-order');
    expect(order).toHaveTextContent('第 2 个里程碑的到期月份须晚于上一个');

    const due = screen.getByLabelText('第 2 个里程碑到期月份');
    await fill(user, due, '18');
    expect(order).toHaveTextContent('第 2 个里程碑超出 12 个月攻关周期');

    await fill(user, due, '12');
    expect(order).toHaveTextContent('到期月份逐项递增，均在 12 个月攻关周期内');
  });

  it('asks for the missing cells of a row that was started, and removes rows', async () => {
    const { user, form } = renderEditor();
    await fill(user, screen.getByLabelText('第 1 个里程碑名称'), '工艺开发');
    await act(async () => {
      await form()
        .validateFields()
        .catch(() => undefined);
    });
    expect(await screen.findByText('请填写交付物。')).toBeInTheDocument();
    expect(screen.getByText('请填写到期月份。')).toBeInTheDocument();
    expect(screen.getByText('请填写付款比例。')).toBeInTheDocument();

    await user.click(screen.getByTestId('milestone-add'));
    expect(screen.getAllByTestId('milestone-row')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: '删除第 1 个里程碑' }));
    expect(screen.getAllByTestId('milestone-row')).toHaveLength(1);
    expect(screen.getByLabelText('第 1 个里程碑名称')).toHaveValue('');
  });

  it('shows the server errors of a row and of the whole plan where they belong', async () => {
    const { form } = renderEditor({
      milestonePlan: [
        { title: 'A', deliverable: 'a', dueMonth: 3, paymentPercent: 50 },
        { title: 'B', deliverable: 'b', dueMonth: 6, paymentPercent: 40 },
      ],
    });
    act(() => {
      applyProblemToForm(
        form(),
        new ApiError({
          status: 400,
          type: '/problems/validation',
          errors: [
            { field: 'milestonePlan[1].dueMonth', code: 'WithinDelivery', message: '不能晚于攻关周期。' },
            { field: 'milestonePlan', code: 'PercentSum', message: '付款比例之和须为 100%。' },
          ],
        }),
      );
    });
    const rows = screen.getAllByTestId('milestone-row');
    expect(await within(rows[1]).findByText('不能晚于攻关周期。')).toBeInTheDocument();
    expect(screen.getByText('付款比例之和须为 100%。')).toBeInTheDocument();
  });
});
