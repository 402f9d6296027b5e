import { vi } from 'vitest';

/** An upload as the app sent it through XMLHttpRequest, for assertions. */
export type RecordedUpload = {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: FormData;
  /** Reports upload progress to the app. */
  progress: (loaded: number, total: number) => void;
  /** Answers with a status, a JSON body and headers. */
  respond: (status: number, body?: unknown, headers?: Record<string, string>) => void;
  /** Breaks the connection (no status). */
  fail: () => void;
};

export type UploadHandler = (upload: RecordedUpload) => void | Promise<void>;

/** JSON for a successful answer, problem+json for an error answer. */
const contentTypeFor = (status: number) => (status >= 400 ? 'application/problem+json' : 'application/json');

/** Replaces XMLHttpRequest with a fake whose requests the handler answers; call vi.unstubAllGlobals() after. */
export function mockXhr(handler: UploadHandler) {
  const uploads: RecordedUpload[] = [];

  class FakeXhr {
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    status = 0;
    statusText = '';
    responseText = '';
    private method = 'GET';
    private url = '';
    private headers: Record<string, string> = {};
    private responseHeaders = '';
    private done = false;

    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }

    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }

    getAllResponseHeaders() {
      return this.responseHeaders;
    }

    abort() {
      if (!this.done) {
        this.done = true;
        this.onabort?.();
      }
    }

    send(body: FormData) {
      const upload: RecordedUpload = {
        method: this.method,
        url: this.url,
        headers: this.headers,
        body,
        progress: (loaded, total) => this.upload.onprogress?.({ loaded, total, lengthComputable: true } as ProgressEvent),
        respond: (status, responseBody, headers = {}) => {
          if (this.done) return;
          this.done = true;
          this.status = status;
          this.statusText = status >= 400 ? 'Error' : 'OK';
          this.responseText = responseBody === undefined ? '' : JSON.stringify(responseBody);
          const all = { 'Content-Type': contentTypeFor(status), ...headers };
          this.responseHeaders = Object.entries(all)
            .map(([name, value]) => `${name.toLowerCase()}: ${value}`)
            .join('\r\n');
          this.onload?.();
        },
        fail: () => {
          if (this.done) return;
          this.done = true;
          this.onerror?.();
        },
      };
      uploads.push(upload);
      queueMicrotask(() => void handler(upload));
    }
  }

  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return { uploads };
}
