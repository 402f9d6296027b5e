/** Query keys of the statistics feature. */
export const statsKeys = {
  all: ['stats'] as const,
  public: () => [...statsKeys.all, 'public'] as const,
  dashboard: () => [...statsKeys.all, 'dashboard'] as const,
};
