/** Query keys of the admin console. */
export const adminKeys = {
  all: ['admin'] as const,
  organizations: (verified: boolean | undefined, page: number) => [...adminKeys.all, 'organizations', { verified, page }] as const,
  audit: (query: object) => [...adminKeys.all, 'audit', query] as const,
};
