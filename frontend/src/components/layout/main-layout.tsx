import { Layout } from 'antd';
import { Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';

import { PageLoader } from '@/components/ui/page-loader';

import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';

/** The frame of every page: header, content, footer. */
export function MainLayout() {
  return (
    <Layout className="app-layout">
      <AppHeader />
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
