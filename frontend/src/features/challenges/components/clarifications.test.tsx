import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { ME_QUERY_KEY, type Me } from '@/lib/auth';
import { jsonResponse, mockFetch, routes } from '@/testing/mock-fetch';
import { createTestQueryClient, demoLab, fill, renderWithProviders } from '@/testing/test-utils';
import type { ChallengeView, ClarificationView } from '@/types/api';

import { ClarificationList } from './clarification-list';
import { Clarifications } from './clarifications';

const FIRM_ORG = { id: 'org-firm', name: '华芯动力科技有限公司', type: 'ENTERPRISE' as const, verified: true };

const challenge = (overrides: Partial<ChallengeView> = {}): ChallengeView => ({
  id: 'ch-1',
  status: 'PUBLISHED',
  open: true,
  title: '车规级 SiC MOSFET 栅氧可靠性攻关',
  summary: null,
  description: null,
  technicalIndicators: [{ name: '比导通电阻', target: '≤ 2.8', unit: 'mΩ·cm²' }],
  requiredCapabilities: ['碳化硅器件'],
  industryChain: 'IC',
  techFields: [],
  challengeType: 'KEY_CORE',
  bounty: '8000000.00',
  bidDeadline: '2026-06-01T02:00:00Z',
  deliveryMonths: 24,
  eligibility: null,
  ipTerms: 'JOINT',
  province: 'ZJ',
  city: '杭州市',
  organization: FIRM_ORG,
  bidCount: 2,
  publishedAt: '2026-03-01T02:00:00Z',
  closedAt: null,
  cancelledAt: null,
  termsChangedAt: null,
  rubric: null,
  contact: null,
  amendments: [],
  review: null,
  actions: [],
  ...overrides,
});

// What a careless server might add: none of it may reach the page.
const leaky = (item: ClarificationView) =>
  ({ ...item, askedBy: 'demo-lab', askedByName: '王晓明', labName: '智能感知实验室', answeredBy: '林雪婷' }) as ClarificationView;

const answered = leaky({
  id: 'q1',
  challengeId: 'ch-1',
  question: '比导通电阻按 25℃ 还是 150℃ 结温考核？',
  answer: '按 25℃ 考核，150℃ 数据作为参考。',
  askedAt: '2026-03-02T02:00:00Z',
  answeredAt: '2026-03-03T02:00:00Z',
  changesTerms: false,
  askedByMyLab: false,
});

const amended = leaky({
  id: 'q2',
  challengeId: 'ch-1',
  question: '能否把攻关周期延长到 30 个月？',
  answer: '同意延长，截止时间相应顺延。',
  askedAt: '2026-03-04T02:00:00Z',
  answeredAt: '2026-03-05T02:00:00Z',
  changesTerms: true,
  askedByMyLab: true,
});

const open = leaky({
  id: 'q3',
  challengeId: 'ch-1',
  question: '样片由发榜方提供吗？',
  answer: null,
  askedAt: '2026-03-06T02:00:00Z',
  answeredAt: null,
  changesTerms: false,
  askedByMyLab: true,
});

const demoFirm: Me = {
  ...demoLab,
  username: 'demo-firm',
  displayName: '林雪婷',
  role: 'FIRM',
  organization: { ...demoLab.organization!, id: FIRM_ORG.id, name: FIRM_ORG.name, type: 'ENTERPRISE' },
  lab: null,
};
const demoAdmin: Me = { ...demoLab, username: 'admin', displayName: '平台管理员', role: 'ADMIN', organization: null, lab: null };

function renderSection(me: Me | null, initial: ClarificationView[], c = challenge()) {
  const items = [...initial];
  const { requests } = mockFetch(
    routes({
      'GET /api/challenges/ch-1/clarifications': () => jsonResponse(items),
      'POST /api/challenges/ch-1/clarifications': (request) => {
        const asked = { ...open, id: 'q9', question: (request.body as { question: string }).question };
        items.push(asked);
        return jsonResponse(asked, { status: 201 });
      },
      'POST /api/clarifications/q3/answer': (request) => {
        const done = { ...open, answer: (request.body as { answer: string }).answer, answeredAt: '2026-03-07T02:00:00Z' };
        items.splice(items.findIndex((item) => item.id === 'q3'), 1, done);
        return jsonResponse(done);
      },
    }),
  );
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, me);
  document.cookie = 'XSRF-TOKEN=t; path=/';
  return { ...renderWithProviders(<Clarifications challenge={c} />, { queryClient }), requests };
}

describe('ClarificationList', () => {
  it('shows questions, answers, dates, "mine" and "terms changed" but nobody’s identity', () => {
    renderWithProviders(<ClarificationList items={[answered, amended, open]} />);

    const items = screen.getAllByTestId('clarification-item');
    expect(items).toHaveLength(3);
    expect(within(items[0]).getByTestId('clarification-question')).toHaveTextContent('比导通电阻按 25℃ 还是 150℃ 结温考核？');
    expect(within(items[0]).getByTestId('clarification-answer')).toHaveTextContent('按 25℃ 考核');
    expect(items[0]).toHaveTextContent('2026-03-02 10:00 提问');
    expect(items[0]).toHaveTextContent('2026-03-03 10:00 答复');
    expect(within(items[0]).queryByTestId('clarification-mine')).not.toBeInTheDocument();
    expect(within(items[0]).queryByTestId('clarification-terms-changed')).not.toBeInTheDocument();

    expect(within(items[1]).getByTestId('clarification-mine')).toHaveTextContent('我方提问');
    expect(within(items[1]).getByTestId('clarification-terms-changed')).toHaveTextContent('答复变更了榜单条款');

    expect(within(items[2]).getByTestId('clarification-pending')).toBeInTheDocument();
    expect(within(items[2]).getByTestId('clarification-mine-pending')).toBeInTheDocument();

    const page = document.body.textContent ?? '';
    for (const identity of ['demo-lab', '王晓明', '智能感知实验室', '林雪婷']) {
      expect(page).not.toContain(identity);
    }
  });

  it('says so when there are no questions', () => {
    renderWithProviders(<ClarificationList items={[]} />);
    expect(screen.getByTestId('clarifications-empty')).toHaveTextContent('暂无答疑');
  });
});

describe('Clarifications', () => {
  it('lets a lab ask while the challenge takes bids, anonymously', async () => {
    const { user, requests } = renderSection(demoLab, [answered]);

    await screen.findByTestId('clarification-item');
    expect(screen.getByTestId('clarification-ask')).toHaveTextContent('问题将匿名公开');
    expect(screen.queryByTestId('clarification-answer-open')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('clarification-question-input'));
    await user.paste('测试条件是否按 AEC-Q101 执行？');
    await user.click(screen.getByTestId('clarification-ask-submit'));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.url).toBe('/api/challenges/ch-1/clarifications');
    expect(post.body).toEqual({ question: '测试条件是否按 AEC-Q101 执行？' });
    expect(await screen.findByText('测试条件是否按 AEC-Q101 执行？')).toBeInTheDocument();
  });

  it('takes no questions once bidding has closed and none from visitors', async () => {
    renderSection(demoLab, [answered], challenge({ status: 'CLOSED', open: false }));
    await screen.findByTestId('clarification-item');
    expect(screen.queryByTestId('clarification-ask')).not.toBeInTheDocument();
    expect(screen.getByTestId('clarification-ask-closed')).toBeInTheDocument();
  });

  it('hides the section for a challenge that is not public', () => {
    renderSection(demoFirm, [], challenge({ status: 'DRAFT', open: false }));
    expect(screen.queryByTestId('clarifications')).not.toBeInTheDocument();
  });

  it('lets the owning firm answer an open question, without the terms switch', async () => {
    const { user, requests } = renderSection(demoFirm, [answered, open]);

    await screen.findAllByTestId('clarification-item');
    expect(screen.getByTestId('clarifications-unanswered')).toHaveTextContent('有 1 个问题待答复');
    expect(screen.queryByTestId('clarification-ask')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('clarification-answer-open'));
    expect(screen.queryByTestId('clarification-changes-terms')).not.toBeInTheDocument();
    expect(screen.getByTestId('clarification-answer-form')).toHaveTextContent('请联系平台管理员');

    await user.click(screen.getByTestId('clarification-answer-input'));
    await user.paste('样片由发榜方提供。');
    await user.click(screen.getByTestId('clarification-answer-submit'));

    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ answer: '样片由发榜方提供。', changesTerms: false }));
    expect(await screen.findByText('样片由发榜方提供。')).toBeInTheDocument();
  });

  it('lets an administrator make the answer an amendment, explaining the rules and sending only changed fields', async () => {
    const { user, requests } = renderSection(demoAdmin, [open]);

    await screen.findByTestId('clarification-item');
    await user.click(screen.getByTestId('clarification-answer-open'));
    expect(screen.queryByTestId('clarification-amendment')).not.toBeInTheDocument();
    fireEvent.click(screen.getByTestId('clarification-changes-terms'));

    const rules = await screen.findByTestId('clarification-amend-rule');
    expect(rules).toHaveTextContent('至少 7 天');
    expect(rules).toHaveTextContent('重新确认');

    await user.click(screen.getByTestId('clarification-answer-input'));
    await user.paste('攻关周期延长至 30 个月。');
    // Nothing changed yet: the switch asks for a change.
    await user.click(screen.getByTestId('clarification-answer-submit'));
    expect(await screen.findByText('请至少修改一项榜单内容，或关闭此开关。')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    const months = screen.getByLabelText('攻关周期');
    await fill(user, months, '30');
    await user.click(screen.getByTestId('clarification-answer-submit'));

    await waitFor(() =>
      expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
        answer: '攻关周期延长至 30 个月。',
        changesTerms: true,
        amendment: { deliveryMonths: 30 },
      }),
    );
  });
});
