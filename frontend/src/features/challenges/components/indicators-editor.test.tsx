import { act, screen, within } from '@testing-library/react';
import { Form, type FormInstance } from 'antd';

import { ApiError } from '@/lib/api-client';
import { applyProblemToForm } from '@/lib/form-errors';
import { fill, renderWithProviders } from '@/testing/test-utils';

import { toChallengeRequest, type ChallengeFormValues } from '../utils/wizard-values';
import { IndicatorsEditor } from './indicators-editor';

function renderEditor(initial: ChallengeFormValues = { technicalIndicators: [{}] }) {
  let form: FormInstance<ChallengeFormValues> | undefined;
  function Harness() {
    const [instance] = Form.useForm<ChallengeFormValues>();
    form = instance;
    return (
      <Form form={instance} initialValues={initial}>
        <IndicatorsEditor max={3} />
      </Form>
    );
  }
  const result = renderWithProviders(<Harness />);
  return { ...result, form: () => form! };
}

// Ant Design forms are slow to drive in jsdom; these tests type into several inputs each.
describe('IndicatorsEditor', () => {
  it('edits rows of name, target and unit, and sends the filled ones', async () => {
    const { user, form } = renderEditor();
    await fill(user, screen.getByLabelText('第 1 行指标名称'), '导通电阻');
    await fill(user, screen.getByLabelText('第 1 行目标值'), '≤ 2');
    await fill(user, screen.getByLabelText('第 1 行单位'), 'mΩ');
    await user.click(screen.getByTestId('indicator-add'));
    await fill(user, screen.getByLabelText('第 2 行指标名称'), '击穿电压');
    await fill(user, screen.getByLabelText('第 2 行目标值'), '≥ 1200');
    await user.click(screen.getByTestId('indicator-add'));

    const request = toChallengeRequest({ ...form().getFieldsValue(true), title: 'x' });
    expect(request.technicalIndicators).toEqual([
      { name: '导通电阻', target: '≤ 2', unit: 'mΩ' },
      { name: '击穿电压', target: '≥ 1200', unit: null },
    ]);
  });

  it('removes a row and stops adding at the maximum', async () => {
    const { user } = renderEditor({
      technicalIndicators: [
        { name: 'A', target: '1' },
        { name: 'B', target: '2' },
      ],
    });
    await user.click(screen.getByTestId('indicator-add'));
    expect(screen.getAllByTestId('indicator-row')).toHaveLength(3);
    expect(screen.getByTestId('indicator-add')).toBeDisabled();
    expect(screen.getByTestId('indicator-add')).toHaveTextContent('最多 3 项指标');

    await user.click(screen.getByRole('button', { name: '删除第 1 行' }));
    expect(screen.getAllByTestId('indicator-row')).toHaveLength(2);
    expect(screen.getByLabelText('第 1 行指标名称')).toHaveValue('B');
    expect(screen.getByTestId('indicator-add')).toBeEnabled();
  });

  it('wants a target for a named indicator but leaves empty rows alone', async () => {
    const { user, form } = renderEditor({ technicalIndicators: [{}, {}] });
    await fill(user, screen.getByLabelText('第 2 行指标名称'), '良率');
    await act(async () => {
      await form()
        .validateFields()
        .catch(() => undefined);
    });
    const rows = screen.getAllByTestId('indicator-row');
    expect(await within(rows[1]).findByText('请填写目标值。')).toBeInTheDocument();
    expect(within(rows[0]).queryByText('请填写目标值。')).not.toBeInTheDocument();
    expect(within(rows[0]).queryByText('请填写指标名称。')).not.toBeInTheDocument();
  });

  it('shows server errors in the row they name and for the whole list', async () => {
    const { form } = renderEditor({ technicalIndicators: [{ name: 'A', target: '1' }, { name: 'B', target: ' ' }] });
    act(() => {
      applyProblemToForm(
        form(),
        new ApiError({
          status: 400,
          type: '/problems/validation',
          errors: [
            { field: 'technicalIndicators[1].target', code: 'NotBlank', message: '必填。' },
            { field: 'technicalIndicators', code: 'Size', message: '至少填写一项技术指标。' },
          ],
        }),
      );
    });
    const rows = screen.getAllByTestId('indicator-row');
    expect(await within(rows[1]).findByText('必填。')).toBeInTheDocument();
    expect(screen.getByText('至少填写一项技术指标。')).toBeInTheDocument();
  });
});
