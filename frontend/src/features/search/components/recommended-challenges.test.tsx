import { screen, within } from '@testing-library/react';

import { jsonResponse, mockFetch, routes } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { challengeSummary, explanation, taxonomy } from '../testing/fixtures';
import { RecommendedChallenges } from './recommended-challenges';

function setup(items: unknown[], props: { limit?: number; compact?: boolean } = {}) {
  const { requests } = mockFetch(
    routes({
      'GET /api/my/recommendations': () => jsonResponse({ items }),
      'GET /api/taxonomy': () => jsonResponse(taxonomy),
    }),
  );
  return { ...renderWithProviders(<RecommendedChallenges {...props} />), requests };
}

describe('RecommendedChallenges', () => {
  it('lists the challenges recommended to the lab with the same explanation as recommended labs', async () => {
    const { requests } = setup([{ challenge: challengeSummary('ch-1', '车规级碳化硅MOSFET栅氧可靠性'), score: 0.7, explanation: explanation() }]);
    const item = await screen.findByTestId('recommendation');
    expect(requests.map((r) => r.url)).toContain('/api/my/recommendations?limit=20');
    expect(within(item).getByTestId('recommendation-link')).toHaveAttribute('href', '/challenges/ch-1');
    expect(item).toHaveTextContent('耀芯半导体');
    expect(item).toHaveTextContent('800万元');
    expect(within(item).getByTestId('match-score')).toHaveTextContent('0.70');
    expect(within(item).getByTestId('match-explanation')).toHaveTextContent('为何匹配');
    expect(within(item).getAllByTestId('match-term').length).toBeGreaterThan(0);
  });

  it('leaves out the terms in the compact list of the home page', async () => {
    const { requests } = setup([{ challenge: challengeSummary('ch-1', 'X'), score: 0.7, explanation: explanation() }], { limit: 3, compact: true });
    const item = await screen.findByTestId('recommendation');
    expect(requests.map((r) => r.url)).toContain('/api/my/recommendations?limit=3');
    expect(within(item).queryByTestId('match-term')).not.toBeInTheDocument();
    expect(within(item).getAllByTestId('match-tag')).toHaveLength(2);
  });

  it('points to the lab profile when there is nothing to recommend', async () => {
    setup([]);
    const empty = await screen.findByTestId('recommendations-empty');
    expect(within(empty).getByRole('link')).toHaveAttribute('href', '/lab/profile');
  });
});
