import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { AttachmentView } from '@/types/api';

import { MAX_MILESTONE_FILES } from '../utils/file-checks';
import { AttachmentList } from './attachment-list';
import { AttachmentManager } from './attachment-manager';

export type MilestoneEvidenceProps = {
  milestoneId: string;
  /** The files as the milestone's view lists them (shown read-only without another request). */
  files?: AttachmentView[];
  /** The winning lab adds and removes files while the milestone may be reported. */
  editable: boolean;
  onChanged?: () => void;
};

/** A milestone's evidence files (at most 10, 20 MB each): read-only for the firm, a drop zone for the lab. */
export function MilestoneEvidence({ milestoneId, files, editable, onChanged }: MilestoneEvidenceProps) {
  const { t } = useTranslation('attachments');
  if (!editable && files) {
    return files.length === 0 ? (
      <Typography.Text type="secondary" data-testid="milestone-attachments-empty">
        {t('milestone.empty')}
      </Typography.Text>
    ) : (
      <AttachmentList files={files} testId="milestone-attachments-list" />
    );
  }
  return (
    <AttachmentManager
      ownerType="MILESTONE"
      ownerId={milestoneId}
      editable={editable}
      maxFiles={MAX_MILESTONE_FILES}
      emptyText={editable ? t('milestone.emptyEditable') : t('milestone.empty')}
      onChanged={() => onChanged?.()}
      testId="milestone-attachments"
    />
  );
}
