/** The datasets administrators export (SPEC §8), in the order the page lists them. */
export const EXPORT_TABLES = ['challenges', 'bids', 'awards', 'milestones'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** GET /api/admin/exports/{table}.{format}: a download (the session cookie authenticates it). */
export const exportUrl = (table: ExportTable, format: ExportFormat) => `/api/admin/exports/${table}.${format}`;

/** GET /api/ocds/awarded: the OCDS 1.1 release package of every challenge with a confirmed award. */
export const OCDS_AWARDED_URL = '/api/ocds/awarded';

/** GET /api/ocds/challenges/{id}: the OCDS 1.1 release package of one public challenge. */
export const ocdsChallengeUrl = (challengeId: string) => `/api/ocds/challenges/${encodeURIComponent(challengeId)}`;
