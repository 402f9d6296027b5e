/** Filters of GET /api/labs. */
export type LabQuery = { q?: string; field?: string; province?: string; orgType?: string; page?: number; size?: number };

/** Query keys of the lab feature. */
export const labKeys = {
  all: ['labs'] as const,
  list: (query: LabQuery) => [...labKeys.all, 'list', query] as const,
  search: (query: object) => [...labKeys.all, 'search', query] as const,
  detail: (id: string) => [...labKeys.all, 'detail', id] as const,
  mine: () => [...labKeys.all, 'mine'] as const,
};
