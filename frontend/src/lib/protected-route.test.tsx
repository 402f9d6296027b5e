import { act, screen } from '@testing-library/react';

import { jsonResponse, mockFetch, problemResponse, routes } from '@/testing/mock-fetch';
import { demoLab, renderWithProviders } from '@/testing/test-utils';

import { ME_QUERY_KEY, requireUser } from './auth';
import { ProtectedRoute } from './protected-route';

const loginRoute = { path: '/login', element: <div data-testid="login-page" /> };

const guarded = (
  <ProtectedRoute>
    <div data-testid="secret" />
  </ProtectedRoute>
);

describe('protected routes', () => {
  it('send visitors to the login page, remembering where they wanted to go', async () => {
    mockFetch(routes({ 'GET /api/auth/me': () => problemResponse({ status: 401, type: '/problems/unauthorized' }) }));
    const { router } = renderWithProviders(guarded, {
      path: '/account',
      route: '/account?tab=lab',
      routes: [loginRoute],
      loader: requireUser,
    });

    expect(await screen.findByTestId('login-page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?redirectTo=%2Faccount%3Ftab%3Dlab');
    expect(screen.queryByTestId('secret')).not.toBeInTheDocument();
  });

  it('show the page to a signed-in user', async () => {
    mockFetch(routes({ 'GET /api/auth/me': () => jsonResponse(demoLab) }));
    renderWithProviders(guarded, { path: '/account', route: '/account', routes: [loginRoute], loader: requireUser });

    expect(await screen.findByTestId('secret')).toBeInTheDocument();
  });

  it('say so instead of bouncing to the login page when the session ends on the page', async () => {
    mockFetch(routes({ 'GET /api/auth/me': () => jsonResponse(demoLab) }));
    const { queryClient, router } = renderWithProviders(guarded, {
      path: '/account',
      route: '/account',
      routes: [loginRoute],
      loader: requireUser,
    });
    expect(await screen.findByTestId('secret')).toBeInTheDocument();

    act(() => queryClient.setQueryData(ME_QUERY_KEY, null));

    expect(await screen.findByText('请先登录')).toBeInTheDocument();
    expect(screen.queryByTestId('secret')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account');
  });

  it('refuse a user of another role', async () => {
    mockFetch(routes({ 'GET /api/auth/me': () => jsonResponse(demoLab) }));
    renderWithProviders(
      <ProtectedRoute roles={['ADMIN']}>
        <div data-testid="secret" />
      </ProtectedRoute>,
      { path: '/admin', route: '/admin', routes: [loginRoute], loader: requireUser },
    );

    expect(await screen.findByText('无权访问')).toBeInTheDocument();
    expect(screen.queryByTestId('secret')).not.toBeInTheDocument();
  });
});
