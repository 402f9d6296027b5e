import { screen, within } from '@testing-library/react';

import { renderWithProviders } from '@/testing/test-utils';

import { bidRow, evaluation, reviewer, score } from '../testing/fixtures';
import { BidComparison } from './bid-comparison';
import { ScoreDispersion } from './score-dispersion';

const decision = (current: boolean) => ({
  bidId: 'b1',
  adoptedScore: '80.00',
  reasoning: '以技术专家意见为准',
  decidedBy: 'admin',
  decidedAt: '2026-03-02T02:00:00Z',
  meanAtDecision: '75.00',
  stddevAtDecision: '17.80',
  current,
});

describe('ScoreDispersion', () => {
  it('shows the mean and standard deviation without a flag when reviewers agree', () => {
    renderWithProviders(<ScoreDispersion statistics={{ count: 3, mean: '82.5', stddev: '3.1', flagged: false }} />);
    expect(screen.getByTestId('dispersion-mean')).toHaveTextContent('82.50');
    expect(screen.getByTestId('dispersion-stddev')).toHaveTextContent('3.10');
    expect(screen.getByTestId('score-dispersion')).toHaveTextContent('（3 位专家）');
    expect(screen.queryByTestId('dispersion-flag')).not.toBeInTheDocument();
  });

  it('flags a non-consensus bid and says a decision is needed', () => {
    renderWithProviders(<ScoreDispersion statistics={{ count: 3, mean: '75', stddev: '17.8', flagged: true }} decisionPending />);
    expect(screen.getByTestId('dispersion-flag')).toHaveTextContent('非共识');
    expect(screen.getByTestId('dispersion-decision-pending')).toHaveTextContent('待单独决定');
  });

  it('shows the adopted score of a current decision, and asks again once the scores changed', () => {
    const { unmount } = renderWithProviders(
      <ScoreDispersion statistics={{ count: 3, mean: '75', stddev: '17.8', flagged: true }} decision={decision(true)} />,
    );
    expect(screen.getByTestId('dispersion-decided')).toHaveTextContent('已决定采纳 80.00 分');
    expect(screen.queryByTestId('dispersion-decision-pending')).not.toBeInTheDocument();
    unmount();
    renderWithProviders(<ScoreDispersion statistics={{ count: 3, mean: '70', stddev: '19', flagged: true }} decision={decision(false)} decisionPending />);
    expect(screen.getByTestId('dispersion-decision-pending')).toHaveTextContent('评分已变更，须重新决定');
    expect(screen.queryByTestId('dispersion-decided')).not.toBeInTheDocument();
  });

  it('says so when nobody has scored yet', () => {
    renderWithProviders(<ScoreDispersion statistics={{ count: 0, mean: null, stddev: null, flagged: false }} />);
    expect(screen.getByTestId('dispersion-none')).toHaveTextContent('尚无评分');
  });
});

describe('BidComparison', () => {
  it('puts the bids side by side with each reviewer’s points and flags the one reviewers disagree on', () => {
    const reviewers = [reviewer('r1', '李专家'), reviewer('r2', '王专家'), reviewer('r3', '赵专家', { recused: true, recusalReason: 'BIDDER_ORGANIZATION' })];
    const agreed = bidRow('b1', '宽禁带实验室', {
      scores: [score('b1', 'r1', '李专家', ['36.0', '22.0', '18.0', '12.0'], '88.0'), score('b1', 'r2', '王专家', ['34.0', '21.0', '17.0', '12.0'], '84.0')],
      statistics: { count: 2, mean: '86.00', stddev: '2.00', flagged: false },
      effectiveScore: '86.00',
      preferenceRank: 2,
    });
    const disputed = bidRow('b2', '机器人实验室', {
      scores: [score('b2', 'r1', '李专家', ['38.0', '24.0', '18.0', '10.0'], '90.0'), score('b2', 'r2', '王专家', ['20.0', '12.0', '10.0', '8.0'], '50.0')],
      statistics: { count: 2, mean: '70.00', stddev: '20.00', flagged: true },
      decisionPending: true,
      effectiveScore: '70.00',
      preferenceRank: 1,
    });
    renderWithProviders(<BidComparison evaluation={evaluation({ reviewers, bids: [agreed, disputed], blockers: ['DECISIONS_PENDING'], readyToPropose: false })} />);

    const columns = screen.getAllByTestId('comparison-column');
    // The fixed first column makes the table render its header twice.
    expect([...new Set(columns.map((column) => column.getAttribute('data-bid-id')))]).toEqual(['b1', 'b2']);
    // Recused reviewers get no row.
    expect(screen.getByText('李专家')).toBeInTheDocument();
    expect(screen.queryByText('赵专家')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('comparison-reviewer-score')[0]).toHaveTextContent('88.0');
    expect(screen.getAllByTestId('comparison-reviewer-score')[0]).toHaveTextContent('36.0 / 22.0 / 18.0 / 12.0');
    expect(screen.getByText('第 1 位')).toBeInTheDocument();

    const [first, second] = screen.getAllByTestId('comparison-statistics');
    expect(first).toHaveAttribute('data-bid-id', 'b1');
    expect(within(first).queryByTestId('dispersion-flag')).not.toBeInTheDocument();
    expect(within(first).queryByTestId('comparison-decide')).not.toBeInTheDocument();
    expect(within(second).getByTestId('dispersion-stddev')).toHaveTextContent('20.00');
    expect(within(second).getByTestId('dispersion-flag')).toBeInTheDocument();
    expect(within(second).getByTestId('comparison-decide')).toHaveTextContent('单独决定');
  });
});
