import { screen, waitFor } from '@testing-library/react';

import { jsonResponse, mockFetch, routes } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { PreferenceOrder } from './preference-order';

const BIDS = [
  { id: 'b1', labName: '宽禁带实验室', organizationName: '长江大学', quotedAmount: '900000.00' },
  { id: 'b2', labName: '机器人实验室', organizationName: '南岭大学', quotedAmount: '850000.00' },
  { id: 'b3', labName: '先进封装团队', organizationName: '燕山研究院', quotedAmount: '800000.00' },
];

const order = () => screen.getAllByTestId('preference-item').map((item) => item.getAttribute('data-bid-id'));

describe('PreferenceOrder', () => {
  it('starts from the saved ranking, reorders with the arrow buttons and saves the order', async () => {
    const { requests } = mockFetch(
      routes({
        'GET /api/challenges/c1/preferences': () => jsonResponse({ challengeId: 'c1', bidIds: ['b2'], setAt: '2026-03-02T02:00:00Z' }),
        'PUT /api/challenges/c1/preferences': (request) =>
          jsonResponse({ challengeId: 'c1', bidIds: (request.body as { bidIds: string[] }).bidIds, setAt: '2026-03-02T03:00:00Z' }),
      }),
    );
    const { user } = renderWithProviders(<PreferenceOrder challengeId="c1" bids={BIDS} editable />);
    await waitFor(() => expect(order()).toEqual(['b2', 'b1', 'b3']));
    expect(screen.getByTestId('preference-save')).toBeDisabled();
    expect(screen.getAllByTestId('preference-up')[0]).toBeDisabled();
    expect(screen.getAllByTestId('preference-down')[2]).toBeDisabled();

    await user.click(screen.getByRole('button', { name: '上移“先进封装团队”' }));
    expect(order()).toEqual(['b2', 'b3', 'b1']);
    await user.click(screen.getByRole('button', { name: '下移“机器人实验室”' }));
    expect(order()).toEqual(['b3', 'b2', 'b1']);
    expect(screen.getAllByTestId('preference-item').map((item) => item.getAttribute('data-rank'))).toEqual(['1', '2', '3']);

    await user.click(screen.getByTestId('preference-save'));
    await waitFor(() => expect(requests.find((request) => request.method === 'PUT')?.body).toEqual({ bidIds: ['b3', 'b2', 'b1'] }));
    await waitFor(() => expect(screen.getByTestId('preference-saved-at')).toHaveTextContent('2026-03-02 11:00'));
    expect(screen.getByTestId('preference-save')).toBeDisabled();
  });

  it('lets the firm save the default order when it has none yet, and is read-only after the evaluation', async () => {
    mockFetch(routes({ 'GET /api/challenges/c1/preferences': () => jsonResponse({ challengeId: 'c1', bidIds: [], setAt: null }) }));
    const { unmount } = renderWithProviders(<PreferenceOrder challengeId="c1" bids={BIDS} editable />);
    await waitFor(() => expect(order()).toEqual(['b1', 'b2', 'b3']));
    expect(screen.getByTestId('preference-save')).toBeEnabled();
    unmount();
    renderWithProviders(<PreferenceOrder challengeId="c1" bids={BIDS} editable={false} />);
    await waitFor(() => expect(order()).toEqual(['b1', 'b2', 'b3']));
    expect(screen.queryByTestId('preference-up')).not.toBeInTheDocument();
    expect(screen.queryByTestId('preference-save')).not.toBeInTheDocument();
  });
});
