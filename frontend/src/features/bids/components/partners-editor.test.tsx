import { act, screen, within } from '@testing-library/react';
import { Form, type FormInstance } from 'antd';

import { fill, renderWithProviders } from '@/testing/test-utils';

import { toBidRequest, type BidFormValues } from '../utils/bid-values';
import { PartnersEditor } from './partners-editor';

function renderEditor(initial: BidFormValues = { partners: [] }) {
  let form: FormInstance<BidFormValues> | undefined;
  function Harness() {
    const [instance] = Form.useForm<BidFormValues>();
    form = instance;
    return (
      <Form form={instance} initialValues={initial}>
        <PartnersEditor />
      </Form>
    );
  }
  const result = renderWithProviders(<Harness />);
  return { ...result, form: () => form! };
}

const validate = async (form: FormInstance) =>
  act(async () => {
    await form.validateFields().catch(() => undefined);
  });

describe('PartnersEditor', () => {
  it('adds up to four consortium partners', async () => {
    const { user } = renderEditor();
    expect(screen.getByText('未添加联合体成员，由本团队独立揭榜。')).toBeInTheDocument();
    for (let i = 0; i < 4; i++) {
      await user.click(screen.getByTestId('partner-add'));
    }
    expect(screen.getAllByTestId('partner-row')).toHaveLength(4);
    expect(screen.getByTestId('partner-add')).toBeDisabled();
    expect(screen.getByTestId('partner-add')).toHaveTextContent('最多 4 家联合单位');
  });

  it('checks the credit code with its check character and normalizes it', async () => {
    const { user, form } = renderEditor({ partners: [{}] });
    await fill(user, screen.getByLabelText('第 1 家联合单位名称'), '某某材料科技有限公司');
    await fill(user, screen.getByLabelText('第 1 家联合单位承担任务'), '中试验证');
    await fill(user, screen.getByLabelText('第 1 家联合单位统一社会信用代码'), '91110108MA01XXXXX1');
    await validate(form());
    const row = screen.getByTestId('partner-row');
    expect(await within(row).findByText('校验位不正确，请核对统一社会信用代码。')).toBeInTheDocument();

    await fill(user, screen.getByLabelText('第 1 家联合单位统一社会信用代码'), ' 12100000470095016q ');
    await validate(form());
    expect(within(row).queryByText(/校验位不正确/)).not.toBeInTheDocument();
    expect(toBidRequest(form().getFieldsValue(true)).partners).toEqual([
      { name: '某某材料科技有限公司', creditCode: '12100000470095016Q', role: '中试验证' },
    ]);
  });

  it('refuses the same partner twice', async () => {
    const { form } = renderEditor({
      partners: [
        { name: 'A', creditCode: '12100000470095016Q', role: 'x' },
        { name: 'B', creditCode: '12100000470095016Q', role: 'y' },
      ],
    });
    await validate(form());
    const rows = screen.getAllByTestId('partner-row');
    expect(await within(rows[1]).findByText('与前面的联合单位重复。')).toBeInTheDocument();
    expect(within(rows[0]).queryByText('与前面的联合单位重复。')).not.toBeInTheDocument();
  });
});
