import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { AuditEntry, Page } from '@/types/api';

import { adminKeys } from './keys';

/** Filters of GET /api/admin/audit (instants ISO). */
export type AuditQuery = {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorName?: string;
  from?: string;
  to?: string;
  page?: number;
  size?: number;
};

/** GET /api/admin/audit: the audit log, newest first. */
export const getAuditLog = (query: AuditQuery) => api.get<Page<AuditEntry>>('/api/admin/audit', { params: query });

export const auditLogQueryOptions = (query: AuditQuery) =>
  queryOptions({ queryKey: adminKeys.audit(query), queryFn: () => getAuditLog(query), placeholderData: keepPreviousData });

export const useAuditLog = (query: AuditQuery) => useQuery(auditLogQueryOptions(query));
