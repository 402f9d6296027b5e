import { screen, within } from '@testing-library/react';

import { jsonResponse, mockFetch, problemResponse, routes } from '@/testing/mock-fetch';
import { demoLab, renderWithProviders } from '@/testing/test-utils';

import { toRegisterInput } from '../utils/registration';
import { RegisterForm } from './register-form';

const taxonomy = {
  industryChains: [],
  techFields: [],
  challengeTypes: [],
  organizationTypes: [],
  ipTerms: [],
  regions: [
    { code: 'BJ', zh: '北京市', en: 'Beijing', chain: null },
    { code: 'ZJ', zh: '浙江省', en: 'Zhejiang', chain: null },
  ],
};

async function fill(user: ReturnType<typeof renderWithProviders>['user'], label: string, value: string) {
  await user.click(screen.getByLabelText(label));
  await user.paste(value);
}

function fieldItem(label: string) {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

describe('RegisterForm', () => {
  it('checks the credit code checksum before sending', async () => {
    mockFetch(routes({ 'GET /api/taxonomy': () => jsonResponse(taxonomy) }));
    const { user } = renderWithProviders(<RegisterForm initialRole="LAB" />);

    await user.type(screen.getByLabelText('统一社会信用代码'), '91350100m000100y44');

    expect(screen.getByLabelText('统一社会信用代码')).toHaveValue('91350100M000100Y44');
    expect(await within(fieldItem('统一社会信用代码')).findByText('校验位不正确，请核对统一社会信用代码。')).toBeInTheDocument();
  });

  it('shows server field errors next to their fields', async () => {
    const { requests } = mockFetch(
      routes({
        'GET /api/taxonomy': () => jsonResponse(taxonomy),
        'POST /api/auth/register': () =>
          problemResponse({
            status: 409,
            type: '/problems/organization-exists',
            detail: '该机构已经注册。',
            errors: [{ field: 'organization.creditCode', code: 'Taken', message: '该统一社会信用代码已被注册，请使用邀请码加入。' }],
          }),
      }),
    );
    const { user } = renderWithProviders(<RegisterForm initialRole="LAB" />);

    await user.click(screen.getByText('凭邀请码加入'));
    await user.click(screen.getByText('登记新机构'));
    await fill(user, '机构名称', '示例大学');
    await user.click(screen.getByLabelText('机构类型'));
    await user.click(await screen.findByTitle('高等院校'));
    await fill(user, '统一社会信用代码', '12100000470095016Q');
    await user.click(screen.getByLabelText('所在省份'));
    await user.click(await screen.findByTitle('浙江省'));
    await fill(user, '所在城市', '杭州');
    await fill(user, '用户名', 'new-lab');
    await fill(user, '显示名称', '李研究员');
    await fill(user, '密码', 'secret123');
    await fill(user, '确认密码', 'secret123');
    await user.click(screen.getByTestId('register-submit'));

    expect(
      await within(fieldItem('统一社会信用代码')).findByText('该统一社会信用代码已被注册，请使用邀请码加入。'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('problem-alert')).toHaveTextContent('该机构已经注册。');
    const sent = requests.find((r) => r.method === 'POST');
    expect(sent?.body).toEqual({
      role: 'LAB',
      username: 'new-lab',
      displayName: '李研究员',
      password: 'secret123',
      organization: { name: '示例大学', type: 'UNIVERSITY', creditCode: '12100000470095016Q', province: 'ZJ', city: '杭州' },
    });
  }, 30_000);

  it('offers only the organization types the role admits', async () => {
    mockFetch(routes({ 'GET /api/taxonomy': () => jsonResponse(taxonomy) }));
    const { user } = renderWithProviders(<RegisterForm initialRole="FIRM" />);

    await user.click(screen.getByLabelText('机构类型'));

    expect(await screen.findByTitle('企业')).toBeInTheDocument();
    expect(screen.getByTitle('政府部门')).toBeInTheDocument();
    expect(screen.queryByTitle('高等院校')).not.toBeInTheDocument();
  });
});

describe('toRegisterInput', () => {
  const base = {
    username: ' lab-user ',
    displayName: ' 李研究员 ',
    email: '  ',
    password: 'secret123',
    confirmPassword: 'secret123',
  };

  it('sends an invitation code instead of an organization when joining', () => {
    expect(
      toRegisterInput({
        ...base,
        role: 'LAB',
        organizationMode: 'invite',
        invitationCode: ' labx4m8n2t ',
        labName: '',
        organization: { name: 'x', type: 'UNIVERSITY', creditCode: 'y', province: 'BJ', city: 'z' },
      }),
    ).toEqual({ role: 'LAB', username: 'lab-user', displayName: '李研究员', password: 'secret123', invitationCode: 'LABX4M8N2T' });
  });

  it('never sends a lab name for a FIRM account', () => {
    const input = toRegisterInput({
      ...base,
      role: 'FIRM',
      organizationMode: 'new',
      labName: 'Lab',
      organization: { name: ' 某某科技 ', type: 'ENTERPRISE', creditCode: '9135 0100m000100y43', province: 'FJ', city: ' 福州 ' },
    });
    expect(input.labName).toBeUndefined();
    expect(input.organization).toEqual({
      name: '某某科技',
      type: 'ENTERPRISE',
      creditCode: '91350100M000100Y43',
      province: 'FJ',
      city: '福州',
    });
  });
});

// Keeps the fixture honest: the demo user's code must pass the same check the form applies.
it('uses a valid credit code in the test fixture', async () => {
  const { isValidCreditCode } = await import('@/lib/credit-code');
  expect(isValidCreditCode(demoLab.organization!.creditCode)).toBe(true);
});
