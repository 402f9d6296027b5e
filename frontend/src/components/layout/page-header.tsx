import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** Title, optional description and actions at the top of a content page. */
export function PageHeader({ title, description, extra }: { title: ReactNode; description?: ReactNode; extra?: ReactNode }) {
  return (
    <div className="page-header">
      <div>
        <Typography.Title level={2} className="page-header-title">
          {title}
        </Typography.Title>
        {description && <Typography.Paragraph type="secondary" className="page-header-description">{description}</Typography.Paragraph>}
      </div>
      {extra && <div className="page-header-extra">{extra}</div>}
    </div>
  );
}
