import { screen, within } from '@testing-library/react';

import { renderWithProviders } from '@/testing/test-utils';

import { delivery, milestone } from '../testing/fixtures';
import { MilestoneCard } from './milestone-card';
import { MilestoneChips } from './milestone-chips';
import { PaidProgress } from './paid-progress';

describe('overdue highlighting', () => {
  it('marks an overdue milestone red on the compact timeline, and only that one', () => {
    renderWithProviders(
      <MilestoneChips
        milestones={[
          milestone({ id: 'a', seq: 1, status: 'ACCEPTED', overdue: false }),
          milestone({ id: 'b', seq: 2, status: 'RETURNED', overdue: true, dueDate: '2020-01-01' }),
          milestone({ id: 'c', seq: 3, status: 'PLANNED', overdue: false }),
        ]}
      />,
    );
    const chips = screen.getAllByTestId('milestone-chip');
    expect(chips.map((chip) => chip.getAttribute('data-tone'))).toEqual(['accepted', 'overdue', 'planned']);
    expect(chips[1]).toHaveClass('milestone-chip-overdue');
    expect(chips[1]).toHaveTextContent('已逾期');
    expect(chips[0]).not.toHaveClass('milestone-chip-overdue');
  });

  it('shows the days overdue on the milestone card and a red due date', () => {
    renderWithProviders(<MilestoneCard milestone={milestone({ status: 'PLANNED', overdue: true, dueDate: '2020-01-01' })} />);
    const card = screen.getByTestId('milestone-card');
    expect(card).toHaveAttribute('data-tone', 'overdue');
    expect(card).toHaveClass('milestone-card-overdue');
    expect(screen.getByTestId('milestone-overdue')).toHaveTextContent(/逾期 \d+ 天/);
    expect(screen.getByTestId('milestone-due')).toHaveClass('text-overdue');
  });

  it('does not mark an accepted milestone, even one accepted late', () => {
    renderWithProviders(<MilestoneCard milestone={milestone({ status: 'ACCEPTED', overdue: false, acceptedAt: '2026-07-05T02:00:00Z' })} />);
    expect(screen.queryByTestId('milestone-overdue')).not.toBeInTheDocument();
    expect(screen.getByTestId('milestone-card')).toHaveAttribute('data-tone', 'accepted');
  });
});

describe('milestone card', () => {
  it('shows the report, its evidence links, the return comments and the payments', () => {
    renderWithProviders(
      <MilestoneCard
        milestone={milestone({
          status: 'RETURNED',
          report: { text: '完成缓冲层工艺。', evidenceLinks: ['https://example.com/r.pdf'], submittedAt: '2026-06-01T02:00:00Z', submissionCount: 1 },
          returnComments: '请补充检测报告。',
          returnedAt: '2026-06-03T02:00:00Z',
          payments: [{ id: 'p1', amount: '100.00', paidOn: '2026-06-05', note: '首付', recordedAt: '2026-06-05T02:00:00Z' }],
        })}
        evidence={<span>files</span>}
      />,
    );
    expect(screen.getByTestId('milestone-return-comments')).toHaveAttribute('data-open', 'true');
    expect(screen.getByTestId('milestone-return-comments')).toHaveTextContent('请补充检测报告。');
    expect(screen.getByTestId('milestone-report-text')).toHaveTextContent('完成缓冲层工艺。');
    const link = within(screen.getByTestId('milestone-evidence-links')).getByRole('link');
    expect(link).toHaveAttribute('href', 'https://example.com/r.pdf');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(screen.getByTestId('milestone-payment')).toHaveTextContent('¥100.00');
    expect(screen.getByTestId('milestone-evidence')).toHaveTextContent('files');
  });

  it('shows the paid share of a delivery from exact amounts', () => {
    const d = delivery({ paidTotal: '720000.00' });
    renderWithProviders(<PaidProgress paid={d.paidTotal} amount={d.amount} />);
    const progress = screen.getByTestId('paid-progress');
    expect(progress).toHaveAttribute('data-percent', '40');
    expect(progress).toHaveAttribute('data-remaining', '1080000.00');
    expect(progress).toHaveTextContent('已付 ¥720,000.00 / ¥1,800,000.00');
  });
});
