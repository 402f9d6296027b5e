import { jsonResponse, mockFetch, problemResponse, routes } from '@/testing/mock-fetch';

import { api, ApiError, NETWORK_PROBLEM_TYPE, parseRetryAfter } from './api-client';
import { changeLanguage } from './i18n';

describe('api client', () => {
  it('parses an application/problem+json answer into an ApiError with field errors', async () => {
    mockFetch(() =>
      problemResponse({
        status: 409,
        type: '/problems/organization-exists',
        title: 'Conflict',
        detail: '该统一社会信用代码已注册。',
        errors: [{ field: 'organization.creditCode', code: 'Taken', message: '已被注册。' }],
        organizationName: '某某科技',
      }),
    );

    const error = await api.post('/api/auth/register', { username: 'x' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const problem = error as ApiError;
    expect(problem.status).toBe(409);
    expect(problem.type).toBe('/problems/organization-exists');
    expect(problem.title).toBe('Conflict');
    expect(problem.detail).toBe('该统一社会信用代码已注册。');
    expect(problem.errors).toEqual([{ field: 'organization.creditCode', code: 'Taken', message: '已被注册。' }]);
    expect(problem.properties).toEqual({ organizationName: '某某科技' });
    expect(problem.retryAfter).toBeUndefined();
  });

  it('takes the retry delay of a 429 from the Retry-After header', async () => {
    mockFetch(() =>
      problemResponse(
        { status: 429, type: '/problems/too-many-login-attempts', detail: 'Too many', retryAfterSeconds: 1 },
        { 'Retry-After': '860' },
      ),
    );

    const error = (await api.post('/api/auth/login', {}).catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(429);
    expect(error.retryAfter).toBe(860);
  });

  it('falls back to retryAfterSeconds when the header is missing', async () => {
    mockFetch(() => problemResponse({ status: 429, type: '/problems/too-many-login-attempts', retryAfterSeconds: 42 }));

    const error = (await api.post('/api/auth/login', {}).catch((e: unknown) => e)) as ApiError;

    expect(error.retryAfter).toBe(42);
  });

  it('reads Retry-After given as an HTTP date', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    expect(parseRetryAfter('Sun, 01 Mar 2026 00:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('turns a non-problem error page into an ApiError with the HTTP status', async () => {
    mockFetch(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }));

    const error = (await api.get('/api/stats/public').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
    expect(error.errors).toEqual([]);
  });

  it('reports an unreachable server as a network problem', async () => {
    mockFetch(() => Promise.reject(new TypeError('Failed to fetch')));

    const error = (await api.get('/api/taxonomy').catch((e: unknown) => e)) as ApiError;

    expect(error.type).toBe(NETWORK_PROBLEM_TYPE);
    expect(error.status).toBe(0);
  });

  it('echoes the XSRF-TOKEN cookie as X-XSRF-TOKEN on writes only, with same-origin credentials', async () => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
    const { requests } = mockFetch(
      routes({
        'GET /api/auth/me': () => jsonResponse({ id: '1' }),
        'POST /api/auth/logout': () => new Response(null, { status: 204 }),
      }),
    );

    await api.get('/api/auth/me');
    const result = await api.post('/api/auth/logout');

    expect(result).toBeUndefined();
    const [get, post] = requests;
    expect(get.headers.get('X-XSRF-TOKEN')).toBeNull();
    expect(post.method).toBe('POST');
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(post.credentials).toBe('same-origin');
    expect(get.credentials).toBe('same-origin');
  });

  it('fetches a CSRF token first when the browser has none yet', async () => {
    const { requests } = mockFetch(
      routes({
        'GET /api/auth/csrf': () => {
          document.cookie = 'XSRF-TOKEN=fresh-token; path=/';
          return jsonResponse({ headerName: 'X-XSRF-TOKEN', token: 'fresh-token' });
        },
        'PUT /api/things/1': () => jsonResponse({ ok: true }),
      }),
    );

    await api.put('/api/things/1', { name: 'x' });

    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/auth/csrf', 'PUT /api/things/1']);
    expect(requests[1].headers.get('X-XSRF-TOKEN')).toBe('fresh-token');
    expect(requests[1].headers.get('Content-Type')).toBe('application/json');
    expect(requests[1].body).toEqual({ name: 'x' });
  });

  it('sends the UI language as Accept-Language', async () => {
    const { requests } = mockFetch(() => jsonResponse({}));

    await api.get('/api/taxonomy');
    await changeLanguage('en');
    await api.get('/api/taxonomy');

    expect(requests.map((r) => r.headers.get('Accept-Language'))).toEqual(['zh-CN', 'en']);
  });

  it('encodes query parameters and leaves out empty ones', async () => {
    const { requests } = mockFetch(() => jsonResponse({ items: [] }));

    await api.get('/api/challenges', { params: { q: '芯片 设计', page: 2, region: undefined, open: true, tag: '' } });

    expect(requests[0].url).toBe('/api/challenges?q=%E8%8A%AF%E7%89%87+%E8%AE%BE%E8%AE%A1&page=2&open=true');
  });

  it('repeats the key of a list parameter', async () => {
    const { requests } = mockFetch(() => jsonResponse({ items: [] }));

    await api.get('/api/search/challenges', { params: { chain: ['A', '', 'B'], region: [], page: 0 } });

    expect(requests[0].url).toBe('/api/search/challenges?chain=A&chain=B&page=0');
  });
});
