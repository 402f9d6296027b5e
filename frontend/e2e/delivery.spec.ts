import type { Locator, Page } from '@playwright/test';

import { configuredAdmin } from './support/accounts';
import type { JiebangApi } from './support/api';
import { bidBody, challengeBody, smallPdf } from './support/challenges';
import { uniqueSuffix } from './support/data';
import { expect, test } from './support/fixtures';
import { text } from './support/i18n';

/** Seconds between approval and the bid deadline: enough for the lab to bid on both challenges through the API. */
const BIDDING_SECONDS = 12;

type Created = { id: string };
type Milestone = { id: string; seq: number; status: string };
type Delivery = { challengeStatus: string; milestones: Milestone[] };

const SCORES = { technicalMerit: '36', feasibility: '22', teamCapability: '18', costReasonableness: '12' } as const;

/**
 * A firm submits a challenge whose bounty stays below the panel threshold (one reviewer suffices) and an
 * administrator publishes it. Returns its id.
 */
async function publishSmallChallenge(firm: JiebangApi, admin: JiebangApi, title: string, deadline: Date): Promise<string> {
  const created = await firm.post<Created>('/api/challenges', { ...challengeBody(title, deadline), bounty: '800000.00' });
  await firm.post(`/api/challenges/${created.id}/submit`);
  await admin.post(`/api/admin/challenges/${created.id}/approve`);
  return created.id;
}

/** The challenge's state as the public API reports it, polled until it is `status`. */
async function waitForStatus(api: JiebangApi, challengeId: string, status: string, timeout: number) {
  await expect
    .poll(async () => (await api.get<{ status: string }>(`/api/challenges/${challengeId}`)).status, { timeout, intervals: [1_000] })
    .toBe(status);
}

/**
 * An administrator evaluates alone (a bounty below the panel threshold needs one reviewer), scores the
 * single bid and proposes the award; the announcement (公示) then runs for the harness's 45 seconds.
 */
async function proposeAward(admin: JiebangApi, adminId: string, challengeId: string, bidId: string) {
  await admin.post(`/api/admin/challenges/${challengeId}/reviewers`, { reviewerIds: [adminId] });
  await admin.post(`/api/reviews/${challengeId}/conflict`, { hasConflict: false, statement: '与发榜方及揭榜团队均无利益冲突。' });
  await admin.put(
    `/api/reviews/${challengeId}/bids/${bidId}/score`,
    Object.fromEntries(Object.entries(SCORES).map(([key, score]) => [key, { score, comment: '方案可行，团队经验充分。' }])),
  );
  await admin.post(`/api/admin/challenges/${challengeId}/award`, { bidId, rationale: '唯一有效方案，技术路线成熟、报价合理。' });
}

/** Confirms an award as soon as its announcement period is over (the server refuses it before). */
async function confirmAward(admin: JiebangApi, challengeId: string) {
  await expect
    .poll(async () => (await admin.call('POST', `/api/admin/challenges/${challengeId}/confirm`)).status(), { timeout: 120_000, intervals: [2_000] })
    .toBe(200);
}

const milestoneCard = (page: Page, seq: number) => page.locator(`[data-testid="milestone-card"][data-seq="${seq}"]`);

async function atPhoneWidth(page: Page, action: () => Promise<void>) {
  await page.setViewportSize({ width: 390, height: 844 });
  await action();
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function expectCanvas(chart: Locator) {
  await expect(chart.locator('canvas')).toHaveCount(1);
  await expect(chart.locator('canvas')).toBeVisible();
}

test.describe('Delivery to acceptance, results, dashboard and exports', () => {
  test('the lab reports, the firm returns and accepts every milestone, the results are shared; the admin sees the board, dashboard and exports', async ({
    page,
    shot,
    api,
    signInAs,
    newApiSession,
  }) => {
    test.setTimeout(420_000);
    const suffix = uniqueSuffix();
    const title = `E2E 验收流程：SiC 栅氧可靠性 ${suffix}`;
    const otherTitle = `E2E 终止流程：GaN 动态导通电阻 ${suffix}`;
    const resultTitle = `车规级 SiC MOSFET 栅氧可靠性攻关成果 ${suffix}`;
    const firm = await newApiSession('firm');
    const admin = await newApiSession(configuredAdmin());
    const lab = await newApiSession('lab');
    const adminMe = await admin.me();
    const labMe = await lab.me();

    // Setup through the API: two small challenges (one reviewer suffices), one bid each by the demo lab.
    const deadline = new Date(Date.now() + BIDDING_SECONDS * 1000);
    const challengeId = await publishSmallChallenge(firm, admin, title, deadline);
    const otherId = await publishSmallChallenge(firm, admin, otherTitle, deadline);
    const bids: Record<string, string> = {};
    for (const id of [challengeId, otherId]) {
      const bid = await lab.post<Created>(`/api/challenges/${id}/bids`, bidBody('界面钝化与沟槽栅协同优化。', '750000.00'));
      await lab.post(`/api/bids/${bid.id}/submit`);
      bids[id] = bid.id;
    }
    expect(Date.now(), 'the bids went in before the deadline').toBeLessThan(deadline.getTime());

    await test.step('both challenges close, are evaluated and their awards announced', async () => {
      await waitForStatus(api, challengeId, 'CLOSED', (BIDDING_SECONDS + 40) * 1000);
      await waitForStatus(api, otherId, 'CLOSED', 40_000);
      await proposeAward(admin, adminMe.id, challengeId, bids[challengeId]);
      await proposeAward(admin, adminMe.id, otherId, bids[otherId]);
      await waitForStatus(api, challengeId, 'AWARD_PROPOSED', 10_000);
    });

    await test.step('meanwhile the administrator reads the dashboard: charts with their numbers', async () => {
      await signInAs(configuredAdmin());
      await page.goto('/admin');
      await page.getByTestId('admin-tab-dashboard').click();
      await expect(page).toHaveURL(/\/admin\/dashboard$/);
      const dashboard = page.getByTestId('dashboard');
      await expect(dashboard).toBeVisible();
      for (const chart of ['chart-by-status', 'chart-by-chain', 'chart-bounty', 'chart-bids', 'chart-on-time', 'chart-matching']) {
        await expectCanvas(page.getByTestId(chart));
      }
      await expect(page.getByTestId('table-by-status')).toContainText(text('challengeStatus.AWARD_PROPOSED'));
      await expect(page.getByTestId('table-by-chain').locator('tbody tr').first()).toBeVisible();
      await expect(page.getByTestId('table-bounty')).toContainText('¥');
      await expect(page.getByTestId('table-bids').locator('tbody tr')).toHaveCount(7);
      await expect(page.getByTestId('dashboard-flags')).toBeVisible();
      const flag = page.getByTestId('red-flag-link').first();
      if (await flag.count()) {
        await expect(flag).toHaveAttribute('href', /^\/(challenges|labs)\//);
      }
      await shot('admin-dashboard');
      await atPhoneWidth(page, async () => {
        // The charts follow their container's width once the layout settles.
        const canvas = page.getByTestId('chart-by-status').locator('canvas');
        await expect.poll(() => canvas.evaluate((element) => element.getBoundingClientRect().width)).toBeLessThan(390);
        await shot('admin-dashboard-phone', { fullPage: false });
      });
    });

    await test.step('the delivery board shows the seeded overdue milestone in red, and explains due diligence', async () => {
      await page.getByTestId('admin-tab-delivery').click();
      await expect(page).toHaveURL(/\/admin\/delivery$/);
      const board = page.getByTestId('delivery-board');
      await expect(board).toBeVisible();
      const overdueCard = board.locator('[data-testid="board-card"]:not([data-overdue="0"])').first();
      await expect(overdueCard).toBeVisible();
      await expect(overdueCard).toHaveClass(/board-card-overdue/);
      await expect(overdueCard.locator('[data-testid="milestone-chip"][data-tone="overdue"]').first()).toHaveClass(/milestone-chip-overdue/);
      await expect(overdueCard.getByTestId('board-paid')).toHaveAttribute('data-percent', /^\d+(\.\d)?$/);
      await shot('admin-delivery-board');
      await overdueCard.getByTestId('board-terminate').click();
      const dialog = page.getByTestId('terminate-dialog');
      await expect(dialog.getByTestId('terminate-diligence-explained')).toContainText(text('delivery:termination.diligenceExplained'));
      await shot('terminate-dialog', { fullPage: false });
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });

    await test.step('the exports page offers the four datasets in CSV and XLSX, and the OCDS package', async () => {
      await page.getByTestId('admin-tab-exports').click();
      await expect(page.getByTestId('export-card')).toHaveCount(4);
      for (const table of ['challenges', 'bids', 'awards', 'milestones']) {
        for (const format of ['csv', 'xlsx']) {
          await expect(page.getByTestId(`export-${table}-${format}`)).toHaveAttribute('href', `/api/admin/exports/${table}.${format}`);
        }
      }
      const download = page.waitForEvent('download');
      await page.getByTestId('export-milestones-csv').click();
      expect((await download).suggestedFilename()).toMatch(/\.csv$/);
      await expect(page.getByTestId('export-ocds-download')).toHaveAttribute('href', '/api/ocds/awarded');
      await shot('admin-exports');
    });

    await test.step('once the announcements end the awards are confirmed and the delivery plans exist', async () => {
      await confirmAward(admin, challengeId);
      await confirmAward(admin, otherId);
      await waitForStatus(api, challengeId, 'AWARDED', 10_000);
      await expect.poll(async () => (await admin.call('GET', `/api/challenges/${challengeId}/milestones`)).status(), { timeout: 15_000 }).toBe(200);
    });

    await test.step('an administrator terminates the second delivery, acknowledging due diligence', async () => {
      await page.goto('/admin/delivery');
      const card = page.locator(`[data-testid="board-card"][data-challenge-id="${otherId}"]`);
      await expect(card.getByTestId('milestone-chip')).toHaveCount(2);
      await card.getByTestId('board-terminate').click();
      const dialog = page.getByTestId('terminate-dialog');
      await page.getByTestId('terminate-submit').click();
      await expect(dialog.getByText(text('delivery:termination.reasonRequired'))).toBeVisible();
      await dialog.getByTestId('terminate-reason').fill('发榜方产线调整，攻关需求取消；团队已按计划推进。');
      await dialog.getByTestId('terminate-due-diligence').click();
      await expect(dialog.getByTestId('terminate-diligence-explained')).toContainText(text('delivery:termination.diligenceOn'));
      await page.getByTestId('terminate-submit').click();
      await expect(dialog).toBeHidden();
      await expect(card).toHaveCount(0);
      await page.goto(`/challenges/${otherId}`);
      await expect(page.getByTestId('challenge-status')).toHaveAttribute('data-status', 'TERMINATED');
      await expect(page.getByTestId('delivery-termination')).toHaveAttribute('data-due-diligence', 'true');
      await expect(page.getByTestId('action-ocds')).toHaveAttribute('href', `/api/ocds/challenges/${otherId}`);
    });

    const plan = await admin.get<Delivery>(`/api/challenges/${challengeId}/milestones`);
    const [first, second] = plan.milestones;

    await test.step('the lab opens its milestone reports from “My bids”, attaches evidence and reports the first milestone', async () => {
      await signInAs('lab');
      await page.goto('/lab/bids');
      const row = page.getByRole('row', { name: new RegExp(title) });
      await row.getByTestId('my-bid-delivery').click();
      await expect(page).toHaveURL(new RegExp(`/lab/delivery/${challengeId}$`));
      await expect(page.getByTestId('delivery-status')).toHaveAttribute('data-status', 'AWARDED');
      await expect(page.getByTestId('lab-start')).toBeVisible();
      const card = milestoneCard(page, 1);
      await card.getByTestId('milestone-attachments-dropzone').locator('input[type=file]').setInputFiles({
        name: 'HTGB-test-report.pdf',
        mimeType: 'application/pdf',
        buffer: smallPdf('HTGB report'),
      });
      await expect(card.getByTestId('milestone-attachments-list').getByTestId('attachment-item')).toHaveCount(1);
      await card.getByTestId('report-links').fill('not a link');
      await card.getByTestId('report-submit').click();
      await expect(card.getByText(text('delivery:report.problems.invalid', { line: 1 }))).toBeVisible();
      await card.getByTestId('report-text').fill('完成工艺样片流片，HTGB 500h 阈值漂移 0.12 V，附测试报告。');
      await card.getByTestId('report-links').fill('https://example.com/reports/htgb-500h.pdf');
      await shot('lab-report-form');
      await card.getByTestId('report-submit').click();
      await expect(card).toHaveAttribute('data-status', 'SUBMITTED');
      await expect(card.getByTestId('lab-awaiting')).toBeVisible();
      await expect(page.getByTestId('delivery-status')).toHaveAttribute('data-status', 'IN_DELIVERY');
      await shot('lab-reported');
    });

    const returnComments = `HTGB 阈值漂移 0.12 V 未达到 ≤ 0.1 V 的指标，请补充 1000h 数据。${suffix}`;

    await test.step('the firm reads the report and returns it; comments are required', async () => {
      await signInAs('firm');
      await page.goto(`/challenges/${challengeId}`);
      await expect(page.getByTestId('delivery-progress')).toBeVisible();
      await page.getByTestId('delivery-workspace').click();
      await expect(page).toHaveURL(new RegExp(`/firm/challenges/${challengeId}/delivery$`));
      await expect(page.getByTestId('review-awaiting')).toBeVisible();
      const card = milestoneCard(page, 1);
      await expect(card.getByTestId('milestone-report-text')).toContainText('HTGB 500h');
      await expect(card.getByTestId('milestone-evidence-links')).toContainText('https://example.com/reports/htgb-500h.pdf');
      await expect(card.getByTestId('milestone-attachments-list').getByTestId('attachment-name')).toHaveText('HTGB-test-report.pdf');
      await expect(milestoneCard(page, 2).getByTestId('milestone-accept')).toHaveCount(0);
      await shot('firm-review');
      await card.getByTestId('milestone-return').click();
      const dialog = page.getByTestId('return-dialog');
      await page.getByTestId('return-submit').click();
      await expect(dialog.getByText(text('delivery:return.problems.required'))).toBeVisible();
      await dialog.getByTestId('return-comments').fill(returnComments);
      await shot('firm-return-dialog', { fullPage: false });
      await page.getByTestId('return-submit').click();
      await expect(dialog).toBeHidden();
      await expect(card).toHaveAttribute('data-status', 'RETURNED');
      await expect(card.getByTestId('milestone-return-comments')).toContainText(returnComments);
    });

    await test.step('the lab is notified, reads the comments and resubmits', async () => {
      await signInAs('lab');
      await page.goto(`/lab/delivery/${challengeId}`);
      await page.getByTestId('notification-bell').click();
      const returned = text('notifications:kinds.MILESTONE_RETURNED', {
        subject: `《${title}》`,
        milestoneText: text('notifications:milestone', { seq: 1, milestone: '工艺样片' }),
      });
      await expect(page.getByTestId('notification-panel').getByTestId('notification-item').filter({ hasText: returned }).first()).toBeVisible();
      await page.keyboard.press('Escape');
      const card = milestoneCard(page, 1);
      await expect(page.getByTestId('lab-returned')).toBeVisible();
      await expect(card.getByTestId('milestone-return-comments')).toHaveAttribute('data-open', 'true');
      await expect(card.getByTestId('milestone-return-comments')).toContainText(returnComments);
      await expect(card.getByTestId('report-text')).toHaveValue(/HTGB 500h/);
      await expect(card.getByTestId('report-submit')).toHaveText(text('delivery:report.resubmit'));
      await shot('lab-returned');
      await atPhoneWidth(page, async () => {
        await card.scrollIntoViewIfNeeded();
        await shot('lab-returned-phone', { fullPage: false });
      });
      await card.getByTestId('report-text').fill('已补充 HTGB 1000h 数据：阈值漂移 0.08 V，满足 ≤ 0.1 V 指标。');
      await card.getByTestId('report-links').fill('https://example.com/reports/htgb-1000h.pdf');
      await card.getByTestId('report-submit').click();
      await expect(card).toHaveAttribute('data-status', 'SUBMITTED');
      await expect(card.getByTestId('milestone-report')).toContainText(text('delivery:milestone.submittedAt', { time: '', count: 2 }).split('·')[1].trim());
    });

    await test.step('the firm accepts the first milestone and records its payment', async () => {
      await signInAs('firm');
      await page.goto(`/firm/challenges/${challengeId}/delivery`);
      const card = milestoneCard(page, 1);
      await expect(card.getByTestId('milestone-report-text')).toContainText('1000h');
      await expect(card.getByTestId('milestone-return-comments')).toHaveAttribute('data-open', 'false');
      await card.getByTestId('milestone-accept').click();
      await page.getByTestId('milestone-accept-ok').click();
      await expect(card).toHaveAttribute('data-status', 'ACCEPTED');
      await card.getByTestId('milestone-pay').click();
      const dialog = page.getByTestId('payment-dialog');
      await expect(dialog.getByTestId('payment-remaining')).toHaveAttribute('data-remaining', '300000.00');
      await dialog.getByTestId('payment-note').fill(`首期款 ${suffix}`);
      await shot('firm-payment-dialog', { fullPage: false });
      await page.getByTestId('payment-submit').click();
      await expect(dialog).toBeHidden();
      await expect(card.getByTestId('milestone-paid')).toHaveAttribute('data-percent', '100');
      await expect(card.getByTestId('milestone-payment')).toContainText('¥300,000.00');
      await expect(page.getByTestId('delivery-paid')).toHaveAttribute('data-remaining', '450000.00');
      await expect(page.getByTestId('delivery-status')).toHaveAttribute('data-status', 'IN_DELIVERY');
    });

    await test.step('the lab reports the last milestone and the firm accepts it: the challenge is completed', async () => {
      await lab.post(`/api/milestones/${second.id}/report`, { text: 'AEC-Q101 全项考核通过，报告见链接。', evidenceLinks: ['https://example.com/reports/aec-q101.pdf'] });
      await page.reload();
      const card = milestoneCard(page, 2);
      await expect(card).toHaveAttribute('data-status', 'SUBMITTED');
      await card.getByTestId('milestone-accept').click();
      await page.getByTestId('milestone-accept-ok').click();
      await expect(card).toHaveAttribute('data-status', 'ACCEPTED');
      await expect(page.getByTestId('delivery-status')).toHaveAttribute('data-status', 'COMPLETED');
      await expect(page.getByTestId('delivery-completed-at')).not.toHaveText('—');
      expect((await api.get<{ status: string }>(`/api/challenges/${challengeId}`)).status).toBe('COMPLETED');
      expect(first.seq).toBe(1);
    });

    await test.step('the firm publishes the results summary (成果)', async () => {
      const panel = page.getByTestId('results-panel');
      await expect(panel.getByTestId('results-none')).toBeVisible();
      await panel.getByTestId('results-submit').click();
      await expect(panel.getByText(text('delivery:results.form.titleRequired'))).toBeVisible();
      await panel.getByTestId('results-title').fill(resultTitle);
      await panel.getByTestId('results-summary').fill('HTGB 1000h 阈值漂移 0.08 V，比导通电阻降低 18%，通过 AEC-Q101 车规考核。');
      await panel.getByTestId('results-outcomes').fill('## 主要指标\n\n- 阈值漂移 0.08 V\n- **AEC-Q101** 全项通过');
      await panel.getByTestId('results-submit').click();
      await expect(panel.getByTestId('results-published')).toContainText(resultTitle);
      await shot('firm-results-published');
    });

    await test.step('a visitor finds the results on the showcase, with the lab, the firm and the IP terms', async () => {
      await api.signOut();
      await page.goto('/');
      await page.getByRole('navigation', { name: text('nav.primary') }).getByRole('link', { name: text('nav.results') }).click();
      await expect(page).toHaveURL(/\/results$/);
      const card = page.getByTestId('result-card').filter({ hasText: resultTitle });
      await expect(card).toBeVisible();
      await expect(card.getByTestId('result-card-lab')).toContainText(labMe.lab!.name);
      await expect(card.getByTestId('result-card-firm')).not.toBeEmpty();
      await expect(card.getByTestId('result-card-ip')).not.toHaveText('—');
      await expect(card.getByTestId('result-card-completed')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
      await shot('results-showcase');
      await page.goto('/results?chain=INTEGRATED_CIRCUITS&type=KEY_CORE');
      await expect(page.getByTestId('result-card').filter({ hasText: resultTitle })).toBeVisible();
      await page.goto('/results?type=APPLICATION&chain=INTEGRATED_CIRCUITS');
      await expect(page.getByTestId('result-card').filter({ hasText: resultTitle })).toHaveCount(0);
      await page.goto('/results');
      await page.getByTestId('result-card').filter({ hasText: resultTitle }).getByTestId('result-card-link').click();
      await expect(page.getByTestId('result-title')).toHaveText(resultTitle);
      await expect(page.getByTestId('result-outcomes').locator('strong')).toHaveText('AEC-Q101');
      await expect(page.getByTestId('result-lab')).toHaveText(labMe.lab!.name);
      await shot('result-detail');
      await atPhoneWidth(page, () => shot('result-detail-phone', { fullPage: false }));

      await page.getByTestId('result-challenge-link').click();
      await expect(page).toHaveURL(new RegExp(`/challenges/${challengeId}$`));
      const progress = page.getByTestId('delivery-progress');
      await expect(progress.getByTestId('progress-milestone')).toHaveCount(2);
      await expect(progress.locator('[data-testid="progress-milestone"][data-tone="accepted"]')).toHaveCount(2);
      await expect(progress.getByTestId('milestone-report-text')).toHaveCount(0);
      await expect(page.getByTestId('results-published-link')).toHaveText(resultTitle);
      await shot('challenge-delivery-progress');

      await page.goto(`/labs/${labMe.lab!.id}`);
      await expect(page.getByTestId('lab-track-record')).toBeVisible();
      await shot('lab-track-record');
    });

    await test.step('the home page charts published challenges by industry chain', async () => {
      await page.goto('/');
      await expectCanvas(page.getByTestId('chart-public-chains'));
      await expect(page.getByTestId('public-chain-figures').locator('li').first()).toBeAttached();
      await page.getByTestId('public-chain-chart').scrollIntoViewIfNeeded();
      await shot('home-chart');
    });
  });
});
