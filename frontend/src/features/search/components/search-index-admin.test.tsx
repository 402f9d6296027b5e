import { screen, waitFor, within } from '@testing-library/react';

import { jsonResponse, mockFetch, problemResponse, routes } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import type { SearchIndexStatus } from '@/types/api';

import { SearchIndexAdmin } from './search-index-admin';

const ready: SearchIndexStatus = {
  schemaVersion: 3,
  state: 'READY',
  documents: { challenges: 44, labs: 30 },
  outbox: { position: 120, head: 122, lag: 2 },
  rebuild: null,
};

const building = (processed: number): SearchIndexStatus => ({
  ...ready,
  state: 'BUILDING',
  rebuild: { running: true, startedAt: '2026-03-01T02:00:00Z', finishedAt: null, processed, total: 74, error: null },
});

const done: SearchIndexStatus = {
  ...ready,
  outbox: { position: 122, head: 122, lag: 0 },
  rebuild: { running: false, startedAt: '2026-03-01T02:00:00Z', finishedAt: '2026-03-01T02:00:03Z', processed: 74, total: 74, error: null },
};

function setup(statuses: SearchIndexStatus[], rebuild: () => Response = () => jsonResponse(building(0), { status: 202 })) {
  let calls = 0;
  const { requests } = mockFetch(
    routes({
      'GET /api/admin/search/status': () => jsonResponse(statuses[Math.min(calls++, statuses.length - 1)]),
      'POST /api/admin/search/rebuild': rebuild,
    }),
  );
  document.cookie = 'XSRF-TOKEN=t; path=/';
  return { ...renderWithProviders(<SearchIndexAdmin />), requests };
}

describe('SearchIndexAdmin', () => {
  it('shows the state, sizes, outbox position and that it was never rebuilt', async () => {
    setup([ready]);
    expect(await screen.findByTestId('search-index-state')).toHaveTextContent('就绪');
    expect(screen.getByTestId('search-schema-version')).toHaveTextContent('3');
    expect(screen.getByTestId('search-documents-challenges')).toHaveTextContent('44');
    expect(screen.getByTestId('search-documents-labs')).toHaveTextContent('30');
    expect(screen.getByTestId('search-outbox-lag')).toHaveTextContent('2');
    expect(screen.getByText('尚未重建过。')).toBeInTheDocument();
  });

  it('rebuilds after confirmation and follows the progress until it is done', async () => {
    const { user, requests } = setup([ready, building(30), done]);
    await user.click(await screen.findByTestId('search-rebuild-button'));
    const confirm = await screen.findByRole('tooltip');
    expect(confirm).toHaveTextContent('重建搜索索引？');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    await user.click(within(confirm).getByRole('button', { name: '重建索引' }));

    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    expect(requests.find((r) => r.method === 'POST')?.url).toBe('/api/admin/search/rebuild');
    // Polled while it runs: 30 of 74, then finished.
    expect(await screen.findByText('已处理 30 / 74')).toBeInTheDocument();
    expect(screen.getByTestId('search-rebuild-button')).toBeDisabled();
    expect(await screen.findByText('已处理 74 / 74', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByTestId('search-rebuild')).toHaveAttribute('data-running', 'false');
    expect(within(screen.getByTestId('search-rebuild')).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    const polls = requests.filter((r) => r.url === '/api/admin/search/status').length;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    // Finished: no more polling.
    expect(requests.filter((r) => r.url === '/api/admin/search/status')).toHaveLength(polls);
  });

  it('says so when a rebuild is already running', async () => {
    const { user } = setup([ready, building(10)], () =>
      problemResponse({ status: 409, type: '/problems/search-rebuild-running', detail: '已有重建正在进行。' }),
    );
    await user.click(await screen.findByTestId('search-rebuild-button'));
    await user.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: '重建索引' }));
    expect(await screen.findByText('已有一次重建正在进行。')).toBeInTheDocument();
    expect(await screen.findByText('已处理 10 / 74')).toBeInTheDocument();
  });
});
