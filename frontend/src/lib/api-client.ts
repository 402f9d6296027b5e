import { currentLanguage } from './i18n';

/** One invalid field of a request, as the backend reports it inside a problem. */
export type ProblemFieldError = {
  field: string;
  code?: string;
  message: string;
};

/** Every failed API call ends up as this error: an RFC 9457 problem, or one synthesised from the response. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly instance?: string;
  readonly errors: ProblemFieldError[];
  /** Seconds to wait before retrying (from Retry-After, or the problem's retryAfterSeconds). */
  readonly retryAfter?: number;
  /** Extra problem members such as challengeId. */
  readonly properties: Record<string, unknown>;

  constructor(init: {
    status: number;
    type?: string;
    title?: string;
    detail?: string;
    instance?: string;
    errors?: ProblemFieldError[];
    retryAfter?: number;
    properties?: Record<string, unknown>;
  }) {
    super(init.detail ?? init.title ?? `HTTP ${init.status}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.type = init.type ?? 'about:blank';
    this.title = init.title ?? '';
    this.detail = init.detail;
    this.instance = init.instance;
    this.errors = init.errors ?? [];
    this.retryAfter = init.retryAfter;
    this.properties = init.properties ?? {};
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** The problem type used when the server could not be reached at all. */
export const NETWORK_PROBLEM_TYPE = '/problems/network';

type QueryValue = string | number | boolean | null | undefined;

/** Query parameters; an array repeats its key (`chain=A&chain=B`). */
export type QueryParams = Record<string, QueryValue | readonly QueryValue[]>;

export type RequestOptions = {
  params?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
};

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie ? document.cookie.split(';') : []) {
    const separator = part.indexOf('=');
    const key = part.slice(0, separator).trim();
    if (key === name) {
      return decodeURIComponent(part.slice(separator + 1).trim());
    }
  }
  return undefined;
}

/** Seconds from a Retry-After header, which is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: Date = new Date()): number | undefined {
  if (!value) {
    return undefined;
  }
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed);
  }
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) {
    return undefined;
  }
  return Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldErrors(value: unknown): ProblemFieldError[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.filter(isRecord).map((entry) => ({
    field: typeof entry.field === 'string' ? entry.field : '',
    code: typeof entry.code === 'string' ? entry.code : undefined,
    message: typeof entry.message === 'string' ? entry.message : '',
  }));
}

const PROBLEM_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors']);

/** Turns any non-2xx response into an ApiError, reading an application/problem+json body when there is one. */
export async function parseProblem(response: Response): Promise<ApiError> {
  const contentType = response.headers.get('Content-Type') ?? '';
  let body: unknown;
  if (contentType.includes('json')) {
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
  }
  const problem = isRecord(body) ? body : {};
  const properties = Object.fromEntries(Object.entries(problem).filter(([key]) => !PROBLEM_MEMBERS.has(key)));
  const retryAfterProperty =
    typeof problem.retryAfterSeconds === 'number' ? problem.retryAfterSeconds : undefined;
  return new ApiError({
    status: typeof problem.status === 'number' ? problem.status : response.status,
    type: typeof problem.type === 'string' ? problem.type : undefined,
    title: typeof problem.title === 'string' ? problem.title : response.statusText,
    detail: typeof problem.detail === 'string' ? problem.detail : undefined,
    instance: typeof problem.instance === 'string' ? problem.instance : undefined,
    errors: fieldErrors(problem.errors),
    retryAfter: parseRetryAfter(response.headers.get('Retry-After')) ?? retryAfterProperty,
    properties,
  });
}

function buildUrl(path: string, params?: QueryParams): string {
  if (!params) {
    return path;
  }
  const search = new URLSearchParams();
  for (const [key, entry] of Object.entries(params)) {
    for (const value of Array.isArray(entry) ? entry : [entry]) {
      if (value !== undefined && value !== null && value !== '') {
        search.append(key, String(value));
      }
    }
  }
  const query = search.toString();
  return query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path;
}

/** A fresh browser has no XSRF-TOKEN cookie until its first response; fetch one before the first write. */
async function csrfToken(): Promise<string | undefined> {
  const existing = readCookie(CSRF_COOKIE);
  if (existing) {
    return existing;
  }
  try {
    await fetch('/api/auth/csrf', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    // The write that follows reports the network problem.
  }
  return readCookie(CSRF_COOKIE);
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
    ...options.headers,
  };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (UNSAFE_METHODS.has(method)) {
    const token = await csrfToken();
    if (token) {
      headers[CSRF_HEADER] = token;
    }
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.params), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError({ status: 0, type: NETWORK_PROBLEM_TYPE, title: 'Network error' });
  }
  if (!response.ok) {
    throw await parseProblem(response);
  }
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return undefined as T;
  }
  const contentType = response.headers.get('Content-Type') ?? '';
  return (contentType.includes('json') ? await response.json() : await response.text()) as T;
}

/** How far an upload has come; `percent` is 0–100. */
export type UploadProgress = { loaded: number; total: number; percent: number };

export type UploadOptions = {
  /** The multipart part name (default `file`). */
  field?: string;
  /** The file name sent with the part (default: the File's own name). */
  filename?: string;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  headers?: Record<string, string>;
};

/** The response an XMLHttpRequest received, as a fetch Response (for parseProblem). */
function xhrResponse(xhr: XMLHttpRequest): Response {
  const headers = new Headers();
  for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
    const separator = line.indexOf(':');
    if (separator > 0) {
      headers.append(line.slice(0, separator).trim(), line.slice(separator + 1).trim());
    }
  }
  const empty = [101, 204, 205, 304].includes(xhr.status);
  return new Response(empty ? null : xhr.responseText, { status: xhr.status, statusText: xhr.statusText, headers });
}

/**
 * POSTs one file as multipart/form-data with upload progress (fetch cannot report it), with the same
 * session cookie, CSRF header, Accept-Language and problem parsing as every other call.
 */
async function upload<T>(path: string, file: Blob, options: UploadOptions = {}): Promise<T> {
  const token = await csrfToken();
  const body = new FormData();
  const name = options.filename ?? (file instanceof File ? file.name : 'file');
  body.append(options.field ?? 'file', file, name);
  return new Promise<T>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new DOMException('The upload was aborted.', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': currentLanguage(),
      ...options.headers,
    };
    if (token) {
      headers[CSRF_HEADER] = token;
    }
    for (const [key, value] of Object.entries(headers)) {
      xhr.setRequestHeader(key, value);
    }
    xhr.upload.onprogress = (event) => {
      const total = event.lengthComputable ? event.total : file.size;
      options.onProgress?.({
        loaded: event.loaded,
        total,
        percent: total > 0 ? Math.min(100, Math.round((event.loaded / total) * 100)) : 0,
      });
    };
    xhr.onload = () => {
      const response = xhrResponse(xhr);
      if (!response.ok) {
        void parseProblem(response).then(reject, reject);
        return;
      }
      const contentType = response.headers.get('Content-Type') ?? '';
      if (!xhr.responseText) {
        resolve(undefined as T);
      } else if (contentType.includes('json')) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(new ApiError({ status: xhr.status, title: 'Unreadable response' }));
        }
      } else {
        resolve(xhr.responseText as T);
      }
    };
    // A server that refuses a body early (e.g. too large) may reset the connection: no status to read.
    xhr.onerror = () => reject(new ApiError({ status: 0, type: NETWORK_PROBLEM_TYPE, title: 'Network error' }));
    xhr.onabort = () => reject(new DOMException('The upload was aborted.', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

/** The only way the app talks to the backend. */
export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
  /** multipart/form-data with one file part, reporting progress. */
  upload: <T>(path: string, file: Blob, options?: UploadOptions) => upload<T>(path, file, options),
};
