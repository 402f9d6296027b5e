import { Breadcrumb, Button, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { QueryError } from '@/components/ui/query-error';
import { ChallengeDocuments } from '@/features/attachments/components/challenge-documents';
import { useChallenge } from '@/features/challenges/api/get-challenge';
import { ChallengeWizard } from '@/features/challenges/components/challenge-wizard';
import { ApiError, type ProblemFieldError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';

type EditorState = {
  step?: number;
  problem?: { status: number; type?: string; title?: string; detail?: string; errors?: ProblemFieldError[] };
};

/** /firm/challenges/new and /firm/challenges/:id/edit: the challenge wizard. */
export function ChallengeEditorRoute() {
  const { t } = useTranslation(['challenges', 'common']);
  const { id } = useParams();
  const location = useLocation();
  const state = (location.state ?? {}) as EditorState;
  const challenge = useChallenge(id ?? '', { enabled: Boolean(id) });
  const title = id ? t('wizard.editTitle') : t('wizard.newTitle');
  useDocumentTitle(title);

  let body;
  if (!id) {
    body = <ChallengeWizard key="new" />;
  } else if (challenge.isPending) {
    body = <Skeleton active paragraph={{ rows: 10 }} />;
  } else if (challenge.isError) {
    body = <QueryError error={challenge.error} onRetry={() => void challenge.refetch()} />;
  } else if (!challenge.data.actions.includes('EDIT')) {
    body = (
      <Result
        status="warning"
        title={t('editor.notEditable', { status: t(`common:challengeStatus.${challenge.data.status}`) })}
        extra={
          <Link to={`/challenges/${challenge.data.id}`}>
            <Button type="primary">{t('common:actions.view')}</Button>
          </Link>
        }
      />
    );
  } else {
    body = (
      <>
        <ChallengeWizard
          key={challenge.data.id}
          challenge={challenge.data}
          initialStep={state.step ?? 0}
          initialProblem={state.problem ? new ApiError(state.problem) : undefined}
          onReload={async () => (await challenge.refetch()).data}
        />
        <div className="wizard-documents">
          <ChallengeDocuments challengeId={challenge.data.id} editable />
        </div>
      </>
    );
  }

  return (
    <div className="app-container page-section" data-testid="challenge-editor-page">
      <Breadcrumb
        className="page-breadcrumb"
        items={[{ title: <Link to="/firm/challenges">{t('mine.title')}</Link> }, { title: id ? (challenge.data?.title ?? '…') : title }]}
      />
      <PageHeader title={title} description={t('wizard.subtitle')} />
      {body}
    </div>
  );
}
