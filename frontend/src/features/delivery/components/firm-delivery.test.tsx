import { screen, waitFor, within } from '@testing-library/react';

import { jsonResponse, mockFetch, routes } from '@/testing/mock-fetch';
import { fill, renderWithProviders } from '@/testing/test-utils';

import { delivery, milestone } from '../testing/fixtures';
import { FirmDelivery } from './firm-delivery';

const owner = { challengeId: 'c-1', industryChain: 'INTEGRATED_CIRCUITS', challengeType: 'KEY_CORE' as const, province: 'ZJ' };

const submitted = milestone({
  status: 'SUBMITTED',
  actions: ['ACCEPT', 'RETURN'],
  report: { text: '样片已完成。', evidenceLinks: [], submittedAt: '2026-06-01T02:00:00Z', submissionCount: 1 },
});

function renderFirm(milestones = [submitted]) {
  return renderWithProviders(
    <FirmDelivery delivery={delivery({ milestones })} resultOwner={owner} canPublishResults renderEvidence={() => null} />,
  );
}

describe('FirmDelivery', () => {
  it('offers accept and return only for a reported milestone', () => {
    renderFirm([submitted, milestone({ id: 'm-2', seq: 2 })]);
    const cards = screen.getAllByTestId('milestone-card');
    expect(within(cards[0]).getByTestId('milestone-accept')).toBeInTheDocument();
    expect(within(cards[0]).getByTestId('milestone-return')).toBeInTheDocument();
    expect(within(cards[1]).queryByTestId('milestone-accept')).not.toBeInTheDocument();
    expect(screen.getByTestId('review-awaiting')).toHaveTextContent('有 1 个里程碑等待您验收。');
  });

  it('refuses to return a milestone without comments, then sends the trimmed comments', async () => {
    const { requests } = mockFetch(
      routes({
        'POST /api/milestones/m-1/return': (request) =>
          jsonResponse({ ...submitted, status: 'RETURNED', actions: [], returnComments: (request.body as { comments: string }).comments }),
        'GET /api/challenges/c-1/milestones': () => jsonResponse(delivery()),
      }),
    );
    const { user } = renderFirm();
    await user.click(screen.getByTestId('milestone-return'));
    const dialog = await screen.findByTestId('return-dialog');
    await user.click(within(document.body).getByTestId('return-submit'));
    expect(await within(dialog).findByText('请填写退回意见。')).toBeInTheDocument();

    await fill(user, within(dialog).getByTestId('return-comments'), '   ');
    await user.click(within(document.body).getByTestId('return-submit'));
    expect(await within(dialog).findByText('请填写退回意见。')).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);

    await fill(user, within(dialog).getByTestId('return-comments'), '  请补充第三方检测报告。 ');
    await user.click(within(document.body).getByTestId('return-submit'));
    await waitFor(() => expect(requests.some((request) => request.method === 'POST')).toBe(true));
    const post = requests.find((request) => request.method === 'POST')!;
    expect(post.url).toBe('/api/milestones/m-1/return');
    expect(post.body).toEqual({ comments: '请补充第三方检测报告。' });
  });

  it('refuses a payment above what remains of the milestone', async () => {
    const { requests } = mockFetch(routes({}));
    const accepted = milestone({ status: 'ACCEPTED', paidAmount: '700000.00', actions: ['PAY'], acceptedAt: '2026-06-02T02:00:00Z' });
    const { user } = renderFirm([accepted]);
    await user.click(screen.getByTestId('milestone-pay'));
    const dialog = await screen.findByTestId('payment-dialog');
    expect(within(dialog).getByTestId('payment-remaining')).toHaveAttribute('data-remaining', '20000.00');
    const input = within(dialog).getByRole('spinbutton');
    await fill(user, input, '20000.01');
    await user.click(within(document.body).getByTestId('payment-submit'));
    expect(await within(dialog).findByText(/不能超过尚未支付的 ¥20,000.00/)).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });
});
