import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { EvaluationWorkspace } from '@/features/awards/components/evaluation-workspace';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /admin/challenges/:id/evaluation: the evaluation and award workspace of one challenge. */
export function ChallengeEvaluationRoute() {
  const { t } = useTranslation(['awards', 'admin']);
  const { id = '' } = useParams();
  useDocumentTitle(t('pages.evaluation.title'));
  return (
    <div className="app-container page-section" data-testid="evaluation-page">
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/admin">{t('admin:console.title')}</Link> },
          { title: <Link to="/admin/evaluation">{t('admin:console.tabs.evaluation')}</Link> },
          { title: t('pages.evaluation.title') },
        ]}
      />
      <PageHeader title={t('pages.evaluation.title')} description={t('pages.evaluation.subtitle')} />
      <EvaluationWorkspace challengeId={id} />
    </div>
  );
}
