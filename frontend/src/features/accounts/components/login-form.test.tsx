import { screen, within } from '@testing-library/react';

import { jsonResponse, mockFetch, problemResponse, routes } from '@/testing/mock-fetch';
import { demoLab, renderWithProviders } from '@/testing/test-utils';

import { LoginForm } from './login-form';

async function submit(user: ReturnType<typeof renderWithProviders>['user'], username: string, password: string) {
  await user.type(screen.getByLabelText('用户名'), username);
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByTestId('login-submit'));
}

describe('LoginForm', () => {
  it('shows the detail of a bad-credentials problem', async () => {
    const { requests } = mockFetch(
      routes({
        'POST /api/auth/login': () =>
          problemResponse({ status: 401, type: '/problems/bad-credentials', detail: '用户名或密码错误。' }),
      }),
    );
    const { user } = renderWithProviders(<LoginForm />);

    await submit(user, ' demo-lab ', 'wrong-password1');

    const alert = await screen.findByTestId('problem-alert');
    expect(alert).toHaveTextContent('用户名或密码错误。');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ username: 'demo-lab', password: 'wrong-password1' });
  });

  it('shows a server field error next to its field', async () => {
    mockFetch(
      routes({
        'POST /api/auth/login': () =>
          problemResponse({
            status: 400,
            type: '/problems/validation',
            detail: '部分字段填写有误。',
            errors: [{ field: 'username', code: 'Size', message: '用户名过长。' }],
          }),
      }),
    );
    const { user } = renderWithProviders(<LoginForm />);

    await submit(user, 'someone', 'secret123');

    const usernameItem = screen.getByLabelText('用户名').closest('.ant-form-item') as HTMLElement;
    expect(await within(usernameItem).findByText('用户名过长。')).toBeInTheDocument();
    expect(screen.getByTestId('problem-alert')).toHaveTextContent('部分字段填写有误。');
  });

  it('says when to retry after too many attempts and holds the button', async () => {
    mockFetch(
      routes({
        'POST /api/auth/login': () =>
          problemResponse(
            { status: 429, type: '/problems/too-many-login-attempts', detail: '登录失败次数过多。', retryAfterSeconds: 600 },
            { 'Retry-After': '600' },
          ),
      }),
    );
    const { user } = renderWithProviders(<LoginForm />);

    await submit(user, 'demo-lab', 'secret123');

    const alert = await screen.findByTestId('problem-alert');
    expect(alert).toHaveTextContent('登录失败次数过多。');
    expect(alert).toHaveTextContent(/请于 \d{2}:\d{2}:\d{2} 之后重试（约 10 分钟后）/);
    expect(screen.getByTestId('login-submit')).toBeDisabled();
  });

  it('hands the signed-in user to its caller', async () => {
    mockFetch(routes({ 'POST /api/auth/login': () => jsonResponse(demoLab) }));
    const onSuccess = vi.fn();
    const { user, queryClient } = renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await submit(user, 'demo-lab', 'Jiebang#Lab2026');

    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalledWith(demoLab, expect.anything(), undefined, expect.anything()));
    expect(queryClient.getQueryData(['auth', 'me'])).toEqual(demoLab);
  });

  it('asks for both fields before sending anything', async () => {
    const { spy } = mockFetch(() => jsonResponse({}));
    const { user } = renderWithProviders(<LoginForm />);

    await user.click(screen.getByTestId('login-submit'));

    expect(await screen.findByText('请输入用户名。')).toBeInTheDocument();
    expect(screen.getByText('请输入密码。')).toBeInTheDocument();
    expect(spy).not.toHaveBeenCalled();
  });
});
