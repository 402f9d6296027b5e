import { screen, waitFor, within } from '@testing-library/react';

import { jsonResponse, mockFetch, routes } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { award, bidRow, evaluation } from '../testing/fixtures';
import { AwardPanel } from './award-panel';

const proposedEvaluation = (overrides: Parameters<typeof award>[0]) =>
  evaluation({
    challenge: { id: 'c1', title: 'SiC 栅氧可靠性', status: 'AWARD_PROPOSED', bounty: '2000000.00', closedAt: '2026-03-01T01:00:00Z' },
    bids: [bidRow('b1', '宽禁带实验室')],
    awards: [award(overrides)],
  });

const blockers = () => screen.queryAllByTestId('confirm-blocker').map((item) => item.getAttribute('data-blocker'));

describe('AwardPanel confirmation', () => {
  it('keeps the confirm button disabled while the announcement runs and says why', () => {
    renderWithProviders(<AwardPanel evaluation={proposedEvaluation({})} />);
    expect(screen.getByTestId('confirm-award')).toBeDisabled();
    expect(blockers()).toEqual(['PERIOD_RUNNING']);
    expect(screen.getByTestId('confirm-blockers')).toHaveTextContent('公示期尚未结束');
  });

  it('keeps it disabled while objections are pending, even after the period', () => {
    renderWithProviders(<AwardPanel evaluation={proposedEvaluation({ publicityEndsAt: new Date(Date.now() - 1000).toISOString(), pendingObjections: 2 })} />);
    expect(screen.getByTestId('confirm-award')).toBeDisabled();
    expect(blockers()).toEqual(['OBJECTIONS_PENDING']);
    expect(screen.getByTestId('confirm-blockers')).toHaveTextContent('仍有 2 件异议待处理。');
  });

  it('enables it the moment the period ends, and confirms', async () => {
    const { requests } = mockFetch(
      routes({ 'POST /api/admin/challenges/c1/confirm': () => jsonResponse(award({ status: 'CONFIRMED' })) }),
    );
    const { user } = renderWithProviders(<AwardPanel evaluation={proposedEvaluation({ publicityEndsAt: new Date(Date.now() + 1200).toISOString() })} />);
    expect(screen.getByTestId('confirm-award')).toBeDisabled();
    await waitFor(() => expect(screen.getByTestId('confirm-award')).toBeEnabled(), { timeout: 4000 });
    expect(screen.queryByTestId('confirm-blockers')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('confirm-award'));
    await user.click(await screen.findByTestId('confirm-award-ok'));
    await waitFor(() => expect(requests.some((request) => request.method === 'POST' && request.url.endsWith('/api/admin/challenges/c1/confirm'))).toBe(true));
  });

  it('offers the proposal form, disabled until the evaluation is complete', () => {
    renderWithProviders(<AwardPanel evaluation={evaluation({ bids: [bidRow('b1', '宽禁带实验室')], readyToPropose: false, blockers: ['REVIEWS_INCOMPLETE'] })} />);
    expect(screen.getByTestId('proposal-not-ready')).toBeInTheDocument();
    expect(within(screen.getByTestId('proposal-form')).getByTestId('proposal-submit')).toBeDisabled();
  });
});
