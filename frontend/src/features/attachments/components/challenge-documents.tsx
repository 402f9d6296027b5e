import { PaperClipOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { useAttachments } from '../api/get-attachments';
import { MAX_CHALLENGE_FILES } from '../utils/file-checks';
import { AttachmentManager } from './attachment-manager';

/**
 * A challenge's public documents (specifications, drawings, test standards). Its firm adds and removes
 * them while the challenge is a draft or was returned; from publication on everyone may download them.
 * Shown to others only when there are any.
 */
export function ChallengeDocuments({ challengeId, editable }: { challengeId: string; editable: boolean }) {
  const { t } = useTranslation('attachments');
  const files = useAttachments('CHALLENGE', challengeId);
  if (!editable && (files.isPending || (files.data && files.data.length === 0))) {
    return null;
  }
  return (
    <Card
      title={
        <span>
          <PaperClipOutlined /> {t('documents.title')}
        </span>
      }
      className="detail-card"
      data-testid="challenge-documents"
    >
      {editable && <Typography.Paragraph type="secondary">{t('documents.hint', { max: MAX_CHALLENGE_FILES })}</Typography.Paragraph>}
      <AttachmentManager
        ownerType="CHALLENGE"
        ownerId={challengeId}
        editable={editable}
        maxFiles={MAX_CHALLENGE_FILES}
        emptyText={t('documents.empty')}
        testId="challenge-documents-files"
      />
    </Card>
  );
}
