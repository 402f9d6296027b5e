import { screen, waitFor, within } from '@testing-library/react';
import { useSearchParams } from 'react-router';

import { jsonResponse, mockFetch, routes, type RecordedRequest } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import type { ChallengeSearchResult } from '@/types/api';

import { challengeSummary, taxonomy } from '../testing/fixtures';
import { readSearchState, writeSearchState } from '../utils/search-state';
import { ChallengeSearch } from './challenge-search';

function SearchHarness() {
  const [params, setParams] = useSearchParams();
  return <ChallengeSearch state={readSearchState(params)} onChange={(next) => setParams(writeSearchState(next))} />;
}

const sic = challengeSummary('ch-1', '车规级碳化硅MOSFET栅氧可靠性', { summary: '攻关碳化硅 MOSFET 栅氧。' });
const inverter = challengeSummary('ch-2', '800V SiC 主驱逆变器', { industryChain: 'NEW_ENERGY_VEHICLES', province: 'JS', summary: null });

function answer(request: RecordedRequest): ChallengeSearchResult {
  const params = new URL(request.url, 'http://localhost').searchParams;
  const chains = params.getAll('chain');
  const items = [
    {
      challenge: sic,
      score: 3.2,
      highlights: {
        title: [
          { text: '车规级', hit: false },
          { text: '碳化硅', hit: true },
          { text: 'MOSFET栅氧可靠性', hit: false },
        ],
        summary: [],
        description: [
          { text: '<img src=x onerror=alert(1)> 现有', hit: false },
          { text: '碳化硅', hit: true },
          { text: '产线', hit: false },
        ],
      },
    },
    { challenge: inverter, score: 1.1, highlights: { title: [], summary: [], description: [] } },
  ].filter((item) => chains.length === 0 || chains.includes(item.challenge.industryChain ?? ''));
  return {
    items,
    total: items.length,
    page: Number(params.get('page')),
    size: Number(params.get('size')),
    facets: {
      chain: [
        { value: 'INTEGRATED_CIRCUITS', count: 1 },
        { value: 'NEW_ENERGY_VEHICLES', count: 1 },
      ],
      status: [{ value: 'PUBLISHED', count: items.length }],
    },
  };
}

function setup(route = '/search?q=碳化硅') {
  const { requests } = mockFetch(
    routes({
      'GET /api/search/challenges': (request) => jsonResponse(answer(request)),
      'GET /api/taxonomy': () => jsonResponse(taxonomy),
    }),
  );
  const searches = () => requests.filter((r) => r.url.startsWith('/api/search/challenges')).map((r) => new URL(r.url, 'http://localhost').searchParams);
  return { ...renderWithProviders(<SearchHarness />, { route, path: '/search' }), searches };
}

describe('ChallengeSearch', () => {
  it('asks with the URL’s state and marks the matched words without interpreting markup', async () => {
    const { searches } = setup('/search?q=碳化硅&sort=deadline&page=2');
    const results = await screen.findAllByTestId('search-result');
    expect(results).toHaveLength(2);
    const last = searches().at(-1)!;
    expect(last.get('q')).toBe('碳化硅');
    expect(last.get('sort')).toBe('deadline');
    expect(last.get('page')).toBe('2');

    const first = results[0];
    expect(within(first).getAllByText('碳化硅').some((element) => element.tagName === 'MARK')).toBe(true);
    expect(within(first).getByTestId('search-result-link')).toHaveAttribute('href', '/challenges/ch-1');
    expect(within(first).getByTestId('search-result-snippet')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(first.querySelector('img')).toBeNull();
    // No highlight: the plain title.
    expect(within(results[1]).getByRole('heading')).toHaveTextContent('800V SiC 主驱逆变器');
    expect(screen.getByTestId('search-total')).toHaveTextContent('共找到 2 个榜单');
    expect(screen.getByRole('searchbox', { name: '搜索关键词' })).toHaveValue('碳化硅');
  });

  it('keeps a ticked facet in the URL, asks again and starts from the first page', async () => {
    const { user, router, searches } = setup('/search?q=碳化硅&page=3');
    await screen.findAllByTestId('search-result');
    const facet = await screen.findByTestId('facet-chain-INTEGRATED_CIRCUITS');
    expect(facet.closest('label')).toHaveTextContent('集成电路');
    await user.click(facet);

    await waitFor(() => expect(screen.getAllByTestId('search-result')).toHaveLength(1));
    expect(screen.getByTestId('search-total')).toHaveTextContent('共找到 1 个榜单');
    const url = new URLSearchParams(router.state.location.search);
    expect(url.getAll('chain')).toEqual(['INTEGRATED_CIRCUITS']);
    expect(url.get('page')).toBeNull();
    expect(searches().at(-1)!.getAll('chain')).toEqual(['INTEGRATED_CIRCUITS']);
    expect(searches().at(-1)!.get('page')).toBe('1');

    await user.click(screen.getByTestId('facet-chain-INTEGRATED_CIRCUITS'));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).getAll('chain')).toEqual([]));
  });

  it('puts a new query into the URL', async () => {
    const { user, router } = setup('/search');
    await screen.findAllByTestId('search-result');
    const input = screen.getByRole('searchbox', { name: '搜索关键词' });
    await user.click(input);
    await user.paste('SiC');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('SiC'));
  });
});
