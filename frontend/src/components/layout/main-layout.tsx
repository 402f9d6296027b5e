import { Layout } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';

import { PageLoader } from '@/components/ui/page-loader';

import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';

/** The frame of every page: header, content, footer; `userActions` go into the header for signed-in users. */
export function MainLayout({ userActions }: { userActions?: ReactNode }) {
  return (
    <Layout className="app-layout">
      <AppHeader userActions={userActions} />
      <Layout.Content className="app-content">
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <AppFooter />
      <ScrollRestoration />
    </Layout>
  );
}
