import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { AttachmentOwnerType, AttachmentView } from '@/types/api';

import { attachmentKeys, ownerAttachmentsPath } from './keys';

/** GET /api/{challenges|bids}/{id}/attachments: the files of an owner the viewer may see. */
export const getAttachments = (type: AttachmentOwnerType, id: string) =>
  api.get<AttachmentView[]>(ownerAttachmentsPath(type, id));

export const attachmentsQueryOptions = (type: AttachmentOwnerType, id: string) =>
  queryOptions({
    queryKey: attachmentKeys.owner(type, id),
    queryFn: () => getAttachments(type, id),
    staleTime: 10_000,
  });

export const useAttachments = (type: AttachmentOwnerType, id: string | undefined, options: { enabled?: boolean } = {}) =>
  useQuery({ ...attachmentsQueryOptions(type, id ?? ''), enabled: Boolean(id) && (options.enabled ?? true) });
