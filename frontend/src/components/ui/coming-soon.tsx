import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useDocumentTitle } from '@/lib/use-document-title';

type ComingSoonProps = {
  title: string;
  description: ReactNode;
  icon?: ReactNode;
};

/** A friendly placeholder for a section that a later release fills in. */
export function ComingSoon({ title, description, icon }: ComingSoonProps) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <div className="app-container page-section">
      <Result
        icon={icon ?? <ClockCircleOutlined />}
        title={t('comingSoon.title', { page: title })}
        subTitle={description}
        extra={
          <Link to="/">
            <Button type="primary">{t('actions.backHome')}</Button>
          </Link>
        }
      />
    </div>
  );
}
