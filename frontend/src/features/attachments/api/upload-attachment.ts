import { api, type UploadProgress } from '@/lib/api-client';
import type { AttachmentOwnerType, AttachmentView } from '@/types/api';

import { ownerAttachmentsPath } from './keys';

/**
 * POST /api/{challenges|bids}/{id}/attachments (multipart, one `file` part): stores a file, whose type the
 * server checks against its bytes. Uploading to a submitted bid renews its commitment.
 */
export const uploadAttachment = (
  type: AttachmentOwnerType,
  ownerId: string,
  file: File,
  options: { onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal } = {},
) => api.upload<AttachmentView>(ownerAttachmentsPath(type, ownerId), file, options);
