import {
  AppstoreOutlined,
  ArrowRightOutlined,
  BankOutlined,
  ExperimentOutlined,
  EyeOutlined,
  SearchOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Card, Col, Input, Row, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { RecommendedChallenges } from '@/features/search/components/recommended-challenges';
import { PublicChainChart } from '@/features/stats/components/public-chain-chart';
import { PublicStats } from '@/features/stats/components/public-stats';
import { useUser, type Me } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

type Action = { to: string; label: string; primary?: boolean; icon?: ReactNode; testId: string };

function useHeroActions(user: Me | null | undefined): Action[] {
  const { t } = useTranslation(['home', 'common']);
  if (!user) {
    return [
      { to: '/register?role=FIRM', label: t('cta.publish'), primary: true, icon: <BankOutlined />, testId: 'cta-publish' },
      { to: '/register?role=LAB', label: t('cta.bid'), icon: <ExperimentOutlined />, testId: 'cta-bid' },
      { to: '/challenges', label: t('cta.browse'), icon: <SearchOutlined />, testId: 'cta-browse' },
    ];
  }
  switch (user.role) {
    case 'FIRM':
      return [
        { to: '/firm/challenges/new', label: t('common:nav.newChallenge'), primary: true, icon: <BankOutlined />, testId: 'cta-new-challenge' },
        { to: '/firm/challenges', label: t('common:nav.myChallenges'), icon: <AppstoreOutlined />, testId: 'cta-my-challenges' },
        { to: '/account', label: t('cta.firmAccount'), icon: <UserOutlined />, testId: 'cta-account' },
      ];
    case 'LAB':
      return [
        { to: '/challenges?open=1', label: t('cta.findChallenges'), primary: true, icon: <SearchOutlined />, testId: 'cta-browse' },
        { to: '/lab/bids', label: t('common:nav.myBids'), icon: <AppstoreOutlined />, testId: 'cta-my-bids' },
        { to: '/lab/profile', label: t('common:nav.labProfile'), icon: <ExperimentOutlined />, testId: 'cta-lab-profile' },
      ];
    case 'ADMIN':
      return [
        { to: '/admin', label: t('common:nav.admin'), primary: true, icon: <AppstoreOutlined />, testId: 'cta-admin' },
        { to: '/account', label: t('cta.account'), icon: <UserOutlined />, testId: 'cta-account' },
      ];
    default:
      return [
        { to: '/account', label: t('cta.account'), primary: true, icon: <UserOutlined />, testId: 'cta-account' },
        { to: '/announcements', label: t('cta.announcements'), icon: <EyeOutlined />, testId: 'cta-announcements' },
      ];
  }
}

function Hero() {
  const { t } = useTranslation(['home', 'common']);
  const { data: user } = useUser();
  const actions = useHeroActions(user);
  const navigate = useNavigate();
  return (
    <section className="hero" data-testid="hero">
      <div className="app-container hero-inner">
        <div className="hero-eyebrow">{t('hero.eyebrow')}</div>
        <h1 className="hero-title">{t('hero.title')}</h1>
        <p className="hero-slogan" data-testid="hero-slogan">
          {t('common:slogan')}
        </p>
        <p className="hero-lead">{t('hero.lead')}</p>
        {user && <p className="hero-greeting">{t('hero.greeting', { name: user.displayName })}</p>}
        <Input.Search
          className="hero-search"
          size="large"
          allowClear
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          enterButton={t('common:actions.search')}
          onSearch={(q) => void navigate(q.trim() ? `/search?${new URLSearchParams({ q: q.trim() }).toString()}` : '/search')}
          data-testid="hero-search"
        />
        <Space wrap size={12} className="hero-actions">
          {actions.map((action) => (
            <Link key={action.to + action.testId} to={action.to}>
              <Button
                size="large"
                type={action.primary ? 'primary' : 'default'}
                ghost={!action.primary}
                icon={action.icon}
                data-testid={action.testId}
              >
                {action.label}
              </Button>
            </Link>
          ))}
        </Space>
      </div>
    </section>
  );
}

/** A lab's top recommendations, each with why, and the way to all of them. */
function Recommended() {
  const { t } = useTranslation(['home', 'search']);
  return (
    <section className="app-container page-section" data-testid="home-recommendations">
      <div className="section-title-row">
        <Typography.Title level={3} className="section-title">
          {t('recommended.title')}
        </Typography.Title>
        <Link to="/lab/recommendations">
          <Button type="link">
            {t('search:recommendations.viewAll')} <ArrowRightOutlined />
          </Button>
        </Link>
      </div>
      <Typography.Paragraph type="secondary" className="section-lead">
        {t('recommended.lead')}
      </Typography.Paragraph>
      <RecommendedChallenges limit={3} compact />
    </section>
  );
}

function Process() {
  const { t } = useTranslation('home');
  const steps = t('process.steps', { returnObjects: true }) as { title: string; description: string }[];
  return (
    <section className="app-container page-section">
      <Typography.Title level={3} className="section-title">
        {t('process.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="section-lead">
        {t('process.lead')}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {steps.map((step, index) => (
          <Col key={step.title} xs={24} sm={12} lg={8} xl={{ flex: '20%' }}>
            <Card className="process-card" variant="outlined">
              <div className="process-index">{String(index + 1).padStart(2, '0')}</div>
              <div className="process-title">{step.title}</div>
              <div className="process-description">{step.description}</div>
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}

function Roles() {
  const { t } = useTranslation('home');
  const roles = [
    { key: 'firm', icon: <BankOutlined />, to: '/register?role=FIRM' },
    { key: 'lab', icon: <ExperimentOutlined />, to: '/register?role=LAB' },
    { key: 'public', icon: <EyeOutlined />, to: '/results' },
  ] as const;
  return (
    <section className="app-container page-section">
      <Typography.Title level={3} className="section-title">
        {t('roles.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {roles.map((role) => (
          <Col key={role.key} xs={24} md={8}>
            <Card className="role-card" variant="outlined">
              <div className="role-card-icon">{role.icon}</div>
              <Typography.Title level={4} className="role-card-title">
                {t(`roles.${role.key}.title`)}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{t(`roles.${role.key}.description`)}</Typography.Paragraph>
              <Link to={role.to}>
                <Button type="link" className="role-card-link">
                  {t(`roles.${role.key}.action`)} <ArrowRightOutlined />
                </Button>
              </Link>
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}

export function HomeRoute() {
  const { t } = useTranslation('home');
  const { data: user } = useUser();
  useDocumentTitle();
  return (
    <div data-testid="home-page">
      <Hero />
      {user?.role === 'LAB' && <Recommended />}
      <section className="app-container page-section stats-section">
        <Typography.Title level={3} className="section-title">
          {t('stats.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="section-lead">
          {t('stats.lead')}
        </Typography.Paragraph>
        <PublicStats />
        <PublicChainChart />
      </section>
      <Process />
      {!user && <Roles />}
    </div>
  );
}
