import { DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Empty, Popconfirm, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '@/lib/format';
import type { AttachmentView } from '@/types/api';

import { fileKind, formatBytes, shortHash } from '../utils/file-checks';
import { FileKindIcon } from './file-kind-icon';

type AttachmentListProps = {
  files: AttachmentView[];
  /** Offers a delete button per file. */
  onDelete?: (file: AttachmentView) => void;
  /** The file being deleted right now. */
  deletingId?: string;
  /** Said in the delete confirmation (e.g. that a bid's receipt will be renewed). */
  deleteNote?: string;
  /** What an empty list says; null shows nothing. */
  emptyText?: ReactNode;
  testId?: string;
};

/** Files with their type, size, upload time, short copyable SHA-256 and a download link. */
export function AttachmentList({ files, onDelete, deletingId, deleteNote, emptyText, testId = 'attachment-list' }: AttachmentListProps) {
  const { t } = useTranslation(['attachments', 'common']);
  if (files.length === 0) {
    return emptyText === null ? null : (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? t('list.empty')} data-testid={`${testId}-empty`} />
    );
  }
  return (
    <ul className="attachment-list" data-testid={testId}>
      {files.map((file) => {
        const kind = fileKind(file.contentType, file.filename);
        return (
          <li key={file.id} className="attachment-item" data-testid="attachment-item" data-attachment-id={file.id}>
            <FileKindIcon kind={kind} />
            <div className="attachment-body">
              <a href={file.downloadUrl} download={file.filename} className="attachment-name" data-testid="attachment-name">
                {file.filename}
              </a>
              <div className="attachment-meta">
                <span data-testid="attachment-type">{t(`types.${kind}`)}</span>
                <span data-testid="attachment-size">{formatBytes(file.size)}</span>
                <span>{t('list.uploadedAt', { time: formatDateTime(file.uploadedAt) })}</span>
                <span className="attachment-hash">
                  SHA-256{' '}
                  <Typography.Text
                    code
                    copyable={{ text: file.sha256, tooltips: [t('common:actions.copy'), t('common:actions.copied')] }}
                    title={file.sha256}
                    data-testid="attachment-sha256"
                    data-sha256={file.sha256}
                  >
                    {shortHash(file.sha256)}
                  </Typography.Text>
                </span>
              </div>
            </div>
            <div className="attachment-actions">
              <Tooltip title={t('list.download')}>
                <a
                  href={file.downloadUrl}
                  download={file.filename}
                  className="attachment-download"
                  aria-label={t('list.downloadNamed', { name: file.filename })}
                  data-testid="attachment-download"
                >
                  <DownloadOutlined />
                </a>
              </Tooltip>
              {onDelete && (
                <Popconfirm
                  title={t('list.deleteTitle', { name: file.filename })}
                  description={deleteNote}
                  okText={t('list.delete')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common:actions.cancel')}
                  onConfirm={() => onDelete(file)}
                >
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    loading={deletingId === file.id}
                    aria-label={t('list.deleteNamed', { name: file.filename })}
                    data-testid="attachment-delete"
                  />
                </Popconfirm>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
