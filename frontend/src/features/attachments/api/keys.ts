import type { AttachmentOwnerType } from '@/types/api';

/** Query keys of the attachment feature. */
export const attachmentKeys = {
  all: ['attachments'] as const,
  owner: (type: AttachmentOwnerType, id: string) => [...attachmentKeys.all, type, id] as const,
};

const OWNER_PATHS: Record<AttachmentOwnerType, string> = {
  CHALLENGE: 'challenges',
  BID: 'bids',
  MILESTONE: 'milestones',
};

/** /api/{challenges|bids|milestones}/{id}/attachments */
export const ownerAttachmentsPath = (type: AttachmentOwnerType, id: string) =>
  `/api/${OWNER_PATHS[type]}/${encodeURIComponent(id)}/attachments`;
