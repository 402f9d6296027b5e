import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { DeadlineCountdown } from '@/components/ui/deadline-countdown';
import { loginPath } from '@/lib/auth';
import { formatDateTime, formatMoney, formatWan } from '@/lib/format';
import type { AnnouncementView } from '@/types/api';

import { AwardStatusTag } from './award-tags';
import { ObjectionForm } from './objection-form';
import { ScoreSummaryView } from './score-summary';

/**
 * One award announcement (公示): challenge, winning lab and organization, amount, rationale, the scores
 * summary and the objection window with its countdown; signed-in users may object while it is open.
 */
export function AnnouncementDetail({ announcement: a, signedIn }: { announcement: AnnouncementView; signedIn: boolean }) {
  const { t } = useTranslation(['awards', 'common']);
  const location = useLocation();
  return (
    <div className="announcement-detail" data-testid="announcement-detail" data-status={a.status}>
      <header className="challenge-detail-header">
        <Space wrap size={[8, 8]}>
          <AwardStatusTag status={a.status} testId="announcement-status" />
          <Typography.Text type="secondary">{t('announcements.proposedAt', { time: formatDateTime(a.proposedAt) })}</Typography.Text>
        </Space>
        <Typography.Title level={2} className="challenge-detail-title" data-testid="announcement-title">
          {t('announcements.cardTitle', { title: a.challenge.title })}
        </Typography.Title>
        <Link to={`/challenges/${a.challenge.id}`} data-testid="announcement-challenge">
          {t('announcements.viewChallenge')}
        </Link>
      </header>

      {a.status === 'WITHDRAWN' && (
        <Alert type="warning" showIcon title={t('announcements.withdrawn', { time: formatDateTime(a.withdrawnAt) })} className="card-alert" />
      )}
      {a.status === 'CONFIRMED' && (
        <Alert type="success" showIcon title={t('announcements.confirmed', { time: formatDateTime(a.confirmedAt) })} className="card-alert" data-testid="announcement-confirmed" />
      )}

      <Card className="challenge-facts">
        <Row gutter={[24, 16]}>
          <Col xs={24} md={9}>
            <div className="fact-label">{t('announcements.winner')}</div>
            <div className="fact-value" data-testid="announcement-winner">
              {a.winner ? <Link to={`/labs/${a.winner.labId}`}>{a.winner.labName}</Link> : '—'}
            </div>
            <div className="fact-sub" data-testid="announcement-organization">
              {a.winner?.organizationName}
            </div>
          </Col>
          <Col xs={12} md={7}>
            <div className="fact-label">{t('announcements.amount')}</div>
            <div className="fact-value fact-bounty" data-testid="announcement-amount">
              {formatMoney(a.amount)}
            </div>
            <div className="fact-sub">{formatWan(a.amount)}</div>
          </Col>
          <Col xs={12} md={8}>
            <div className="fact-label">{t('announcements.window')}</div>
            <div className="fact-value-sm" data-testid="announcement-ends">
              {formatDateTime(a.publicityEndsAt, 'YYYY-MM-DD HH:mm:ss')}
            </div>
            {a.status === 'PROPOSED' ? (
              <DeadlineCountdown deadline={a.publicityEndsAt} testId="announcement-countdown" strong />
            ) : (
              <div className="fact-sub">{t('common:time.beijing')}</div>
            )}
          </Col>
        </Row>
      </Card>

      <Row gutter={[24, 24]} className="challenge-detail-body">
        <Col xs={24} lg={15}>
          <Card title={t('announcements.rationale')} className="detail-card">
            <Typography.Paragraph className="pre-wrap" data-testid="announcement-rationale">
              {a.rationale}
            </Typography.Paragraph>
          </Card>
          {a.scores && (
            <Card title={t('announcements.scores')} className="detail-card">
              <ScoreSummaryView summary={a.scores} testId="announcement-scores" />
            </Card>
          )}
        </Col>
        <Col xs={24} lg={9}>
          <Card title={t('announcements.objections')} className="detail-card" data-testid="announcement-objections">
            {a.objectionWindowOpen ? (
              signedIn ? (
                <ObjectionForm awardId={a.id} />
              ) : (
                <div className="contact-locked">
                  <Typography.Paragraph type="secondary">
                    <LockOutlined /> {t('announcements.signInToObject')}
                  </Typography.Paragraph>
                  <Link to={loginPath(location.pathname)}>
                    <Button size="small" data-testid="announcement-login">
                      {t('common:actions.login')}
                    </Button>
                  </Link>
                </div>
              )
            ) : (
              <Typography.Paragraph type="secondary" data-testid="announcement-window-closed">
                {t('announcements.windowClosed')}
              </Typography.Paragraph>
            )}
            <Typography.Paragraph type="secondary" className="announcement-rules">
              {t('announcements.rules')}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
