import { request as playwrightRequest, type APIRequestContext, type APIResponse } from '@playwright/test';

import { credentialsOf, type Credentials, type DemoAccount } from './accounts';

/** A failed call, with the problem the server answered. */
export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly problem: unknown,
    method: string,
    path: string,
  ) {
    super(`${method} ${path} → ${status}: ${JSON.stringify(problem)}`);
  }
}

type CallOptions = { params?: Record<string, string | number | boolean>; language?: 'zh-CN' | 'en' };

/**
 * Calls the Jiebang API like the single-page app does: cookie session, XSRF-TOKEN echoed in X-XSRF-TOKEN
 * on writes. Built on a page's request context it shares the browser's cookies, so signing in here signs
 * the page in too.
 */
export class JiebangApi {
  constructor(readonly request: APIRequestContext) {}

  /** An independent session (its own cookies), e.g. an administrator acting beside the user in the browser. */
  static async newSession(baseURL: string): Promise<JiebangApi> {
    return new JiebangApi(await playwrightRequest.newContext({ baseURL }));
  }

  async dispose() {
    await this.request.dispose();
  }

  private async csrfToken(): Promise<string> {
    const find = async () => (await this.request.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value;
    let token = await find();
    if (!token) {
      await this.request.get('/api/auth/csrf');
      token = await find();
    }
    if (!token) {
      throw new Error('The server set no XSRF-TOKEN cookie');
    }
    return token;
  }

  /** Sends a request and returns the raw response, whatever its status. */
  async call(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, options: CallOptions = {}) {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': options.language ?? 'zh-CN',
    };
    if (method !== 'GET') {
      headers['X-XSRF-TOKEN'] = await this.csrfToken();
    }
    return this.request.fetch(path, { method, headers, data: body, params: options.params, failOnStatusCode: false });
  }

  private async json<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, options?: CallOptions) {
    const response = await this.call(method, path, body, options);
    if (!response.ok()) {
      throw new ApiCallError(response.status(), await parse(response), method, path);
    }
    return (await parse(response)) as T;
  }

  get<T>(path: string, options?: CallOptions) {
    return this.json<T>('GET', path, undefined, options);
  }

  post<T>(path: string, body?: unknown, options?: CallOptions) {
    return this.json<T>('POST', path, body, options);
  }

  put<T>(path: string, body?: unknown, options?: CallOptions) {
    return this.json<T>('PUT', path, body, options);
  }

  patch<T>(path: string, body?: unknown, options?: CallOptions) {
    return this.json<T>('PATCH', path, body, options);
  }

  delete<T>(path: string, options?: CallOptions) {
    return this.json<T>('DELETE', path, undefined, options);
  }

  /** Signs in with a demo account name ('lab', 'firm', ...) or explicit credentials. */
  signIn(account: DemoAccount | Credentials) {
    return this.post<Me>('/api/auth/login', credentialsOf(account));
  }

  signOut() {
    return this.post<void>('/api/auth/logout');
  }

  me() {
    return this.get<Me>('/api/auth/me');
  }
}

async function parse(response: APIResponse): Promise<unknown> {
  const text = await response.text();
  if (!text) {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The parts of GET /api/auth/me that tests use. */
export type Me = {
  id: string;
  username: string;
  displayName: string;
  role: 'FIRM' | 'LAB' | 'ADMIN' | 'EXPERT';
  organization: { id: string; name: string; verified: boolean; invitationCode: string | null } | null;
  lab: { id: string; name: string; invitationCode: string | null } | null;
};
