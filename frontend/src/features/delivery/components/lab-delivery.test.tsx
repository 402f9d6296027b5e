import { screen, waitFor, within } from '@testing-library/react';

import { jsonResponse, mockFetch, routes } from '@/testing/mock-fetch';
import { fill, renderWithProviders } from '@/testing/test-utils';

import { delivery, milestone } from '../testing/fixtures';
import { LabDelivery } from './lab-delivery';

const owner = { challengeId: 'c-1', industryChain: null, challengeType: null, province: null };

const returned = milestone({
  status: 'RETURNED',
  actions: ['REPORT', 'ATTACH'],
  report: { text: '第一次报告。', evidenceLinks: ['https://example.com/a.pdf'], submittedAt: '2026-06-01T02:00:00Z', submissionCount: 1 },
  returnComments: '请补充第三方检测报告。',
  returnedAt: '2026-06-02T02:00:00Z',
});

describe('LabDelivery', () => {
  it('shows the firm’s comments on a returned milestone and resubmits from the last report', async () => {
    const { requests } = mockFetch(
      routes({
        'POST /api/milestones/m-1/report': () => jsonResponse({ ...returned, status: 'SUBMITTED', actions: [] }),
        'GET /api/challenges/c-1/milestones': () => jsonResponse(delivery()),
      }),
    );
    const { user } = renderWithProviders(
      <LabDelivery delivery={delivery({ milestones: [returned] })} resultOwner={owner} renderEvidence={(_m, editable) => <span data-testid="evidence-slot">{String(editable)}</span>} />,
    );
    expect(screen.getByTestId('lab-returned')).toBeInTheDocument();
    expect(screen.getByTestId('milestone-return-comments')).toHaveTextContent('请补充第三方检测报告。');
    expect(screen.getByTestId('evidence-slot')).toHaveTextContent('true');
    const form = screen.getByTestId('report-form');
    expect(within(form).getByTestId('report-text')).toHaveValue('第一次报告。');
    expect(within(form).getByTestId('report-submit')).toHaveTextContent('重新提交验收');

    await fill(user, within(form).getByTestId('report-links'), 'not a link');
    await user.click(within(form).getByTestId('report-submit'));
    expect(await within(form).findByText('第 1 行不是 http(s) 链接。')).toBeInTheDocument();

    await fill(user, within(form).getByTestId('report-text'), '已补充第三方检测报告。');
    await fill(user, within(form).getByTestId('report-links'), 'https://example.com/b.pdf\n\nhttps://example.com/c.pdf');
    await user.click(within(form).getByTestId('report-submit'));
    await waitFor(() => expect(requests.some((request) => request.method === 'POST')).toBe(true));
    expect(requests.find((request) => request.method === 'POST')!.body).toEqual({
      text: '已补充第三方检测报告。',
      evidenceLinks: ['https://example.com/b.pdf', 'https://example.com/c.pdf'],
    });
  });

  it('offers no report form for a milestone awaiting acceptance', () => {
    renderWithProviders(
      <LabDelivery delivery={delivery({ milestones: [milestone({ status: 'SUBMITTED' })] })} resultOwner={owner} renderEvidence={() => null} />,
    );
    expect(screen.queryByTestId('report-form')).not.toBeInTheDocument();
    expect(screen.getByTestId('lab-awaiting')).toBeInTheDocument();
  });
});
