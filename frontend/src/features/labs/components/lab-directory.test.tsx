import { screen, waitFor, within } from '@testing-library/react';
import { useSearchParams } from 'react-router';

import { jsonResponse, mockFetch, routes } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import type { LabProfileView, LabSearchResult } from '@/types/api';

import { readLabListState, writeLabListState } from '../utils/list-state';
import { LabDirectory } from './lab-directory';

function DirectoryHarness() {
  const [params, setParams] = useSearchParams();
  return <LabDirectory state={readLabListState(params)} onChange={(next) => setParams(writeLabListState(next))} />;
}

const lab = (id: string, name: string, province: string): LabProfileView => ({
  id,
  name,
  organization: { id: `org-${id}`, name: '长江大学', type: 'UNIVERSITY', verified: false },
  leader: null,
  summary: '宽禁带功率器件研究。',
  researchFields: [],
  keywords: [],
  capabilities: '碳化硅 MOSFET 栅氧工艺。',
  achievements: null,
  facilities: null,
  teamSize: 12,
  province,
  city: null,
  trackRecord: { awarded: 0, completed: 0, terminatedWithoutDueDiligence: 0, onTimeRatio: null },
  updatedAt: null,
});

function answer(url: string): LabSearchResult {
  const regions = new URL(url, 'http://localhost').searchParams.getAll('region');
  const items = [
    {
      lab: lab('lab-1', '宽禁带半导体实验室', 'HB'),
      score: 2,
      highlights: {
        name: [{ text: '宽禁带半导体实验室', hit: false }],
        capabilities: [
          { text: '碳化硅', hit: true },
          { text: ' MOSFET 栅氧工艺', hit: false },
        ],
      },
    },
    { lab: lab('lab-2', '功率电子中心', 'JS'), score: 1 },
  ].filter((hit) => regions.length === 0 || regions.includes(hit.lab.province ?? ''));
  return {
    items,
    total: items.length,
    page: 1,
    size: 12,
    facets: {
      region: [
        { value: 'HB', count: 1 },
        { value: 'JS', count: 1 },
      ],
      orgType: [{ value: 'UNIVERSITY', count: items.length }],
    },
  };
}

describe('LabDirectory', () => {
  it('searches labs, marks where the query matched and keeps a ticked facet in the URL', async () => {
    const { requests } = mockFetch(
      routes({
        'GET /api/search/labs': (request) => jsonResponse(answer(request.url)),
      }),
    );
    const { user, router } = renderWithProviders(<DirectoryHarness />, { route: '/labs?q=碳化硅&province=GD' });

    // An old link's province is a region facet; ticked, it stays listed though no lab is there.
    expect(await screen.findByText('没有符合条件的团队。')).toBeInTheDocument();
    expect(screen.getByTestId('facet-region-GD')).toBeChecked();
    const first = new URL(requests.find((r) => r.url.startsWith('/api/search/labs'))!.url, 'http://localhost').searchParams;
    expect(first.get('q')).toBe('碳化硅');
    expect(first.getAll('region')).toEqual(['GD']);
    expect(first.get('page')).toBe('1');

    await user.click(screen.getByTestId('facet-region-GD'));
    await waitFor(() => expect(screen.getAllByTestId('lab-card')).toHaveLength(2));
    const snippet = within(screen.getAllByTestId('lab-card')[0]).getByTestId('lab-card-snippet');
    expect(snippet.querySelector('mark')).toHaveTextContent('碳化硅');
    expect(new URLSearchParams(router.state.location.search).getAll('region')).toEqual([]);

    await user.click(screen.getByTestId('facet-region-JS'));
    await waitFor(() => expect(screen.getAllByTestId('lab-card')).toHaveLength(1));
    expect(new URLSearchParams(router.state.location.search).getAll('region')).toEqual(['JS']);
    expect(screen.getByTestId('lab-total')).toHaveTextContent('共找到 1 个团队');
    expect(screen.getByTestId('facet-orgType-UNIVERSITY').closest('label')).toHaveTextContent('高等院校');
  });
});
