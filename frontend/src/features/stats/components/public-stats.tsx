import {
  AuditOutlined,
  BankOutlined,
  FileTextOutlined,
  FireOutlined,
  MoneyCollectOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Card, Col, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { formatAmountHint, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

import { usePublicStats, type PublicStats as PublicStatsData } from '../api/get-public-stats';

type CountKey = keyof Pick<PublicStatsData, 'publishedChallenges' | 'openChallenges' | 'awardedChallenges' | 'labs' | 'organizations'>;

const COUNTS: { key: CountKey; icon: ReactNode }[] = [
  { key: 'publishedChallenges', icon: <FileTextOutlined /> },
  { key: 'openChallenges', icon: <FireOutlined /> },
  { key: 'awardedChallenges', icon: <AuditOutlined /> },
  { key: 'labs', icon: <TeamOutlined /> },
  { key: 'organizations', icon: <BankOutlined /> },
];

/** The platform's live figures as statistic cards. */
export function PublicStats() {
  const { t } = useTranslation(['stats', 'common']);
  const stats = usePublicStats();

  if (stats.isError) {
    return (
      <ProblemAlert
        error={stats.error}
        action={
          <Button size="small" onClick={() => void stats.refetch()}>
            {t('common:actions.retry')}
          </Button>
        }
      />
    );
  }

  const hint = stats.data ? formatAmountHint(stats.data.openBounty, currentLanguage()) : undefined;
  return (
    <Row gutter={[16, 16]} data-testid="public-stats">
      {COUNTS.map(({ key, icon }) => (
        <Col key={key} xs={12} md={8} xl={{ flex: '20%' }}>
          <Card className="stat-card" variant="outlined">
            <Statistic
              title={
                <span className="stat-title">
                  <span className="stat-icon">{icon}</span>
                  {t(`public.${key}`)}
                </span>
              }
              value={stats.data?.[key] ?? 0}
              loading={stats.isPending}
              suffix={<span className="stat-suffix">{t(`public.units.${key}`)}</span>}
              data-testid={`stat-${key}`}
            />
          </Card>
        </Col>
      ))}
      <Col xs={24}>
        <Card className="stat-card stat-card-accent" variant="outlined">
          <div className="stat-bounty">
            <Statistic
              title={
                <span className="stat-title">
                  <span className="stat-icon">
                    <MoneyCollectOutlined />
                  </span>
                  {t('public.openBounty')}
                </span>
              }
              value={hint ?? (stats.data ? formatMoney(stats.data.openBounty) : '')}
              loading={stats.isPending}
              data-testid="stat-openBounty"
            />
            {stats.data && hint && (
              <div className="stat-exact" data-testid="stat-openBounty-exact">
                {formatMoney(stats.data.openBounty)}
              </div>
            )}
          </div>
        </Card>
      </Col>
    </Row>
  );
}
