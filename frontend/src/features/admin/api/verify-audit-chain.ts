import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ChainVerification } from '@/types/api';

/** GET /api/admin/audit/verify: walks the hash chain and reports the first broken entry. */
export const verifyAuditChain = () => api.get<ChainVerification>('/api/admin/audit/verify');

export const useVerifyAuditChain = () => useMutation({ mutationFn: verifyAuditChain });
