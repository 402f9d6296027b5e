import { Col, Empty, Pagination, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { QueryError } from '@/components/ui/query-error';

import { useChallenges } from '../api/get-challenges';
import { CHALLENGE_PAGE_SIZE, hasFilters, toChallengeQuery, type ChallengeListState } from '../utils/list-state';
import { ChallengeCard } from './challenge-card';
import { ChallengeFilters } from './challenge-filters';

/** The public challenge market: filters, result cards and pages, all driven by `state` (kept in the URL). */
export function ChallengeMarket({ state, onChange }: { state: ChallengeListState; onChange: (next: ChallengeListState) => void }) {
  const { t } = useTranslation(['challenges', 'common']);
  const challenges = useChallenges(toChallengeQuery(state));
  const page = challenges.data;

  return (
    <div className="challenge-market" data-testid="challenge-market">
      <ChallengeFilters value={state} onChange={onChange} />
      <div className="market-summary" aria-live="polite">
        {page && (
          <Typography.Text type="secondary" data-testid="challenge-total">
            {t('common:list.total', { count: page.total })}
          </Typography.Text>
        )}
      </div>
      {challenges.isError ? (
        <QueryError error={challenges.error} onRetry={() => void challenges.refetch()} />
      ) : challenges.isPending ? (
        <Row gutter={[16, 16]}>
          {Array.from({ length: 6 }, (_, index) => (
            <Col key={index} xs={24} md={12} xl={8}>
              <Skeleton active paragraph={{ rows: 4 }} />
            </Col>
          ))}
        </Row>
      ) : page && page.items.length === 0 ? (
        <Empty description={hasFilters(state) ? t('market.noMatch') : t('market.empty')} data-testid="challenge-empty" />
      ) : (
        <Row gutter={[16, 16]} className={challenges.isPlaceholderData ? 'is-refreshing' : undefined}>
          {page?.items.map((challenge) => (
            <Col key={challenge.id} xs={24} md={12} xl={8}>
              <ChallengeCard challenge={challenge} />
            </Col>
          ))}
        </Row>
      )}
      {page && page.total > CHALLENGE_PAGE_SIZE && (
        <Pagination
          className="list-pagination"
          current={state.page}
          pageSize={CHALLENGE_PAGE_SIZE}
          total={page.total}
          showSizeChanger={false}
          onChange={(next) => {
            onChange({ ...state, page: next });
            window.scrollTo({ top: 0, behavior: 'smooth' });
          }}
          data-testid="challenge-pagination"
        />
      )}
    </div>
  );
}
