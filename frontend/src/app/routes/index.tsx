import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

import { RouteError } from '@/components/errors/route-error';
import { MainLayout } from '@/components/layout/main-layout';
import { PageLoader } from '@/components/ui/page-loader';
import { requireUser } from '@/lib/auth';

/** Route modules are loaded on demand; each exports one component. Protected routes check in their loader. */
export const createRoutes = (queryClient: QueryClient): RouteObject[] => [
  {
    element: <MainLayout />,
    hydrateFallbackElement: <PageLoader />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: () => import('./public/home').then((m) => ({ Component: m.HomeRoute })) },
          { path: 'login', lazy: () => import('./public/login').then((m) => ({ Component: m.LoginRoute })) },
          {
            path: 'register',
            lazy: () => import('./public/register').then((m) => ({ Component: m.RegisterRoute })),
          },
          {
            path: 'challenges',
            lazy: () => import('./public/challenges').then((m) => ({ Component: m.ChallengesRoute })),
          },
          { path: 'labs', lazy: () => import('./public/labs').then((m) => ({ Component: m.LabsRoute })) },
          {
            path: 'results',
            lazy: () => import('./public/results').then((m) => ({ Component: m.ResultsRoute })),
          },
          {
            path: 'announcements',
            lazy: () => import('./public/announcements').then((m) => ({ Component: m.AnnouncementsRoute })),
          },
          {
            path: 'account',
            loader: requireUser(queryClient),
            lazy: () => import('./account/account').then((m) => ({ Component: m.AccountRoute })),
          },
          { path: '*', lazy: () => import('./not-found').then((m) => ({ Component: m.NotFoundRoute })) },
        ],
      },
    ],
  },
];
