import { act, render, screen } from '@testing-library/react';
import { Form, Input, type FormInstance } from 'antd';

import { ApiError } from './api-client';
import { applyProblemToForm, toFieldPath } from './form-errors';

describe('toFieldPath', () => {
  it('splits dotted paths and array indexes', () => {
    expect(toFieldPath('username')).toEqual(['username']);
    expect(toFieldPath('organization.creditCode')).toEqual(['organization', 'creditCode']);
    expect(toFieldPath('milestones[1].amount')).toEqual(['milestones', 1, 'amount']);
  });
});

describe('applyProblemToForm', () => {
  function renderForm() {
    let form: FormInstance | undefined;
    function TestForm() {
      const [instance] = Form.useForm();
      form = instance;
      return (
        <Form form={instance}>
          <Form.Item name="username" label="用户名">
            <Input />
          </Form.Item>
          <Form.Item name={['organization', 'creditCode']} label="统一社会信用代码">
            <Input />
          </Form.Item>
        </Form>
      );
    }
    render(<TestForm />);
    return form!;
  }

  it('shows field errors next to their fields and returns the ones the form lacks', async () => {
    const form = renderForm();
    const error = new ApiError({
      status: 400,
      type: '/problems/validation',
      errors: [
        { field: 'username', code: 'Pattern', message: '3 到 40 位字母、数字或 _ . -。' },
        { field: 'organization.creditCode', code: 'ValidCreditCode', message: '统一社会信用代码无效。' },
        { field: 'organization.creditCode', code: 'Other', message: '已被注册。' },
        { field: 'role', code: 'Registrable', message: '不能注册此角色。' },
      ],
    });

    let unmatched: ReturnType<typeof applyProblemToForm> = [];
    act(() => {
      unmatched = applyProblemToForm(form, error);
    });

    expect(await screen.findByText('3 到 40 位字母、数字或 _ . -。')).toBeInTheDocument();
    expect(screen.getByText('统一社会信用代码无效。')).toBeInTheDocument();
    expect(form.getFieldError(['organization', 'creditCode'])).toEqual(['统一社会信用代码无效。', '已被注册。']);
    expect(unmatched).toEqual([{ field: 'role', code: 'Registrable', message: '不能注册此角色。' }]);
  });

  it('puts an error about one entry of a list on the field that edits the whole list', async () => {
    let form: FormInstance | undefined;
    function ListForm() {
      const [instance] = Form.useForm();
      form = instance;
      return (
        <Form form={instance}>
          <Form.Item name={['eligibility', 'regions']} label="地区">
            <Input />
          </Form.Item>
        </Form>
      );
    }
    render(<ListForm />);
    const error = new ApiError({
      status: 400,
      type: '/problems/validation',
      errors: [{ field: 'eligibility.regions[1]', code: 'Code', message: '未知代码。' }],
    });

    let unmatched: ReturnType<typeof applyProblemToForm> = [];
    act(() => {
      unmatched = applyProblemToForm(form!, error);
    });

    expect(await screen.findByText('未知代码。')).toBeInTheDocument();
    expect(unmatched).toEqual([]);
  });

  it('ignores errors that are not API problems', () => {
    const form = renderForm();
    expect(applyProblemToForm(form, new Error('boom'))).toEqual([]);
  });
});
