import { Card, Col, Empty, Pagination, Row, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DeadlineCountdown } from '@/components/ui/deadline-countdown';
import { QueryError } from '@/components/ui/query-error';
import { formatDateTime, formatMoney, formatWan } from '@/lib/format';
import type { AnnouncementView } from '@/types/api';

import { ANNOUNCEMENT_PAGE_SIZE, useAnnouncements } from '../api/get-announcements';
import { formatScore } from '../utils/scoring';
import { AwardStatusTag } from './award-tags';

function AnnouncementCard({ announcement: a }: { announcement: AnnouncementView }) {
  const { t } = useTranslation('awards');
  return (
    <Card className="announcement-card" data-testid="announcement-card" data-award-id={a.id} data-status={a.status}>
      <div className="announcement-card-head">
        <AwardStatusTag status={a.status} />
        <Typography.Text type="secondary">{t('announcements.proposedAt', { time: formatDateTime(a.proposedAt) })}</Typography.Text>
      </div>
      <Typography.Title level={4} className="announcement-card-title">
        <Link to={`/announcements/${a.id}`}>{t('announcements.cardTitle', { title: a.challenge.title })}</Link>
      </Typography.Title>
      <Row gutter={[16, 8]}>
        <Col xs={24} md={9}>
          <div className="fact-label">{t('announcements.winner')}</div>
          <div className="fact-value-sm">{a.winner?.labName ?? '—'}</div>
          <div className="fact-sub">{a.winner?.organizationName}</div>
        </Col>
        <Col xs={12} md={5}>
          <div className="fact-label">{t('announcements.amount')}</div>
          <div className="fact-value-sm">{formatWan(a.amount)}</div>
          <div className="fact-sub">{formatMoney(a.amount)}</div>
        </Col>
        <Col xs={12} md={4}>
          <div className="fact-label">{t('announcements.score')}</div>
          <div className="fact-value-sm">{formatScore(a.scores?.adoptedScore ?? a.scores?.total)}</div>
        </Col>
        <Col xs={24} md={6}>
          <div className="fact-label">{t('announcements.window')}</div>
          <div>{formatDateTime(a.publicityEndsAt)}</div>
          {a.status === 'PROPOSED' && <DeadlineCountdown deadline={a.publicityEndsAt} />}
        </Col>
      </Row>
    </Card>
  );
}

/** Award announcements (公示), newest first, each leading to its detail and objection form. */
export function AnnouncementList({ page, onPageChange }: { page: number; onPageChange: (page: number) => void }) {
  const { t } = useTranslation('awards');
  const list = useAnnouncements(page);
  if (list.isPending) {
    return <Skeleton active paragraph={{ rows: 8 }} />;
  }
  if (list.isError) {
    return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  }
  if (list.data.items.length === 0) {
    return <Empty description={t('announcements.empty')} data-testid="announcements-empty" />;
  }
  return (
    <Space orientation="vertical" size={16} className={`full-width${list.isPlaceholderData ? ' is-refreshing' : ''}`} data-testid="announcement-list">
      {list.data.items.map((announcement) => (
        <AnnouncementCard key={announcement.id} announcement={announcement} />
      ))}
      <Pagination
        className="list-pagination"
        current={page}
        pageSize={ANNOUNCEMENT_PAGE_SIZE}
        total={list.data.total}
        hideOnSinglePage
        showSizeChanger={false}
        onChange={onPageChange}
      />
    </Space>
  );
}
