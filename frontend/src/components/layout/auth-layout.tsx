import { CheckCircleOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type AuthLayoutProps = {
  title: string;
  subtitle?: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  children: ReactNode;
};

/** The frame of the sign-in and registration pages: a short pitch beside the form. */
export function AuthLayout({ title, subtitle, footer, wide = false, children }: AuthLayoutProps) {
  const { t } = useTranslation();
  const points = t('auth.points', { returnObjects: true }) as string[];
  return (
    <div className={`auth-page app-container${wide ? ' auth-page-wide' : ''}`}>
      <Card className="auth-card" variant="borderless">
        <div className="auth-grid">
          <aside className="auth-aside" aria-hidden="true">
            <div className="auth-aside-title">{t('slogan')}</div>
            <ul className="auth-aside-points">
              {points.map((point) => (
                <li key={point}>
                  <CheckCircleOutlined /> {point}
                </li>
              ))}
            </ul>
          </aside>
          <section className="auth-main">
            <Typography.Title level={2} className="auth-title">
              {title}
            </Typography.Title>
            {subtitle && <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph>}
            {children}
            {footer && <div className="auth-footer">{footer}</div>}
          </section>
        </div>
      </Card>
    </div>
  );
}
