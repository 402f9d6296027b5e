import { screen, waitFor, within } from '@testing-library/react';

import { ME_QUERY_KEY, type Me } from '@/lib/auth';
import { jsonResponse, mockFetch, problemResponse, routes } from '@/testing/mock-fetch';
import { createTestQueryClient, demoLab, renderWithProviders } from '@/testing/test-utils';
import type { ChallengeSummaryView, InvitationView } from '@/types/api';

import { InviteToBidButton } from './invite-button';

const demoFirm: Me = {
  ...demoLab,
  username: 'demo-firm',
  role: 'FIRM',
  organization: { ...demoLab.organization!, id: 'org-firm', name: '华芯动力科技有限公司', type: 'ENTERPRISE' },
  lab: null,
};

const summary = (id: string, title: string, open: boolean): ChallengeSummaryView => ({
  id,
  status: 'PUBLISHED',
  open,
  title,
  summary: null,
  requiredCapabilities: [],
  industryChain: null,
  challengeType: null,
  bounty: '8000000.00',
  bidDeadline: '2026-06-01T02:00:00Z',
  deliveryMonths: 24,
  province: null,
  city: null,
  organization: null,
  bidCount: 0,
  publishedAt: null,
  submittedAt: null,
  reviewNote: null,
});

const invitation = (challengeId: string, title: string, message: string | null): InvitationView => ({
  id: `inv-${challengeId}`,
  challenge: { id: challengeId, title, organizationName: '华芯动力科技有限公司', status: 'PUBLISHED', bidDeadline: '2026-06-01T02:00:00Z', bounty: '8000000.00', open: true },
  lab: { id: 'lab-7', name: '宽禁带半导体实验室' },
  message,
  invitedAt: '2026-03-02T02:00:00Z',
});

function setup(me: Me | null, options: { challenges?: ChallengeSummaryView[]; invited?: Record<string, InvitationView[]>; refuse?: boolean } = {}) {
  const challenges = options.challenges ?? [summary('ch-1', 'SiC 栅氧可靠性攻关', true), summary('ch-2', '已截止的榜单', false), summary('ch-3', '高压快充模块', true)];
  const { requests } = mockFetch(
    routes({
      'GET /api/my/challenges': () => jsonResponse({ items: challenges, total: challenges.length, page: 1, size: 100 }),
      'GET /api/challenges/ch-1/invitations': () => jsonResponse(options.invited?.['ch-1'] ?? []),
      'GET /api/challenges/ch-3/invitations': () => jsonResponse(options.invited?.['ch-3'] ?? []),
      'POST /api/challenges/ch-1/invitations': (request) =>
        options.refuse
          ? problemResponse({
              status: 400,
              type: '/problems/validation',
              detail: '请求参数有误。',
              errors: [{ field: 'labId', message: '不能邀请本单位的团队。' }],
            })
          : jsonResponse(invitation('ch-1', 'SiC 栅氧可靠性攻关', (request.body as { message?: string }).message ?? null), { status: 201 }),
    }),
  );
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, me);
  document.cookie = 'XSRF-TOKEN=t; path=/';
  return { ...renderWithProviders(<InviteToBidButton labId="lab-7" labName="宽禁带半导体实验室" />, { queryClient }), requests };
}

async function chooseChallenge(user: ReturnType<typeof setup>['user'], title: string) {
  await user.click(await screen.findByRole('combobox'));
  await user.click(await screen.findByTitle(title));
}

describe('InviteToBidButton', () => {
  it('is there for firm members only', () => {
    setup(demoLab);
    expect(screen.queryByTestId('invite-button')).not.toBeInTheDocument();
  });

  it('invites the lab to one of the firm’s open challenges with a note', async () => {
    const { user, requests } = setup(demoFirm);
    await user.click(screen.getByTestId('invite-button'));
    const dialog = await screen.findByTestId('invite-dialog');
    expect(dialog).toHaveTextContent('邀请“宽禁带半导体实验室”揭榜');
    expect(dialog).toHaveTextContent('不给予任何优先权');

    // Only challenges that still take bids are offered.
    await user.click(await screen.findByRole('combobox'));
    expect(await screen.findByTitle('SiC 栅氧可靠性攻关')).toBeInTheDocument();
    expect(screen.getByTitle('高压快充模块')).toBeInTheDocument();
    expect(screen.queryByTitle('已截止的榜单')).not.toBeInTheDocument();
    await user.click(screen.getByTitle('SiC 栅氧可靠性攻关'));

    await user.click(within(dialog).getByTestId('invite-message'));
    await user.paste('欢迎贵团队揭榜。');
    await user.click(screen.getByTestId('invite-send'));

    await waitFor(() => expect(requests.find((r) => r.method === 'POST')).toBeDefined());
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.url).toBe('/api/challenges/ch-1/invitations');
    expect(post.body).toEqual({ labId: 'lab-7', message: '欢迎贵团队揭榜。' });
    expect(requests.find((r) => r.url.startsWith('/api/my/challenges'))?.url).toContain('status=PUBLISHED');
    expect(await screen.findByText('已邀请“宽禁带半导体实验室”揭榜《SiC 栅氧可靠性攻关》。')).toBeInTheDocument();
  });

  it('names an earlier invitation to the chosen challenge and does not send again', async () => {
    const { user, requests } = setup(demoFirm, { invited: { 'ch-3': [invitation('ch-3', '高压快充模块', null)] } });
    await user.click(screen.getByTestId('invite-button'));
    await chooseChallenge(user, '高压快充模块');

    expect(await screen.findByTestId('invite-already')).toHaveTextContent('已于 2026-03-02 10:00 邀请过该团队');
    expect(screen.getByTestId('invite-send')).toBeDisabled();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('needs a challenge, and says when the firm has none taking bids', async () => {
    const { user } = setup(demoFirm, { challenges: [summary('ch-2', '已截止的榜单', false)] });
    await user.click(screen.getByTestId('invite-button'));
    expect(await screen.findByTestId('invite-no-challenges')).toHaveTextContent('没有揭榜中的榜单');
    expect(screen.getByTestId('invite-send')).toBeDisabled();
  });

  it('shows the server’s refusal in the dialog', async () => {
    const { user } = setup(demoFirm, { refuse: true });
    await user.click(screen.getByTestId('invite-button'));
    await chooseChallenge(user, 'SiC 栅氧可靠性攻关');
    await user.click(screen.getByTestId('invite-send'));
    const alert = await screen.findByTestId('problem-alert');
    expect(alert).toHaveTextContent('不能邀请本单位的团队。');
    expect(screen.getByTestId('invite-dialog')).toBeInTheDocument();
  });
});
