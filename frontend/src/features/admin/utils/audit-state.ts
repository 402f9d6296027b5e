import { dayBoundary } from '@/lib/time';

import type { AuditQuery } from '../api/get-audit-log';

export const AUDIT_PAGE_SIZE = 25;

export const AUDIT_ENTITY_TYPES = ['challenge', 'bid', 'organization', 'user', 'lab', 'award', 'objection', 'clarification', 'invitation', 'seed'];

export const AUDIT_ACTIONS = [
  'CHALLENGE_CREATED',
  'CHALLENGE_UPDATED',
  'CHALLENGE_SUBMITTED',
  'CHALLENGE_APPROVED',
  'CHALLENGE_REJECTED',
  'CHALLENGE_AMENDED',
  'CHALLENGE_CANCELLED',
  'CHALLENGE_CLOSED',
  'BID_CREATED',
  'BID_UPDATED',
  'BID_SUBMITTED',
  'BID_AMENDED',
  'BID_RECONFIRMED',
  'BID_WITHDRAWN',
  'ORGANIZATION_VERIFIED',
  'LAB_PROFILE_UPDATED',
  'USER_REGISTERED',
  'ADMIN_CREATED',
  'SEED_LOADED',
];

/** The audit viewer's filters as the URL keeps them (days in Beijing time). */
export type AuditListState = {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorName?: string;
  from?: string;
  to?: string;
  page: number;
};

const KEYS = ['entityType', 'entityId', 'action', 'actorName', 'from', 'to'] as const;

export function readAuditState(params: URLSearchParams): AuditListState {
  const state: AuditListState = { page: 1 };
  for (const key of KEYS) {
    const value = params.get(key)?.trim();
    if (value) {
      state[key] = value;
    }
  }
  const page = Number(params.get('page'));
  state.page = Number.isInteger(page) && page > 1 ? page : 1;
  return state;
}

export function writeAuditState(state: AuditListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key]?.trim();
    if (value) {
      params.set(key, value);
    }
  }
  if (state.page > 1) {
    params.set('page', String(state.page));
  }
  return params;
}

export const toAuditQuery = (state: AuditListState): AuditQuery => ({
  entityType: state.entityType,
  entityId: state.entityId,
  action: state.action,
  actorName: state.actorName,
  from: state.from ? dayBoundary(state.from, 'start') : undefined,
  to: state.to ? dayBoundary(state.to, 'end') : undefined,
  page: state.page,
  size: AUDIT_PAGE_SIZE,
});

/** An audit summary ("{...}" JSON or plain text) as key/value pairs for display. */
export function summaryEntries(summary: string | null | undefined): [string, string][] | string {
  if (!summary) {
    return [];
  }
  try {
    const parsed: unknown = JSON.parse(summary);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return Object.entries(parsed as Record<string, unknown>).map(([key, value]) => [
        key,
        typeof value === 'string' ? value : JSON.stringify(value),
      ]);
    }
    return summary;
  } catch {
    return summary;
  }
}
