import { configuredAdmin, type Credentials } from './support/accounts';
import type { JiebangApi } from './support/api';
import { uniqueSuffix } from './support/data';
import { expect, test } from './support/fixtures';
import { text } from './support/i18n';
import { searchAndChoose } from './support/pages';

/** Seconds between approval and the bid deadline: enough for two labs to bid through the API. */
const BIDDING_SECONDS = 22;

const SECOND_LAB: Credentials = { username: 'lab-nl-robotics', password: 'Jiebang#Demo2026' };
const EXPERT_PASSWORD = 'Review3r-pass-2026';

type Created = { id: string };
type Criteria = [string, string, string, string];

const criterion = (key: string) => text(`awards:criteria.${key}`);
const CRITERIA = [
  ['technicalMerit', 40],
  ['feasibility', 25],
  ['teamCapability', 20],
  ['costReasonableness', 15],
] as const;

/** The body of a complete bid (as in the backend's own walk-through). */
const bidBody = (summary: string, quotedAmount: string) => ({
  summary,
  technicalApproach: '## 技术路线\n\n1. 界面氮化钝化\n2. **沟槽栅**元胞优化\n\n| 指标 | 目标 |\n|---|---|\n| 阈值漂移 | ≤ 0.1 V |',
  quotedAmount,
  deliveryMonths: 12,
  team: [{ name: '王教授', title: '教授', role: '负责人' }],
  partners: [],
  milestonePlan: [
    { title: '工艺样片', deliverable: '样片与测试报告', dueMonth: 6, paymentPercent: 40 },
    { title: '可靠性验收', deliverable: 'AEC-Q101 考核报告', dueMonth: 12, paymentPercent: 60 },
  ],
  conflictDeclaration: '本团队与发榜单位不存在利益冲突。',
  conflictAffirmed: true,
});

/** A score request from four points, one comment each. */
const scoreBody = (points: Criteria, remark: string) =>
  Object.fromEntries(CRITERIA.map(([key], i) => [key, { score: points[i], comment: `${remark}（${criterion(key)}）` }]));

/** Picks an option of a searchable select by typing part of it. */
/** The challenge's state as the public API reports it, polled until it is `status`. */
async function waitForStatus(api: JiebangApi, challengeId: string, status: string, timeout: number) {
  await expect
    .poll(async () => (await api.get<{ status: string }>(`/api/challenges/${challengeId}`)).status, { timeout, intervals: [1_000] })
    .toBe(status);
}

test.describe('Evaluation, award and announcement', () => {
  test('experts score a closed challenge, the administrator awards it, the public objects during the announcement and the award is confirmed', async ({
    page,
    shot,
    api,
    signInAs,
    newApiSession,
  }) => {
    test.setTimeout(360_000);
    const suffix = uniqueSuffix();
    const title = `E2E 授榜流程：SiC 栅氧可靠性 ${suffix}`;
    const firm = await newApiSession('firm');
    const admin = await newApiSession(configuredAdmin());
    const lab = await newApiSession('lab');
    const secondLab = await newApiSession(SECOND_LAB);
    const labMe = await lab.me();

    // Setup through the API: a challenge whose bounty needs a panel of three, two sealed bids.
    const deadline = new Date(Date.now() + (BIDDING_SECONDS + 3) * 1000);
    const challenge = await firm.post<Created>('/api/challenges', {
      title,
      summary: '授榜流程测试：车规级 SiC MOSFET 栅氧可靠性。',
      description: '## 需求\n\n阈值漂移 ≤ 0.1 V。',
      technicalIndicators: [{ name: '阈值漂移', target: '≤ 0.1', unit: 'V' }],
      requiredCapabilities: ['SiC MOSFET'],
      industryChain: 'INTEGRATED_CIRCUITS',
      techFields: [],
      challengeType: 'KEY_CORE',
      bounty: '2000000.00',
      bidDeadline: deadline.toISOString(),
      deliveryMonths: 12,
      eligibility: { text: '高校院所', organizationTypes: ['UNIVERSITY', 'INSTITUTE', 'ENTERPRISE'], regions: [] },
      ipTerms: 'JOINT',
      province: 'GD',
      city: '深圳市',
      contactName: '张工',
      contactPhone: '0755-1234567',
    });
    const challengeId = challenge.id;
    await firm.post(`/api/challenges/${challengeId}/submit`);
    await admin.post(`/api/admin/challenges/${challengeId}/approve`);
    const winningBid = await lab.post<Created>(`/api/challenges/${challengeId}/bids`, bidBody('界面钝化与沟槽栅协同优化。', '1800000.00'));
    await lab.post(`/api/bids/${winningBid.id}/submit`);
    const otherBid = await secondLab.post<Created>(`/api/challenges/${challengeId}/bids`, bidBody('高温栅偏筛选与工艺窗口优化。', '1500000.00'));
    await secondLab.post(`/api/bids/${otherBid.id}/submit`);
    expect(Date.now(), 'both bids went in before the deadline').toBeLessThan(deadline.getTime());

    const experts = [1, 2, 3, 4].map((n) => ({ username: `e2e-expert-${suffix}-${n}`, password: EXPERT_PASSWORD, name: `E2E 专家${n}号 ${suffix}` }));

    await test.step('while bidding runs, the administrator adds an expert to the pool', async () => {
      await signInAs(configuredAdmin());
      await page.goto('/admin/experts');
      await expect(page.getByTestId('expert-pool')).toBeVisible();
      await page.getByTestId('expert-create').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(text('awards:experts.displayName')).fill(experts[0].name);
      await dialog.getByLabel(text('awards:experts.username')).fill(experts[0].username);
      await dialog.getByLabel(text('awards:experts.password')).fill('short');
      await dialog.getByLabel(text('awards:experts.email')).fill(`${experts[0].username}@example.com`);
      await searchAndChoose(page, dialog.getByLabel(text('awards:experts.organization')), '申江', '申江大学');
      await searchAndChoose(page, dialog.getByLabel(text('awards:experts.expertise')), '功率', '功率半导体');
      await dialog.getByTestId('expert-form-submit').click();
      await expect(dialog.getByText(text('awards:experts.passwordLength'))).toBeVisible();
      await dialog.getByLabel(text('awards:experts.password')).fill(experts[0].password);
      await shot('expert-form', { fullPage: false });
      await dialog.getByTestId('expert-form-submit').click();
      await expect(dialog).toBeHidden();
      const row = page.getByTestId('expert-row').filter({ hasText: experts[0].name });
      await expect(row).toBeVisible();
      await expect(page.getByRole('row', { name: new RegExp(experts[0].name) })).toContainText('申江大学');
      await expect(page.getByRole('row', { name: new RegExp(experts[0].name) })).toContainText('功率半导体');
      await shot('expert-pool');
    });

    // Two more experts through the API, and one from the first lab's university, who will be recused.
    for (const [index, organizationId] of [
      [1, null],
      [2, null],
      [3, labMe.organization!.id],
    ] as const) {
      await admin.post('/api/admin/experts', {
        username: experts[index].username,
        password: experts[index].password,
        displayName: experts[index].name,
        organizationId,
        expertise: ['POWER_SEMICONDUCTORS'],
      });
    }

    await test.step('the challenge closes at its deadline', async () => {
      await waitForStatus(api, challengeId, 'CLOSED', (BIDDING_SECONDS + 40) * 1000);
    });

    await test.step('the administrator assigns the panel; the expert from a bidder’s university is recused', async () => {
      await page.goto('/admin/evaluation');
      const row = page.getByRole('row', { name: new RegExp(title) });
      await expect(row).toBeVisible();
      await shot('evaluation-list');
      await row.getByTestId('evaluation-open').click();
      await expect(page).toHaveURL(new RegExp(`/admin/challenges/${challengeId}/evaluation$`));
      const panel = page.getByTestId('reviewer-panel');
      await expect(panel.getByTestId('panel-requirement')).toContainText(text('awards:panel.requirementLarge', { required: 3 }));
      await expect(page.getByTestId('evaluation-blocker').first()).toBeVisible();
      const chooser = panel.getByTestId('panel-choose');
      for (const expert of experts) {
        const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: expert.name });
        // Retried until the option shows as selected: the expert list may still be loading or re-rendering
        // when the first click lands, and clicking an option that is already selected would unselect it.
        await expect(async () => {
          if (!(await option.isVisible())) {
            await chooser.click();
            await chooser.locator('input').fill(suffix);
          }
          if (!/ant-select-item-option-selected/.test((await option.getAttribute('class', { timeout: 2_000 })) ?? '')) {
            await option.click({ timeout: 2_000 });
          }
          await expect(option).toHaveClass(/ant-select-item-option-selected/, { timeout: 1_000 });
        }).toPass({ timeout: 30_000 });
      }
      await page.keyboard.press('Escape');
      await panel.getByTestId('panel-assign').click();
      await expect(panel.getByTestId('reviewer-row')).toHaveCount(4);
      const recused = panel.getByRole('row', { name: new RegExp(experts[3].name) });
      await expect(recused.getByTestId('reviewer-recusal')).toContainText(text('awards:recusal.tag', { reason: text('awards:recusal.BIDDER_ORGANIZATION') }));
      await expect(recused.getByTestId('reviewer-recusal')).toContainText(labMe.lab!.name);
      await expect(panel.getByTestId('panel-requirement')).toHaveAttribute('data-enough', 'true');
      await expect(page.locator('[data-blocker="REVIEWS_INCOMPLETE"]')).toBeVisible();
      await shot('panel-assigned');
    });

    await test.step('the first expert declares no conflict and scores both bids in the browser', async () => {
      await signInAs(experts[0]);
      await page.goto('/');
      // The dropdown may still be animating in while the home panels load: retry opening it until it navigates.
      await expect(async () => {
        await page.getByTestId('account-menu').click();
        await page.getByTestId('menu-myReviews').click({ timeout: 3_000 });
        await expect(page).toHaveURL(/\/reviews$/, { timeout: 3_000 });
      }).toPass({ timeout: 30_000 });
      const row = page.getByRole('row', { name: new RegExp(title) });
      await expect(row).toContainText(text('awards:myReviews.toDeclare'));
      await shot('expert-my-reviews');
      await row.getByTestId('my-review-open').click();

      await expect(page.getByTestId('conflict-declaration')).toBeVisible();
      await expect(page.getByTestId('review-bid')).toHaveCount(0);
      await page.getByLabel(text('awards:conflict.none')).check();
      await page.getByLabel(text('awards:conflict.statement')).fill('与发榜方及各揭榜团队均无任职、合作或亲属关系。');
      await shot('expert-conflict-declaration');
      await page.getByTestId('conflict-submit').click();

      await expect(page.getByTestId('review-workspace')).toBeVisible();
      await expect(page.getByTestId('review-progress')).toHaveAttribute('data-scored', '0');
      const scores: Record<string, Criteria> = { [winningBid.id]: ['36', '22', '18', '12'], [otherBid.id]: ['30', '20', '15', '10'] };
      for (let round = 0; round < 2; round += 1) {
        const bid = page.getByTestId('review-bid');
        const bidId = (await bid.getAttribute('data-bid-id'))!;
        await expect(bid.getByTestId('bid-approach-view').locator('strong')).toHaveText('沟槽栅');
        await expect(bid).toContainText('AEC-Q101 考核报告');
        const form = page.getByTestId('score-form');
        // A score above the criterion's weight is refused at the field.
        await form.getByLabel(text('awards:score.points', { name: criterion('technicalMerit'), max: 40 })).fill('45');
        await expect(page.getByTestId('score-over')).toBeVisible();
        for (const [i, [key, max]] of CRITERIA.entries()) {
          await form.getByLabel(text('awards:score.points', { name: criterion(key), max })).fill(scores[bidId][i]);
          await form.getByLabel(text('awards:score.comment', { name: criterion(key) })).fill(`${criterion(key)}：论证充分。`);
        }
        const total = scores[bidId].reduce((sum, points) => sum + Number(points), 0).toFixed(1);
        await expect(page.getByTestId('score-total')).toHaveAttribute('data-total', total);
        await expect(page.getByTestId('score-total')).toHaveAttribute('data-complete', 'true');
        if (round === 0) {
          await shot('expert-scoring');
        }
        await form.getByTestId('score-submit').click();
        await expect(page.getByTestId('review-progress')).toHaveAttribute('data-scored', String(round + 1));
      }
      await shot('expert-scored');
      await page.setViewportSize({ width: 390, height: 844 });
      await shot('expert-scored-phone', { fullPage: false });
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    await test.step('the two other experts score through the API; they disagree on the second bid', async () => {
      const plan: [Credentials, Criteria, Criteria][] = [
        [experts[1], ['34', '21', '17', '12'], ['38', '24', '19', '14']],
        [experts[2], ['35', '22', '18', '13'], ['15', '10', '8', '6']],
      ];
      for (const [credentials, first, second] of plan) {
        const expert = await newApiSession(credentials);
        await expert.post(`/api/reviews/${challengeId}/conflict`, { hasConflict: false, statement: '无利益冲突' });
        await expert.put(`/api/reviews/${challengeId}/bids/${winningBid.id}/score`, scoreBody(first, '评审意见'));
        await expert.put(`/api/reviews/${challengeId}/bids/${otherBid.id}/score`, scoreBody(second, '评审意见'));
      }
      // The recused expert sees no bid.
      const recused = await newApiSession(experts[3]);
      const refused = await recused.call('GET', `/api/reviews/${challengeId}/bids`);
      expect(refused.status()).toBe(403);
    });

    await test.step('the firm ranks the bids on its bids page', async () => {
      await signInAs('firm');
      await page.goto(`/firm/challenges/${challengeId}/bids`);
      const preference = page.getByTestId('preference-order');
      await expect(preference.getByTestId('preference-item')).toHaveCount(2);
      const first = await preference.getByTestId('preference-item').first().getAttribute('data-bid-id');
      if (first !== winningBid.id) {
        await preference.getByTestId('preference-down').first().click();
      }
      await expect(preference.getByTestId('preference-item').first()).toHaveAttribute('data-bid-id', winningBid.id);
      await preference.getByTestId('preference-save').click();
      await expect(preference.getByTestId('preference-saved-at')).not.toHaveText(text('awards:preference.notSaved'));
      await shot('firm-preference');
    });

    await test.step('the administrator sees the scores side by side and decides the non-consensus bid', async () => {
      await signInAs(configuredAdmin());
      await page.goto(`/challenges/${challengeId}`);
      await page.getByTestId('action-evaluation').click();
      const comparison = page.getByTestId('bid-comparison');
      await expect(comparison.getByTestId('comparison-reviewer-score')).toHaveCount(6);
      const disputed = comparison.locator(`[data-testid="comparison-statistics"][data-bid-id="${otherBid.id}"]`);
      await expect(disputed.getByTestId('dispersion-flag')).toHaveText(text('awards:statistics.flag'));
      await expect(comparison.locator(`[data-testid="comparison-statistics"][data-bid-id="${winningBid.id}"]`).getByTestId('dispersion-flag')).toHaveCount(0);
      await expect(page.locator('[data-blocker="DECISIONS_PENDING"]')).toBeVisible();
      await expect(comparison).toContainText(text('awards:comparison.rank', { rank: 1 }));
      await shot('evaluation-flagged');

      await disputed.getByTestId('comparison-decide').click();
      const dialog = page.getByTestId('decision-dialog');
      await dialog.getByLabel(text('awards:decision.adoptedScore')).fill('68');
      await dialog.getByLabel(text('awards:decision.reasoning')).fill('第三位专家对可靠性数据的质疑成立，采纳折中分数。');
      await shot('consensus-decision', { fullPage: false });
      await dialog.getByTestId('decision-submit').click();
      await expect(disputed.getByTestId('dispersion-decided')).toContainText('68.00');
      await expect(page.getByTestId('evaluation-ready')).toBeVisible();
      await shot('evaluation-ready');
    });

    await test.step('the administrator proposes the award to the best bid', async () => {
      const form = page.getByTestId('proposal-form');
      await searchAndChoose(page, form.getByLabel(text('awards:proposal.bid')), null, labMe.lab!.name);
      await form.getByLabel(text('awards:proposal.rationale')).fill('技术路线成熟、团队可靠性积累深厚，综合得分最高。');
      await form.getByTestId('proposal-submit').click();
      await expect(page.getByTestId('evaluation-status')).toHaveText(text('challengeStatus.AWARD_PROPOSED'));
      await expect(page.getByTestId('award-status')).toHaveText(text('awards:awardStatus.PROPOSED'));
      await expect(page.getByTestId('confirm-award')).toBeDisabled();
      await expect(page.locator('[data-testid="confirm-blocker"][data-blocker="PERIOD_RUNNING"]')).toBeVisible();
      await shot('award-proposed');
    });

    const announcements = await api.get<{ items: { id: string; challenge: { id: string }; publicityEndsAt: string }[] }>('/api/announcements');
    const announcement = announcements.items.find((item) => item.challenge.id === challengeId)!;
    const endsAt = Date.parse(announcement.publicityEndsAt);
    expect(endsAt - Date.now(), 'the harness runs a short announcement period').toBeLessThan(120_000);

    await test.step('a visitor reads the announcement', async () => {
      await api.signOut();
      await page.goto('/');
      await page.getByRole('navigation', { name: text('nav.primary') }).getByRole('link', { name: text('nav.announcements') }).click();
      await expect(page).toHaveURL(/\/announcements$/);
      const card = page.getByTestId('announcement-card').filter({ hasText: title });
      await expect(card).toContainText(labMe.lab!.name);
      await shot('announcements');
      await card.getByRole('link', { name: new RegExp(title) }).click();
      await expect(page.getByTestId('announcement-winner')).toHaveText(labMe.lab!.name);
      await expect(page.getByTestId('announcement-organization')).toHaveText(labMe.organization!.name);
      await expect(page.getByTestId('announcement-amount')).toHaveText('¥1,800,000.00');
      await expect(page.getByTestId('announcement-rationale')).toContainText('综合得分最高');
      await expect(page.getByTestId('announcement-countdown')).toBeVisible();
      await expect(page.getByTestId('announcement-scores')).toBeVisible();
      await expect(page.getByTestId('announcement-login')).toBeVisible();
      await shot('announcement-visitor');
      await page.setViewportSize({ width: 390, height: 844 });
      await shot('announcement-phone');
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    await test.step('the other lab signs in and objects', async () => {
      await signInAs(SECOND_LAB);
      await page.goto(`/announcements/${announcement.id}`);
      await page.getByTestId('objection-submit').click();
      await expect(page.getByText(text('awards:objectionForm.reasonsRequired'))).toBeVisible();
      await page.getByLabel(text('awards:objectionForm.reasons')).fill('请复核第二份方案的可靠性评分，第三位专家的评分与事实不符。');
      await page.getByTestId('objection-submit').click();
      await expect(page.getByTestId('objection-filed')).toBeVisible();
      await shot('objection-filed');
    });

    await test.step('the administrator dismisses the objection', async () => {
      await signInAs(configuredAdmin());
      await page.goto('/admin/objections');
      const row = page.getByRole('row', { name: new RegExp(title) });
      await expect(row.getByTestId('objection-status')).toHaveText(text('awards:objectionStatus.PENDING'));
      await shot('objection-queue');
      await row.getByTestId('objection-answer').click();
      const dialog = page.getByTestId('answer-dialog');
      await dialog.getByLabel(text('awards:objections.dismiss')).check();
      await dialog.getByLabel(text('awards:objections.answer')).fill('经复核，评审程序合规，非共识评分已单独决定并记录理由。');
      await shot('objection-answer', { fullPage: false });
      await dialog.getByTestId('answer-submit').click();
      await expect(dialog).toBeHidden();
      await page.getByText(text('awards:objections.filter.ALL')).click();
      await expect(page.getByRole('row', { name: new RegExp(title) }).getByTestId('objection-status')).toHaveText(text('awards:objectionStatus.DISMISSED'));
    });

    await test.step('the objector reads the answer under “My objections”', async () => {
      await signInAs(SECOND_LAB);
      await page.goto('/');
      await page.getByTestId('account-menu').click();
      await page.getByTestId('menu-myObjections').click();
      await expect(page).toHaveURL(/\/my\/objections$/);
      const objection = page.getByTestId('my-objection').filter({ hasText: title });
      await expect(objection.getByTestId('my-objection-status')).toHaveText(text('awards:objectionStatus.DISMISSED'));
      await expect(objection.getByTestId('my-objection-answer')).toContainText('评审程序合规');
      await shot('my-objections');
    });

    await test.step('once the period is over the administrator confirms the award', async () => {
      await signInAs(configuredAdmin());
      await page.goto(`/admin/challenges/${challengeId}/evaluation`);
      const confirm = page.getByTestId('confirm-award');
      await expect(page.getByTestId('award-pending')).toHaveAttribute('data-count', '0');
      if (Date.now() < endsAt - 2_000) {
        await expect(confirm).toBeDisabled();
        await expect(page.locator('[data-testid="confirm-blocker"][data-blocker="PERIOD_RUNNING"]')).toBeVisible();
        await shot('confirm-waiting');
      }
      // The one deliberate wait: the announcement period has to run out; the button enables itself.
      await expect(confirm).toBeEnabled({ timeout: Math.max(0, endsAt - Date.now()) + 15_000 });
      await shot('confirm-enabled');
      await confirm.click();
      await page.getByTestId('confirm-award-ok').click();
      await expect(page.getByTestId('evaluation-status')).toHaveText(text('challengeStatus.AWARDED'));
      await expect(page.getByTestId('award-status')).toHaveText(text('awards:awardStatus.CONFIRMED'));
      await shot('awarded');
      const publicView = await api.get<{ status: string }>(`/api/challenges/${challengeId}`);
      expect(publicView.status).toBe('AWARDED');
    });

    await test.step('the winning lab reads its own scores, reviewers anonymized', async () => {
      await signInAs('lab');
      await page.goto(`/lab/challenges/${challengeId}/bid`);
      const own = page.getByTestId('own-evaluation');
      await expect(own.getByTestId('own-evaluation-outcome')).toHaveText(text('bidStatus.AWARDED'));
      const reviews = own.getByTestId('own-evaluation-reviews');
      for (const letter of ['A', 'B', 'C']) {
        await expect(reviews).toContainText(text('awards:ownEvaluation.reviewer', { letter }));
      }
      await expect(reviews).not.toContainText(experts[0].name);
      await shot('lab-own-evaluation');
    });
  });
});
