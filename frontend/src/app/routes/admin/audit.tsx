import { useSearchParams } from 'react-router';

import { AuditLog } from '@/features/admin/components/audit-log';
import { readAuditState, writeAuditState } from '@/features/admin/utils/audit-state';

export function AuditRoute() {
  const [params, setParams] = useSearchParams();
  return <AuditLog state={readAuditState(params)} onChange={(next) => setParams(writeAuditState(next))} />;
}
