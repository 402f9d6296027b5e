import { mockXhr } from '@/testing/mock-xhr';

import { api, ApiError, NETWORK_PROBLEM_TYPE } from './api-client';
import { changeLanguage } from './i18n';

const pdf = () => new File(['%PDF-1.7\n%%EOF\n'], '技术方案.pdf', { type: 'application/pdf' });

describe('api client uploads', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-xyz; path=/';
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('posts one multipart file part with the CSRF header and the UI language, reporting progress', async () => {
    await changeLanguage('en');
    const { uploads } = mockXhr((upload) => {
      upload.progress(5, 10);
      upload.progress(10, 10);
      upload.respond(201, { id: 'a1', filename: '技术方案.pdf' });
    });
    const progress: number[] = [];

    const view = await api.upload<{ id: string }>('/api/bids/b1/attachments', pdf(), { onProgress: (p) => progress.push(p.percent) });

    expect(view).toEqual({ id: 'a1', filename: '技术方案.pdf' });
    expect(progress).toEqual([50, 100]);
    const [upload] = uploads;
    expect(upload.method).toBe('POST');
    expect(upload.url).toBe('/api/bids/b1/attachments');
    expect(upload.headers['X-XSRF-TOKEN']).toBe('token-xyz');
    expect(upload.headers['Accept-Language']).toBe('en');
    expect(upload.headers['Content-Type']).toBeUndefined();
    const part = upload.body.get('file') as File;
    expect(part.name).toBe('技术方案.pdf');
    expect(upload.body.getAll('file')).toHaveLength(1);
  });

  it('turns a problem answer into an ApiError', async () => {
    mockXhr((upload) =>
      upload.respond(413, { status: 413, type: '/problems/attachment-too-large', title: 'Content Too Large', detail: '文件超过 20 MB。', maxBytes: 20971520 }),
    );

    const error = (await api.upload('/api/bids/b1/attachments', pdf()).catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(413);
    expect(error.type).toBe('/problems/attachment-too-large');
    expect(error.detail).toBe('文件超过 20 MB。');
    expect(error.properties).toEqual({ maxBytes: 20971520 });
  });

  it('reports a broken connection as a network problem and an abort as an AbortError', async () => {
    mockXhr((upload) => upload.fail());
    const failed = (await api.upload('/api/bids/b1/attachments', pdf()).catch((e: unknown) => e)) as ApiError;
    expect(failed.type).toBe(NETWORK_PROBLEM_TYPE);

    mockXhr(() => undefined);
    const controller = new AbortController();
    const pending = api.upload('/api/bids/b1/attachments', pdf(), { signal: controller.signal }).catch((e: unknown) => e);
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    controller.abort();
    const aborted = (await pending) as DOMException;
    expect(aborted.name).toBe('AbortError');
  });
});
