import { LockOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, App, Card } from 'antd';
import { useTranslation } from 'react-i18next';

import type { BidStatus } from '@/types/api';

import { MAX_BID_FILES } from '../utils/file-checks';
import { AttachmentManager } from './attachment-manager';

export type BidFilesProps = {
  /** The bid; none before its first save. */
  bidId?: string;
  status?: BidStatus;
  /** Whether the challenge still takes bids. */
  open: boolean;
  /** Saves the bid as a draft when it has not been saved yet and returns its id. */
  ensureBid?: () => Promise<string | undefined>;
  /** After a file was added or removed (a submitted bid then has a new commitment and version). */
  onFilesChanged?: () => void;
};

/**
 * The files of the lab's bid (at most 5, 20 MB each), sealed with it until the deadline. Each file's
 * SHA-256 is part of the bid's commitment, so a change to the files of a submitted bid renews the receipt.
 */
export function BidFiles({ bidId, status, open, ensureBid, onFilesChanged }: BidFilesProps) {
  const { t } = useTranslation('attachments');
  const { message } = App.useApp();
  const submitted = status === 'SUBMITTED';
  const editable = open && (status === undefined || status === 'DRAFT' || status === 'SUBMITTED');
  return (
    <Card
      title={
        <span>
          <PaperClipOutlined /> {t('bid.title')}
        </span>
      }
      className="form-card"
      data-testid="bid-files"
    >
      <Alert type="info" showIcon icon={<LockOutlined />} className="form-alert" title={t('bid.sealedTitle')} description={t('bid.sealed')} />
      {editable && submitted && <Alert type="warning" showIcon className="form-alert" title={t('bid.renews')} data-testid="bid-files-renews" />}
      {editable && !bidId && <Alert type="info" className="form-alert" title={t('bid.saveFirst')} />}
      {open && status === 'WITHDRAWN' && <Alert type="info" className="form-alert" title={t('bid.withdrawn')} />}
      {!open && <Alert type="info" className="form-alert" title={t('bid.closed')} />}
      <AttachmentManager
        ownerType="BID"
        ownerId={bidId}
        editable={editable}
        maxFiles={MAX_BID_FILES}
        prepare={ensureBid}
        deleteNote={submitted ? t('bid.deleteRenews') : undefined}
        emptyText={t('bid.empty')}
        onChanged={() => {
          if (submitted) {
            void message.success(t('bid.renewed'));
          }
          onFilesChanged?.();
        }}
        testId="bid-attachments"
      />
    </Card>
  );
}

/** The files of an opened bid, for its challenge's firm and administrators after the close. */
export function OpenedBidFiles({ bidId }: { bidId: string }) {
  const { t } = useTranslation('attachments');
  return (
    <div className="opened-bid-files" data-testid="opened-bid-files">
      <div className="fact-label">
        <PaperClipOutlined /> {t('opened.title')}
      </div>
      <AttachmentManager ownerType="BID" ownerId={bidId} editable={false} maxFiles={MAX_BID_FILES} emptyText={t('opened.empty')} testId="opened-bid-attachments" />
    </div>
  );
}
