import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { MyChallenges } from '@/features/challenges/components/my-challenges';
import { readMyChallengeTab } from '@/features/challenges/utils/my-challenges';
import { useDocumentTitle } from '@/lib/use-document-title';

export function MyChallengesRoute() {
  const { t } = useTranslation('challenges');
  const [params, setParams] = useSearchParams();
  const status = readMyChallengeTab(params.get('status'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  useDocumentTitle(t('mine.title'));
  return (
    <div className="app-container page-section" data-testid="my-challenges-page">
      <PageHeader
        title={t('mine.title')}
        description={t('mine.subtitle')}
        extra={
          <Link to="/firm/challenges/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="new-challenge">
              {t('mine.create')}
            </Button>
          </Link>
        }
      />
      <MyChallenges
        status={status}
        page={page}
        onChange={(next) => {
          const search = new URLSearchParams();
          if (next.status !== 'ALL') search.set('status', next.status);
          if (next.page > 1) search.set('page', String(next.page));
          setParams(search);
        }}
      />
    </div>
  );
}
