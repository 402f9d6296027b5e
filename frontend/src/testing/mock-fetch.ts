import { vi } from 'vitest';

/** A request as the app sent it, for assertions. */
export type RecordedRequest = {
  url: string;
  method: string;
  headers: Headers;
  credentials?: RequestCredentials;
  body: unknown;
};

export type FetchHandler = (request: RecordedRequest) => Response | Promise<Response>;

export const jsonResponse = (body: unknown, init: { status?: number; headers?: Record<string, string> } = {}) =>
  new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });

/** An RFC 9457 problem response like the backend sends. */
export const problemResponse = (
  problem: { status: number; type: string; title?: string; detail?: string } & Record<string, unknown>,
  headers: Record<string, string> = {},
) =>
  new Response(JSON.stringify({ title: 'Error', instance: '/api/test', ...problem }), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });

/** Replaces global fetch with a handler and records every request. */
export function mockFetch(handler: FetchHandler) {
  const requests: RecordedRequest[] = [];
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const rawBody = init?.body;
    const request: RecordedRequest = {
      url,
      method: (init?.method ?? 'GET').toUpperCase(),
      headers: new Headers(init?.headers),
      credentials: init?.credentials,
      body: typeof rawBody === 'string' ? JSON.parse(rawBody) : rawBody,
    };
    requests.push(request);
    return handler(request);
  });
  return { spy, requests };
}

/** Routes by "METHOD /path" (query string ignored); unknown routes answer 404 problems. */
export function routes(table: Record<string, FetchHandler | (() => Response)>): FetchHandler {
  return (request) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const handler = table[`${request.method} ${path}`];
    if (!handler) {
      return problemResponse({ status: 404, type: '/problems/not-found', detail: `No mock for ${request.method} ${path}` });
    }
    return handler(request);
  };
}
