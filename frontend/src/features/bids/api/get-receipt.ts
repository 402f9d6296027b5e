import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ReceiptView } from '@/types/api';

import { bidKeys } from './keys';

/** GET /api/bids/{id}/receipt: the SHA-256 commitment recorded when the bid was (last) submitted. */
export const getReceipt = (bidId: string) => api.get<ReceiptView>(`/api/bids/${encodeURIComponent(bidId)}/receipt`);

export const receiptQueryOptions = (bidId: string) =>
  queryOptions({ queryKey: bidKeys.receipt(bidId), queryFn: () => getReceipt(bidId), staleTime: 0 });

export const useReceipt = (bidId: string | undefined, options: { enabled?: boolean } = {}) =>
  useQuery({ ...receiptQueryOptions(bidId ?? ''), enabled: Boolean(bidId) && (options.enabled ?? true) });
