import { Typography } from 'antd';

import { summaryEntries } from '../utils/audit-state';

/** A before/after summary of an audit entry as a compact key/value list. */
export function AuditSummary({ summary, compact = false }: { summary: string; compact?: boolean }) {
  const entries = summaryEntries(summary);
  if (typeof entries === 'string') {
    return <Typography.Text className="audit-summary-text">{entries}</Typography.Text>;
  }
  if (entries.length === 0) {
    return <Typography.Text type="secondary">—</Typography.Text>;
  }
  const shown = compact ? entries.slice(0, 3) : entries;
  return (
    <dl className="audit-summary">
      {shown.map(([key, value]) => (
        <div key={key} className="audit-summary-entry">
          <dt>{key}</dt>
          <dd>{compact && value.length > 60 ? `${value.slice(0, 60)}…` : value}</dd>
        </div>
      ))}
      {compact && entries.length > shown.length && <div className="audit-summary-more">+{entries.length - shown.length}</div>}
    </dl>
  );
}
