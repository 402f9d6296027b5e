import type { QueryClient } from '@tanstack/react-query';
import { Navigate, type RouteObject } from 'react-router';

import { RouteError } from '@/components/errors/route-error';
import { MainLayout } from '@/components/layout/main-layout';
import { PageLoader } from '@/components/ui/page-loader';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { requireUser } from '@/lib/auth';

import { roleRoutes } from './guards';

/**
 * Route modules are loaded on demand; each exports one component. Workspaces are guarded by role: the
 * loader sends visitors to the login page, other roles see a 403 page.
 */
export const createRoutes = (queryClient: QueryClient): RouteObject[] => [
  {
    element: <MainLayout userActions={<NotificationBell />} />,
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
          {
            path: 'challenges/:id',
            lazy: () => import('./public/challenge').then((m) => ({ Component: m.ChallengeRoute })),
          },
          { path: 'labs', lazy: () => import('./public/labs').then((m) => ({ Component: m.LabsRoute })) },
          { path: 'labs/:id', lazy: () => import('./public/lab').then((m) => ({ Component: m.LabRoute })) },
          { path: 'search', lazy: () => import('./public/search').then((m) => ({ Component: m.SearchRoute })) },
          {
            path: 'results',
            lazy: () => import('./public/results').then((m) => ({ Component: m.ResultsRoute })),
          },
          {
            path: 'results/:id',
            lazy: () => import('./public/result').then((m) => ({ Component: m.ResultRoute })),
          },
          {
            path: 'announcements',
            lazy: () => import('./public/announcements').then((m) => ({ Component: m.AnnouncementsRoute })),
          },
          {
            path: 'announcements/:id',
            lazy: () => import('./public/announcement').then((m) => ({ Component: m.AnnouncementRoute })),
          },
          {
            path: 'account',
            loader: requireUser(queryClient),
            lazy: () => import('./account/account').then((m) => ({ Component: m.AccountRoute })),
          },
          {
            path: 'my/objections',
            loader: requireUser(queryClient),
            lazy: () => import('./account/my-objections').then((m) => ({ Component: m.MyObjectionsRoute })),
          },
          roleRoutes(queryClient, ['FIRM'], [
            {
              path: 'firm/challenges',
              lazy: () => import('./firm/my-challenges').then((m) => ({ Component: m.MyChallengesRoute })),
            },
            {
              path: 'firm/challenges/new',
              lazy: () => import('./firm/challenge-editor').then((m) => ({ Component: m.ChallengeEditorRoute })),
            },
            {
              path: 'firm/challenges/:id/edit',
              lazy: () => import('./firm/challenge-editor').then((m) => ({ Component: m.ChallengeEditorRoute })),
            },
          ]),
          roleRoutes(queryClient, ['FIRM', 'ADMIN'], [
            {
              path: 'firm/challenges/:id/bids',
              lazy: () => import('./firm/challenge-bids').then((m) => ({ Component: m.ChallengeBidsRoute })),
            },
            {
              path: 'firm/challenges/:id/delivery',
              lazy: () => import('./firm/delivery').then((m) => ({ Component: m.FirmDeliveryRoute })),
            },
          ]),
          roleRoutes(queryClient, ['LAB'], [
            { path: 'lab/profile', lazy: () => import('./lab/profile').then((m) => ({ Component: m.LabProfileRoute })) },
            { path: 'lab/bids', lazy: () => import('./lab/my-bids').then((m) => ({ Component: m.MyBidsRoute })) },
            { path: 'lab/follows', lazy: () => import('./lab/follows').then((m) => ({ Component: m.FollowsRoute })) },
            {
              path: 'lab/recommendations',
              lazy: () => import('./lab/recommendations').then((m) => ({ Component: m.RecommendationsRoute })),
            },
            {
              path: 'lab/invitations',
              lazy: () => import('./lab/invitations').then((m) => ({ Component: m.InvitationsRoute })),
            },
            {
              path: 'lab/challenges/:id/bid',
              lazy: () => import('./lab/bid').then((m) => ({ Component: m.BidRoute })),
            },
            {
              path: 'lab/delivery/:challengeId',
              lazy: () => import('./lab/delivery').then((m) => ({ Component: m.LabDeliveryRoute })),
            },
          ]),
          roleRoutes(queryClient, ['EXPERT', 'ADMIN'], [
            { path: 'reviews', lazy: () => import('./reviewer/my-reviews').then((m) => ({ Component: m.MyReviewsRoute })) },
            {
              path: 'reviews/:challengeId',
              lazy: () => import('./reviewer/review').then((m) => ({ Component: m.ReviewRoute })),
            },
          ]),
          roleRoutes(queryClient, ['ADMIN'], [
            {
              path: 'admin',
              lazy: () => import('./admin/layout').then((m) => ({ Component: m.AdminLayoutRoute })),
              children: [
                { index: true, element: <Navigate to="/admin/review" replace /> },
                { path: 'review', lazy: () => import('./admin/review-queue').then((m) => ({ Component: m.ReviewQueueRoute })) },
                {
                  path: 'organizations',
                  lazy: () => import('./admin/organizations').then((m) => ({ Component: m.OrganizationsRoute })),
                },
                {
                  path: 'evaluation',
                  lazy: () => import('./admin/evaluation').then((m) => ({ Component: m.EvaluationListRoute })),
                },
                {
                  path: 'objections',
                  lazy: () => import('./admin/objections').then((m) => ({ Component: m.ObjectionsRoute })),
                },
                { path: 'experts', lazy: () => import('./admin/experts').then((m) => ({ Component: m.ExpertsRoute })) },
                { path: 'audit', lazy: () => import('./admin/audit').then((m) => ({ Component: m.AuditRoute })) },
                {
                  path: 'delivery',
                  lazy: () => import('./admin/delivery').then((m) => ({ Component: m.DeliveryBoardRoute })),
                },
                {
                  path: 'dashboard',
                  lazy: () => import('./admin/dashboard').then((m) => ({ Component: m.DashboardRoute })),
                },
                { path: 'exports', lazy: () => import('./admin/exports').then((m) => ({ Component: m.ExportsRoute })) },
                { path: 'search', lazy: () => import('./admin/search').then((m) => ({ Component: m.SearchIndexRoute })) },
              ],
            },
            {
              path: 'admin/challenges/:id/amend',
              lazy: () => import('./admin/amend').then((m) => ({ Component: m.AmendRoute })),
            },
            {
              path: 'admin/challenges/:id/evaluation',
              lazy: () => import('./admin/challenge-evaluation').then((m) => ({ Component: m.ChallengeEvaluationRoute })),
            },
          ]),
          // Links the backend puts into notifications.
          { path: 'my/bids', element: <Navigate to="/lab/bids" replace /> },
          { path: 'my/challenges', element: <Navigate to="/firm/challenges" replace /> },
          { path: '*', lazy: () => import('./not-found').then((m) => ({ Component: m.NotFoundRoute })) },
        ],
      },
    ],
  },
];
