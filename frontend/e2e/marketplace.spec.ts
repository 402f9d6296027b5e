import type { Page } from '@playwright/test';

import { configuredAdmin } from './support/accounts';
import { uniqueSuffix } from './support/data';
import { expect, test } from './support/fixtures';
import { beijingTime, text } from './support/i18n';
import { chooseOption, searchAndChoose } from './support/pages';

/** Seconds between submitting the challenge and its bid deadline (the harness allows PT5S as the minimum). */
const BIDDING_SECONDS = Number(process.env.E2E_BIDDING_SECONDS ?? 60);

type Receipt = { bidId: string; commitment: string; submittedAt: string };

/** Picks an option of a searchable select by typing part of it (long lists are virtualized). */
async function searchOption(page: Page, label: string, option: string) {
  await searchAndChoose(page, page.getByLabel(label), option.slice(0, 2), option);
}

/** Types a Beijing time into the deadline picker and confirms it. */
async function pickDeadline(page: Page, label: string, when: Date) {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(beijingTime(when));
  await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
  await expect(input).toHaveValue(beijingTime(when));
}

test.describe('Marketplace', () => {
  test('a firm posts a challenge, an admin publishes it, a lab bids under seal and the firm opens the bid after the close', async ({
    page,
    shot,
    signInAs,
    api,
  }) => {
    test.setTimeout(BIDDING_SECONDS * 1000 + 240_000);
    const suffix = uniqueSuffix();
    const title = `E2E 车规级碳化硅器件栅氧可靠性攻关 ${suffix}`;
    let challengeId = '';
    let deadline = new Date();
    let receipt: Receipt | undefined;

    await test.step('the firm drafts a challenge in the wizard', async () => {
      await signInAs('firm');
      await page.goto('/firm/challenges');
      await expect(page.getByTestId('my-challenges')).toBeVisible();
      await shot('firm-my-challenges');
      await page.getByTestId('new-challenge').click();
      await expect(page).toHaveURL(/\/firm\/challenges\/new$/);

      await page.getByLabel(text('challenges:fields.title')).fill(title);
      await page.getByLabel(text('challenges:fields.summary')).fill('面向 800V 主驱逆变器，攻关碳化硅 MOSFET 栅氧界面态控制与阈值电压漂移抑制。');
      await chooseOption(page, text('challenges:fields.industryChain'), '集成电路');
      await chooseOption(page, text('challenges:fields.challengeType'), '卡脖子技术攻关');
      await shot('wizard-basics');
      await page.getByTestId('wizard-next').click();

      await page.getByLabel(text('challenges:indicators.rowName', { row: 1 })).fill('比导通电阻');
      await page.getByLabel(text('challenges:indicators.rowTarget', { row: 1 })).fill('≤ 2.8');
      await page.getByLabel(text('challenges:indicators.rowUnit', { row: 1 })).fill('mΩ·cm²');
      await page.getByTestId('indicator-add').click();
      await page.getByLabel(text('challenges:indicators.rowName', { row: 2 })).fill('HTGB 1000h 阈值漂移');
      await page.getByLabel(text('challenges:indicators.rowTarget', { row: 2 })).fill('≤ 0.3');
      const capabilities = page.getByLabel(text('challenges:fields.requiredCapabilities'));
      await capabilities.fill('碳化硅器件设计');
      await capabilities.press('Enter');
      await capabilities.fill('栅氧工艺，可靠性测试');
      await expect(page.getByTestId('field-requiredCapabilities')).toContainText('可靠性测试');
      await shot('wizard-requirements');
      await page.getByTestId('wizard-next').click();

      await page.getByRole('textbox', { name: text('challenges:fields.description') }).fill('## 需求背景\n\n现有产线 HTGB 后阈值漂移偏大。\n\n- 界面态密度高\n- **比导通电阻**偏大\n\n<script>alert(1)</script>');
      const preview = page.getByTestId('field-description-preview');
      await expect(preview.getByRole('heading', { name: '需求背景' })).toBeVisible();
      await expect(preview.locator('strong')).toHaveText('比导通电阻');
      await expect(preview.locator('script')).toHaveCount(0);
      await shot('wizard-description');
      await page.getByTestId('wizard-next').click();

      await page.getByLabel(text('challenges:fields.bounty')).fill('8000000');
      await expect(page.getByTestId('field-bounty-hint')).toContainText('800万元');
      await page.getByLabel(text('challenges:fields.deliveryMonths')).fill('24');
      await chooseOption(page, text('challenges:fields.ipTerms'), '双方共有');
      await searchOption(page, text('challenges:fields.province'), '浙江省');
      await page.getByLabel(text('challenges:fields.city')).fill('杭州市');
      await page.getByLabel(text('challenges:fields.contactName')).fill('林雪婷');
      await page.getByLabel(text('challenges:fields.contactPhone')).fill('0571-88886666');
      await page.getByTestId('wizard-save').click();
      await expect(page).toHaveURL(/\/firm\/challenges\/[0-9a-f-]+\/edit$/);
      challengeId = /\/firm\/challenges\/([0-9a-f-]+)\/edit/.exec(page.url())![1];
      // The edit page took over (the draft's wizard) and reopened the last step.
      await expect(page.getByTestId('challenge-wizard')).toHaveAttribute('data-challenge-id', challengeId);
      await expect(page.getByTestId('wizard-step-terms')).toBeVisible();
      await shot('wizard-terms-saved');
    });

    await test.step('submitting without a deadline shows the server error on the terms step', async () => {
      await page.getByTestId('wizard-submit').click();
      await expect(page.getByTestId('problem-alert')).toBeVisible();
      await expect(page.getByTestId('wizard-steps').locator('.ant-steps-item-error')).toHaveCount(1);
      await expect(page.locator('#bidDeadline_help, [id$="bidDeadline_help"]').first()).toBeVisible();
      await shot('wizard-submit-error');
    });

    await test.step('with a deadline a minute away the firm submits it for review', async () => {
      deadline = new Date(Date.now() + BIDDING_SECONDS * 1000);
      deadline.setMilliseconds(0);
      await pickDeadline(page, text('challenges:fields.bidDeadline'), deadline);
      await page.getByTestId('wizard-submit').click();
      await expect(page).toHaveURL(new RegExp(`/challenges/${challengeId}$`));
      await expect(page.getByTestId('challenge-status')).toHaveText(text('challengeStatus.SUBMITTED'));
      await expect(page.getByTestId('review-info')).toBeVisible();
      await shot('firm-submitted');
    });

    await test.step('the administrator approves it from the review queue', async () => {
      await signInAs(configuredAdmin());
      await page.goto('/admin');
      await expect(page).toHaveURL(/\/admin\/review$/);
      const row = page.getByRole('row', { name: new RegExp(title) });
      await expect(row).toBeVisible();
      await shot('admin-review-queue');
      await row.getByTestId('review-queue-open').click();
      await expect(page.getByTestId('challenge-title')).toHaveText(title);
      await page.getByTestId('action-approve').click();
      await page.getByTestId('approve-confirm').click();
      await expect(page.getByTestId('challenge-status')).toHaveText(text('challengeStatus.PUBLISHED'));
      await shot('admin-approved');
    });

    await test.step('a lab finds the challenge and submits a sealed bid', async () => {
      await signInAs('lab');
      await page.goto(`/challenges?q=${encodeURIComponent(suffix)}`);
      const card = page.getByTestId('challenge-card').filter({ hasText: title });
      await expect(card).toBeVisible();
      await expect(card).toContainText('800万元');
      await shot('lab-finds-challenge');
      await card.getByRole('link', { name: title }).click();
      await expect(page.getByTestId('challenge-contact')).toContainText('0571-88886666');
      await expect(page.getByTestId('challenge-description').getByRole('heading', { name: '需求背景' })).toBeVisible();
      await page.getByTestId('action-bid').click();
      await expect(page).toHaveURL(new RegExp(`/lab/challenges/${challengeId}/bid$`));

      await page.getByLabel(text('bids:fields.summary')).fill('以沟槽栅与界面氮化钝化工艺协同优化，兼顾比导通电阻与栅氧可靠性。');
      await page.getByLabel(text('bids:fields.quotedAmount'), { exact: true }).fill('7500000');
      await expect(page.getByTestId('bid-quoted-amount-hint')).toContainText('750万元');
      await page.getByLabel(text('bids:fields.deliveryMonths')).fill('20');
      await page.getByTestId('bid-approach').fill('## 技术路线\n\n1. 界面氮化钝化\n2. 沟槽栅元胞优化');
      await page.getByLabel(text('bids:team.rowName', { row: 1 })).fill('周启航');
      await page.getByLabel(text('bids:team.rowTitle', { row: 1 })).fill('教授');
      await page.getByLabel(text('bids:team.rowRole', { row: 1 })).fill('项目负责人');
      await page.getByLabel(text('bids:plan.rowTitle', { row: 1 })).fill('工艺开发');
      await page.getByLabel(text('bids:plan.rowDeliverable', { row: 1 })).fill('工艺流程与样片');
      await page.getByLabel(text('bids:plan.rowDue', { row: 1 })).fill('8');
      await page.getByLabel(text('bids:plan.rowPercent', { row: 1 })).fill('40');
      await expect(page.getByTestId('plan-total')).toHaveAttribute('data-exact', 'false');
      await page.getByTestId('milestone-add').click();
      await page.getByLabel(text('bids:plan.rowTitle', { row: 2 })).fill('可靠性考核与验收');
      await page.getByLabel(text('bids:plan.rowDeliverable', { row: 2 })).fill('AEC-Q101 考核报告');
      await page.getByLabel(text('bids:plan.rowDue', { row: 2 })).fill('20');
      await page.getByLabel(text('bids:plan.rowPercent', { row: 2 })).fill('60');
      await expect(page.getByTestId('plan-total')).toHaveAttribute('data-exact', 'true');
      await page.getByLabel(text('bids:fields.conflictDeclaration')).fill('本团队与发榜单位不存在利益冲突。');
      await page.getByRole('checkbox', { name: text('bids:fields.conflictAffirmed') }).check();
      await shot('lab-bid-filled');
      await page.getByTestId('bid-submit').click();

      await expect(page.getByTestId('bid-receipt')).toBeVisible();
      await expect(page.getByTestId('bid-status')).toHaveText(text('bidStatus.SUBMITTED'));
      const commitment = (await page.getByTestId('receipt-commitment').innerText()).trim();
      expect(commitment).toMatch(/^[0-9a-f]{64}$/);
      const mine = await api.get<{ id: string; challenge: { id: string } }[]>('/api/my/bids');
      const bidId = mine.find((bid) => bid.challenge.id === challengeId)!.id;
      receipt = await api.get<Receipt>(`/api/bids/${bidId}/receipt`);
      expect(receipt.commitment).toBe(commitment);
      await shot('lab-bid-receipt');
      expect(Date.now(), 'the bid went in before the deadline').toBeLessThan(deadline.getTime());
    });

    await test.step('the lab sees the bid in its list with the receipt', async () => {
      await page.goto('/lab/bids');
      const row = page.getByTestId('my-bid-row').filter({ hasText: title });
      await expect(row).toBeVisible();
      await page.getByRole('row', { name: new RegExp(title) }).getByTestId('my-bid-receipt').click();
      await expect(page.getByRole('dialog').getByTestId('receipt-commitment')).toContainText(receipt!.commitment);
      await shot('lab-my-bids-receipt', { fullPage: false });
      await page.keyboard.press('Escape');
    });

    await test.step('after the deadline the challenge closes', async () => {
      // The one deliberate wait: the bidding period has to run out.
      const remaining = deadline.getTime() - Date.now();
      if (remaining > 0) {
        await page.waitForTimeout(remaining + 500);
      }
      await expect(async () => {
        await page.goto(`/challenges/${challengeId}`);
        await expect(page.getByTestId('challenge-status')).toHaveText(text('challengeStatus.CLOSED'), { timeout: 2_000 });
      }).toPass({ timeout: 60_000, intervals: [1_000, 2_000, 3_000] });
      await expect(page.getByTestId('challenge-bid-count')).toHaveText('1');
      await shot('challenge-closed');
    });

    await test.step('the firm opens the bid on its bids page and verifies the receipt', async () => {
      await signInAs('firm');
      await page.goto(`/challenges/${challengeId}`);
      await page.getByTestId('action-view-bids').click();
      await expect(page).toHaveURL(new RegExp(`/firm/challenges/${challengeId}/bids$`));
      const bid = page.getByTestId('opened-bid');
      await expect(bid).toHaveCount(1);
      await expect(bid.getByTestId('opened-bid-amount')).toHaveText('¥7,500,000.00');
      await expect(bid.getByTestId('opened-bid-plan')).toContainText('可靠性考核与验收');
      await expect(bid).toContainText(receipt!.commitment);
      await bid.getByTestId('opened-bid-verify').click();
      await expect(bid.getByTestId('opened-bid-verification')).toContainText(text('bids:opened.matches'));
      await shot('firm-opened-bids');
    });

    await test.step('the firm was notified along the way', async () => {
      await page.getByTestId('notification-bell').click();
      const panel = page.getByTestId('notification-panel');
      await expect(panel.getByTestId('notification-item').filter({ hasText: title }).first()).toBeVisible();
      await expect(panel.getByTestId('notification-item').filter({ hasText: text('notifications:kinds.CHALLENGE_APPROVED', { subject: `《${title}》` }) })).toBeVisible();
      await shot('firm-notifications', { fullPage: false });
    });
  });

  test('the bell counts and shows a notification the moment it arrives', async ({ page, shot, signInAs, newApiSession }) => {
    const suffix = uniqueSuffix();
    const title = `E2E 实时通知测试榜单 ${suffix}`;
    await signInAs('firm');
    await page.goto('/firm/challenges');
    const bell = page.getByTestId('notification-bell');
    await expect(bell).toHaveAttribute('data-unread', /^\d+$/);
    const before = Number(await bell.getAttribute('data-unread'));
    const unread = (count: number) => text('notifications:bellLabel', { count });

    // The firm's colleague (another session) submits a complete challenge; an administrator approves it.
    const firm = await newApiSession('firm');
    const created = await firm.post<{ id: string; review: { version: number } }>('/api/challenges', {
      title,
      summary: '实时通知测试。',
      description: '## 说明\n\n用于验证通知推送。',
      technicalIndicators: [{ name: '响应时间', target: '≤ 1', unit: 's' }],
      requiredCapabilities: ['实时通信'],
      industryChain: 'ARTIFICIAL_INTELLIGENCE',
      techFields: [],
      challengeType: 'APPLICATION',
      bounty: '500000.00',
      bidDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      deliveryMonths: 6,
      eligibility: { organizationTypes: [], regions: [] },
      ipTerms: 'NEGOTIABLE',
      province: 'ZJ',
      city: '杭州市',
      contactName: '林雪婷',
      contactEmail: 'contact@example.com',
    });
    await firm.post(`/api/challenges/${created.id}/submit`);
    const admin = await newApiSession(configuredAdmin());
    await admin.post(`/api/admin/challenges/${created.id}/approve`);

    // No reload: the Server-Sent Event moves the count and pops up a toast.
    await expect(bell).toHaveAttribute('aria-label', unread(before + 1));
    const toast = page.locator('.ant-notification-notice').filter({ hasText: title });
    await expect(toast).toContainText(text('notifications:kinds.CHALLENGE_APPROVED', { subject: `《${title}》` }));
    await shot('live-notification', { fullPage: false });

    await bell.click();
    const item = page.getByTestId('notification-item').filter({ hasText: title });
    await expect(item).toHaveClass(/is-unread/);
    await item.click();
    await expect(page).toHaveURL(new RegExp(`/challenges/${created.id}$`));
    await expect(bell).toHaveAttribute('aria-label', unread(before));
  });
});

