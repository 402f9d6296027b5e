import { isApiError, NETWORK_PROBLEM_TYPE } from '@/lib/api-client';

/** The file types the server accepts (SPEC §2: PDF, Office documents, images), by extension. */
export const ACCEPTED_EXTENSIONS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'png', 'jpg', 'jpeg', 'gif'] as const;

/** For the file chooser's `accept` attribute. */
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.map((extension) => `.${extension}`).join(',');

export const MB = 1024 * 1024;

/** The server's defaults (jiebang.attachments.*): 20 MB a file, 5 files a bid, 10 documents a challenge, 10 evidence files a milestone. */
export const MAX_FILE_BYTES = 20 * MB;
export const MAX_BID_FILES = 5;
export const MAX_CHALLENGE_FILES = 10;
export const MAX_MILESTONE_FILES = 10;

/** Why a file is refused before it is sent, with what the message needs. */
export type FileCheckProblem =
  | { code: 'empty' }
  | { code: 'tooLarge'; size: number; maxBytes: number }
  | { code: 'typeUnsupported'; extension: string }
  | { code: 'limit'; maxFiles: number };

/** The lower-cased extension of a file name, '' when it has none. */
export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot < 0 || dot === filename.length - 1 ? '' : filename.slice(dot + 1).toLowerCase();
}

/**
 * The checks the browser can make before uploading: a free slot, an accepted extension, not empty, not too
 * large. The server checks again, and also the content against the extension.
 */
export function checkFile(
  file: { name: string; size: number },
  limits: { maxBytes?: number; maxFiles: number; taken: number },
): FileCheckProblem | undefined {
  const maxBytes = limits.maxBytes ?? MAX_FILE_BYTES;
  if (limits.taken >= limits.maxFiles) {
    return { code: 'limit', maxFiles: limits.maxFiles };
  }
  const extension = extensionOf(file.name);
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension)) {
    return { code: 'typeUnsupported', extension };
  }
  if (file.size === 0) {
    return { code: 'empty' };
  }
  if (file.size > maxBytes) {
    return { code: 'tooLarge', size: file.size, maxBytes };
  }
  return undefined;
}

/** A byte count for people: "820 B", "12.4 KB", "3.1 MB" (1 KB = 1024 bytes, like file managers). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) {
    return '—';
  }
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value >= 100 ? 0 : 1;
  return `${value.toFixed(digits).replace(/\.0$/, '')} ${units[unit]}`;
}

/** The first characters of a hex digest, enough to compare by eye; the full value stays copyable. */
export const shortHash = (sha256: string, length = 12) => (sha256.length > length ? `${sha256.slice(0, length)}…` : sha256);

export type FileKind = 'pdf' | 'word' | 'excel' | 'powerpoint' | 'image' | 'other';

/** The kind of a stored file, from the content type the server recognised (the extension as fallback). */
export function fileKind(contentType: string, filename = ''): FileKind {
  const type = contentType.toLowerCase();
  const extension = extensionOf(filename);
  if (type === 'application/pdf' || extension === 'pdf') return 'pdf';
  if (type.startsWith('image/') || ['png', 'jpg', 'jpeg', 'gif'].includes(extension)) return 'image';
  if (type.includes('wordprocessing') || type === 'application/msword' || ['doc', 'docx'].includes(extension)) return 'word';
  if (type.includes('spreadsheet') || type === 'application/vnd.ms-excel' || ['xls', 'xlsx'].includes(extension)) return 'excel';
  if (type.includes('presentation') || type === 'application/vnd.ms-powerpoint' || ['ppt', 'pptx'].includes(extension)) {
    return 'powerpoint';
  }
  return 'other';
}

/** The attachment problem types of the server, as keys of attachments:errors. */
const PROBLEM_KEYS: Record<string, string> = {
  '/problems/attachment-too-large': 'tooLarge',
  '/problems/attachment-type-unsupported': 'typeUnsupported',
  '/problems/attachment-type-mismatch': 'typeMismatch',
  '/problems/attachment-empty': 'empty',
  '/problems/attachment-limit': 'limit',
  '/problems/attachment-owner-locked': 'locked',
  '/problems/bid-window-closed': 'closed',
  '/problems/challenge-state': 'locked',
};

export type UploadErrorKey =
  | 'tooLarge'
  | 'typeUnsupported'
  | 'typeMismatch'
  | 'empty'
  | 'limit'
  | 'locked'
  | 'closed'
  | 'network'
  | 'generic';

/**
 * How to explain a failed upload: the server's own (localized) detail when it sent one, else a local text
 * chosen by the problem type or status (a proxy's bare 413 page carries no problem).
 */
export function uploadErrorOf(error: unknown): { detail?: string; key: UploadErrorKey } {
  if (!isApiError(error)) {
    return { key: 'generic' };
  }
  if (error.type === NETWORK_PROBLEM_TYPE) {
    return { key: 'network' };
  }
  const key = (PROBLEM_KEYS[error.type] ?? (error.status === 413 ? 'tooLarge' : error.status === 415 ? 'typeUnsupported' : 'generic')) as UploadErrorKey;
  const fieldMessage = error.errors.find((fieldError) => fieldError.message)?.message;
  return { detail: error.detail || fieldMessage || undefined, key };
}
