import { api } from '@/lib/api-client';
import type { BidView } from '@/types/api';

/** GET /api/bids/{id}: one bid (its own lab at any time; the firm and administrators after the close). */
export const getBid = (id: string) => api.get<BidView>(`/api/bids/${encodeURIComponent(id)}`);
