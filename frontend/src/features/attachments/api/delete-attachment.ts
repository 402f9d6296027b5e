import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { AttachmentView } from '@/types/api';

import { attachmentKeys } from './keys';

/** DELETE /api/attachments/{id}: removes a file; removing one of a submitted bid renews its commitment. */
export const deleteAttachment = (id: string) => api.delete<void>(`/api/attachments/${encodeURIComponent(id)}`);

export function useDeleteAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: AttachmentView) => deleteAttachment(file.id),
    onSuccess: (_, file) => {
      queryClient.setQueryData<AttachmentView[]>(attachmentKeys.owner(file.ownerType, file.ownerId), (files) =>
        files?.filter((candidate) => candidate.id !== file.id),
      );
      void queryClient.invalidateQueries({ queryKey: attachmentKeys.owner(file.ownerType, file.ownerId) });
    },
  });
}
