import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp, ConfigProvider } from 'antd';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type LoaderFunction, type RouteObject } from 'react-router';

import type { Me } from '@/lib/auth';

export const createTestQueryClient = () =>
  new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });

type RenderOptions = {
  /** The URL the memory router starts at. */
  route?: string;
  /** Extra routes next to the one that renders `ui` (e.g. a login page to be redirected to). */
  routes?: RouteObject[];
  /** The path pattern under which `ui` renders. */
  path?: string;
  /** A loader for the route that renders `ui` (e.g. a guard built with the test's query client). */
  loader?: (queryClient: QueryClient) => LoaderFunction;
  queryClient?: QueryClient;
};

/** Renders a component with the app's providers (query client, Ant Design, a memory router). */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  const queryClient = options.queryClient ?? createTestQueryClient();
  const main: RouteObject = { path: options.path ?? '*', element: ui, loader: options.loader?.(queryClient) };
  const router = createMemoryRouter([main, ...(options.routes ?? [])], {
    initialEntries: [options.route ?? '/'],
  });
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <ConfigProvider>
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>,
  );
  return { ...result, user, router, queryClient };
}

export const demoLab: Me = {
  id: '5f1c6a34-0d7e-4c71-9d0f-3b2f1c0a9e11',
  username: 'demo-lab',
  displayName: '王晓明',
  email: 'wang@example.edu.cn',
  role: 'LAB',
  organization: {
    id: '1c9e0b2a-7c55-4d1e-a7c4-1f3e5d9b2a10',
    name: '浙江大学',
    type: 'UNIVERSITY',
    creditCode: '12100000470095016Q',
    province: 'ZJ',
    city: '杭州',
    verified: false,
    verifiedAt: null,
    invitationCode: 'ORG7K2Q9PX',
  },
  lab: { id: 'b8e2d9f0-3a4c-4e7b-9f1d-2c6a8e0b4d33', name: '智能感知实验室', invitationCode: 'LABX4M8N2T' },
  expertise: [],
};

/** Replaces an input's text in one go (typing character by character is slow with Ant Design in jsdom). */
export async function fill(user: ReturnType<typeof userEvent.setup>, element: HTMLElement, text: string) {
  await user.clear(element);
  if (text) {
    await user.click(element);
    await user.paste(text);
  }
}
