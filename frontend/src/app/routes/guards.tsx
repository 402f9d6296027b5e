import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

import { requireUser, type Role } from '@/lib/auth';
import { RoleOutlet } from '@/lib/protected-route';

/**
 * A group of routes for some roles: visitors are sent to the login page (and back afterwards) by the
 * loader; signed-in users of another role see the 403 page.
 */
export const roleRoutes = (queryClient: QueryClient, roles: Role[], children: RouteObject[]): RouteObject => ({
  loader: requireUser(queryClient),
  element: <RoleOutlet roles={roles} />,
  children,
});
