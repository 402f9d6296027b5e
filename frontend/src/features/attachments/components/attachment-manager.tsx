import { CloseOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Progress, Skeleton, Typography, Upload, type UploadProps } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { QueryError } from '@/components/ui/query-error';
import type { AttachmentOwnerType, AttachmentView } from '@/types/api';

import { useDeleteAttachment } from '../api/delete-attachment';
import { useAttachments } from '../api/get-attachments';
import { attachmentKeys } from '../api/keys';
import { uploadAttachment } from '../api/upload-attachment';
import {
  ACCEPT_ATTRIBUTE,
  checkFile,
  fileKind,
  formatBytes,
  MAX_FILE_BYTES,
  uploadErrorOf,
  type FileCheckProblem,
} from '../utils/file-checks';
import { AttachmentList } from './attachment-list';
import { FileKindIcon } from './file-kind-icon';

/** A file on its way up, or one that was refused (before sending or by the server). */
type PendingUpload = {
  uid: string;
  name: string;
  size: number;
  percent: number;
  status: 'uploading' | 'error';
  message?: string;
  abort?: () => void;
};

export type AttachmentManagerProps = {
  ownerType: AttachmentOwnerType;
  /** The owner; a bid not saved yet has none until `prepare` makes it. */
  ownerId?: string;
  editable: boolean;
  maxFiles: number;
  maxBytes?: number;
  /** Creates the owner on the first upload (a bid's first save) and returns its id. */
  prepare?: () => Promise<string | undefined>;
  /** Called after a file was added or removed. */
  onChanged?: (change: 'added' | 'removed', file: AttachmentView) => void;
  /** Said in the delete confirmation. */
  deleteNote?: string;
  emptyText?: ReactNode;
  testId?: string;
};

/**
 * An owner's files with, for those who may change them, a drop zone: several files at once, each checked
 * in the browser first (free slot, type, size), uploaded with its own progress bar, and refused with the
 * server's explanation next to it.
 */
export function AttachmentManager({
  ownerType,
  ownerId,
  editable,
  maxFiles,
  maxBytes = MAX_FILE_BYTES,
  prepare,
  onChanged,
  deleteNote,
  emptyText,
  testId = 'attachments',
}: AttachmentManagerProps) {
  const { t } = useTranslation(['attachments', 'common']);
  const queryClient = useQueryClient();
  const files = useAttachments(ownerType, ownerId);
  const remove = useDeleteAttachment();
  const [pending, setPending] = useState<PendingUpload[]>([]);
  // Slots taken by files accepted for upload but not yet stored (beforeUpload runs once per dropped file).
  const reserved = useRef(0);
  const preparing = useRef<Promise<string | undefined> | undefined>(undefined);
  const stored = files.data ?? [];
  const uploading = pending.filter((item) => item.status === 'uploading').length;
  const full = stored.length + uploading >= maxFiles;

  const update = (uid: string, change: Partial<PendingUpload>) =>
    setPending((items) => items.map((item) => (item.uid === uid ? { ...item, ...change } : item)));
  const drop = (uid: string) => setPending((items) => items.filter((item) => item.uid !== uid));
  const refuse = (file: { uid: string; name: string; size: number }, message: string) =>
    setPending((items) => [...items.filter((item) => item.uid !== file.uid), { uid: file.uid, name: file.name, size: file.size, percent: 0, status: 'error', message }]);

  const checkMessage = (problem: FileCheckProblem) => {
    switch (problem.code) {
      case 'limit':
        return t('checks.limit', { max: problem.maxFiles });
      case 'typeUnsupported':
        return problem.extension ? t('checks.typeUnsupported', { extension: problem.extension }) : t('checks.noExtension');
      case 'empty':
        return t('checks.empty');
      case 'tooLarge':
        return t('checks.tooLarge', { size: formatBytes(problem.size), max: formatBytes(problem.maxBytes) });
    }
  };

  const ownerIdForUpload = async () => {
    if (ownerId) {
      return ownerId;
    }
    if (!prepare) {
      return undefined;
    }
    // Several files dropped at once make the owner once.
    preparing.current ??= prepare().finally(() => {
      preparing.current = undefined;
    });
    return preparing.current;
  };

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    const problem = checkFile(file, { maxBytes, maxFiles, taken: stored.length + reserved.current });
    if (problem) {
      refuse(file, checkMessage(problem));
      return Upload.LIST_IGNORE;
    }
    reserved.current += 1;
    setPending((items) => [...items.filter((item) => item.uid !== file.uid), { uid: file.uid, name: file.name, size: file.size, percent: 0, status: 'uploading' }]);
    return true;
  };

  const customRequest: UploadProps['customRequest'] = (options) => {
    const file = options.file as File & { uid: string };
    const controller = new AbortController();
    update(file.uid, { abort: () => controller.abort() });
    void (async () => {
      try {
        const id = await ownerIdForUpload();
        if (!id) {
          refuse(file, t('errors.noOwner'));
          return;
        }
        const view = await uploadAttachment(ownerType, id, file, {
          signal: controller.signal,
          onProgress: (progress) => update(file.uid, { percent: progress.percent }),
        });
        queryClient.setQueryData<AttachmentView[]>(attachmentKeys.owner(ownerType, id), (list) =>
          list ? [...list.filter((item) => item.id !== view.id), view] : [view],
        );
        void queryClient.invalidateQueries({ queryKey: attachmentKeys.owner(ownerType, id) });
        drop(file.uid);
        onChanged?.('added', view);
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') {
          drop(file.uid);
          return;
        }
        const explained = uploadErrorOf(error);
        refuse(file, explained.detail ?? t(`errors.${explained.key}`));
      } finally {
        reserved.current = Math.max(0, reserved.current - 1);
      }
    })();
  };

  let list: ReactNode;
  if (!ownerId) {
    list = <AttachmentList files={[]} emptyText={emptyText} testId={`${testId}-list`} />;
  } else if (files.isPending) {
    list = <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  } else if (files.isError) {
    list = <QueryError error={files.error} onRetry={() => void files.refetch()} />;
  } else {
    list = (
      <AttachmentList
        files={stored}
        emptyText={emptyText}
        deleteNote={deleteNote}
        deletingId={remove.isPending ? remove.variables?.id : undefined}
        onDelete={editable ? (file) => remove.mutate(file, { onSuccess: () => onChanged?.('removed', file) }) : undefined}
        testId={`${testId}-list`}
      />
    );
  }

  return (
    <div className="attachment-manager" data-testid={testId}>
      {list}
      {remove.isError && <ProblemAlert className="form-alert" error={remove.error} />}
      {editable && (
        <>
          <div className="attachment-dropzone" data-testid={`${testId}-dropzone`}>
            <Upload.Dragger
              multiple
              accept={ACCEPT_ATTRIBUTE}
              showUploadList={false}
              disabled={full}
              beforeUpload={beforeUpload}
              customRequest={customRequest}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{full ? t('upload.full', { max: maxFiles }) : t('upload.drop')}</p>
              <p className="ant-upload-hint">{t('upload.hint', { max: maxFiles, size: formatBytes(maxBytes) })}</p>
            </Upload.Dragger>
          </div>
          <Typography.Text type="secondary" className="attachment-count" data-testid={`${testId}-count`}>
            {t('upload.count', { count: stored.length, max: maxFiles })}
          </Typography.Text>
        </>
      )}
      {pending.length > 0 && (
        <ul className="upload-queue" aria-live="polite" data-testid={`${testId}-queue`}>
          {pending.map((item) => (
            <li key={item.uid} className={`upload-item upload-item-${item.status}`} data-testid="upload-item" data-status={item.status}>
              <FileKindIcon kind={fileKind('', item.name)} />
              <div className="upload-item-body">
                <div className="upload-item-head">
                  <span className="upload-item-name">{item.name}</span>
                  <Typography.Text type="secondary" className="upload-item-size">
                    {formatBytes(item.size)}
                  </Typography.Text>
                </div>
                {item.status === 'uploading' ? (
                  <Progress percent={item.percent} size="small" status="active" aria-label={t('upload.uploading', { name: item.name })} />
                ) : (
                  <Typography.Text type="danger" className="upload-item-error" data-testid="upload-item-error">
                    {item.message}
                  </Typography.Text>
                )}
              </div>
              <Button
                type="text"
                size="small"
                icon={<CloseOutlined />}
                aria-label={item.status === 'uploading' ? t('upload.cancel') : t('upload.dismiss')}
                onClick={() => (item.status === 'uploading' ? item.abort?.() : drop(item.uid))}
                data-testid="upload-item-dismiss"
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

