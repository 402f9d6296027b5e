import { screen, waitFor, within } from '@testing-library/react';
import { Button } from 'antd';

import { jsonResponse, mockFetch, problemResponse, routes } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { explanation, labProfile, taxonomy } from '../testing/fixtures';
import { RecommendedLabs } from './recommended-labs';

function setup(matches: () => Response) {
  const { requests } = mockFetch(
    routes({
      'GET /api/challenges/ch-1/matches': matches,
      'GET /api/taxonomy': () => jsonResponse(taxonomy),
    }),
  );
  const invite = vi.fn();
  const view = renderWithProviders(
    <RecommendedLabs
      challengeId="ch-1"
      renderActions={(lab) => (
        <Button data-testid="invite-button" onClick={() => invite(lab.id)}>
          邀请揭榜
        </Button>
      )}
    />,
  );
  return { ...view, requests, invite };
}

describe('RecommendedLabs', () => {
  it('lists each lab with its place, score, why it matches and the actions the page gives it', async () => {
    const { user, requests, invite } = setup(() =>
      jsonResponse({
        items: [
          { lab: labProfile('lab-1', '宽禁带半导体实验室'), score: 0.7, explanation: explanation() },
          { lab: labProfile('lab-2', '功率器件可靠性中心', { province: null, city: null }), score: 0.41, explanation: explanation({ matchedTags: [] }) },
        ],
      }),
    );
    const labs = await screen.findAllByTestId('recommended-lab');
    expect(labs).toHaveLength(2);
    expect(requests.map((r) => r.url)).toContain('/api/challenges/ch-1/matches?limit=20');
    expect(within(labs[0]).getByRole('link', { name: '宽禁带半导体实验室' })).toHaveAttribute('href', '/labs/lab-1');
    expect(labs[0]).toHaveTextContent('长江大学');
    await waitFor(() => expect(labs[0]).toHaveTextContent('湖北省 · 武汉市'));
    expect(within(labs[0]).getByTestId('match-score')).toHaveTextContent('0.70');
    expect(within(labs[0]).getAllByTestId('match-tag')).toHaveLength(2);
    expect(within(labs[0]).getAllByTestId('match-factor')).toHaveLength(4);
    expect(within(labs[1]).queryByTestId('match-tag')).not.toBeInTheDocument();

    await user.click(within(labs[1]).getByTestId('invite-button'));
    expect(invite).toHaveBeenCalledWith('lab-2');
  });

  it('is not there at all for someone the server refuses', async () => {
    const { requests } = setup(() => problemResponse({ status: 403, type: '/problems/forbidden', detail: '无权访问。' }));
    await waitFor(() => expect(requests.some((r) => r.url.includes('/matches'))).toBe(true));
    await waitFor(() => expect(screen.queryByTestId('recommended-labs')).not.toBeInTheDocument());
    expect(screen.queryByTestId('problem-alert')).not.toBeInTheDocument();
    // A refusal is final: no retries.
    expect(requests.filter((r) => r.url.includes('/matches'))).toHaveLength(1);
  });

  it('says when no lab matches', async () => {
    setup(() => jsonResponse({ items: [] }));
    expect(await screen.findByTestId('recommended-labs-empty')).toHaveTextContent('暂无匹配的团队。');
  });
});
