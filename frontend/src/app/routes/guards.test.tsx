import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { createMemoryRouter, RouterProvider } from 'react-router';

import type { Me } from '@/lib/auth';
import { jsonResponse, mockFetch, problemResponse, routes } from '@/testing/mock-fetch';
import { createTestQueryClient, demoLab } from '@/testing/test-utils';

import { roleRoutes } from './guards';

const demoFirm: Me = { ...demoLab, username: 'demo-firm', role: 'FIRM', lab: null };
const demoAdmin: Me = { ...demoLab, username: 'admin', role: 'ADMIN', organization: null, lab: null };

function renderAt(path: string, me: Me | null) {
  mockFetch(
    routes({
      'GET /api/auth/me': () => (me ? jsonResponse(me) : problemResponse({ status: 401, type: '/problems/unauthorized' })),
    }),
  );
  const queryClient = createTestQueryClient();
  const router = createMemoryRouter(
    [
      { path: '/login', element: <div data-testid="login-page" /> },
      roleRoutes(queryClient, ['FIRM'], [{ path: '/firm/challenges', element: <div data-testid="firm-page" /> }]),
      roleRoutes(queryClient, ['LAB'], [{ path: '/lab/bids', element: <div data-testid="lab-page" /> }]),
      roleRoutes(queryClient, ['ADMIN'], [{ path: '/admin', element: <div data-testid="admin-page" /> }]),
      roleRoutes(queryClient, ['FIRM', 'ADMIN'], [{ path: '/firm/challenges/:id/bids', element: <div data-testid="bids-page" /> }]),
    ],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </QueryClientProvider>,
  );
  return router;
}

describe('workspace route guards', () => {
  it('send visitors to the login page and back afterwards', async () => {
    const router = renderAt('/lab/bids', null);
    expect(await screen.findByTestId('login-page')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?redirectTo=%2Flab%2Fbids');
  });

  it('let each role into its own workspace', async () => {
    renderAt('/firm/challenges', demoFirm);
    expect(await screen.findByTestId('firm-page')).toBeInTheDocument();
  });

  it('show a 403 page to other roles, naming who may enter', async () => {
    renderAt('/admin', demoLab);
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
    expect(screen.getByText(/此页面仅对管理员开放/)).toBeInTheDocument();
    expect(screen.queryByTestId('admin-page')).not.toBeInTheDocument();
  });

  it('keep a firm out of the lab workspace and a lab out of the firm workspace', async () => {
    renderAt('/lab/bids', demoFirm);
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
  });

  it('open the bids page to the firm and to administrators only', async () => {
    renderAt('/firm/challenges/42/bids', demoAdmin);
    expect(await screen.findByTestId('bids-page')).toBeInTheDocument();
  });

  it('refuse the bids page to a lab', async () => {
    renderAt('/firm/challenges/42/bids', demoLab);
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
    expect(screen.queryByTestId('bids-page')).not.toBeInTheDocument();
  });
});
