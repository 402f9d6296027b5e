import { configuredAdmin } from './support/accounts';
import type { JiebangApi } from './support/api';
import { generateCreditCode, uniqueSuffix } from './support/data';
import { expect, test } from './support/fixtures';
import { text } from './support/i18n';

type Created = { id: string };

/** A complete challenge, submitted for review through the firm's API session. */
async function submittedChallenge(firm: JiebangApi, title: string): Promise<string> {
  const created = await firm.post<Created>('/api/challenges', {
    title,
    summary: '管理后台测试榜单。',
    description: '## 说明\n\n用于验证审核、变更与审计。',
    technicalIndicators: [{ name: '检测精度', target: '≥ 99', unit: '%' }],
    requiredCapabilities: ['机器视觉'],
    industryChain: 'ARTIFICIAL_INTELLIGENCE',
    techFields: [],
    challengeType: 'APPLICATION',
    bounty: '3000000.00',
    bidDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    deliveryMonths: 12,
    eligibility: { organizationTypes: [], regions: [] },
    ipTerms: 'JOINT',
    province: 'GD',
    city: '深圳市',
    contactName: '林雪婷',
    contactPhone: '0755-26538810',
  });
  await firm.post(`/api/challenges/${created.id}/submit`);
  return created.id;
}

test.describe('Admin console', () => {
  test('an administrator rejects with a reason, amends a published challenge, verifies an organization and checks the audit chain', async ({
    page,
    shot,
    signInAs,
    newApiSession,
  }) => {
    const suffix = uniqueSuffix();
    const firm = await newApiSession('firm');
    const rejectedTitle = `E2E 待驳回榜单 ${suffix}`;
    const amendedTitle = `E2E 待变更榜单 ${suffix}`;
    const rejectedId = await submittedChallenge(firm, rejectedTitle);
    const amendedId = await submittedChallenge(firm, amendedTitle);
    const reason = '技术指标不可考核，请补充测试条件。';

    await test.step('reject a submitted challenge with a reason', async () => {
      await signInAs(configuredAdmin());
      await page.goto('/admin/review');
      await page.getByRole('row', { name: new RegExp(rejectedTitle) }).getByTestId('review-queue-open').click();
      await page.getByTestId('action-reject').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('reject-dialog-ok').click();
      await expect(dialog.getByText(text('challenges:decisions.reasonRequired'))).toBeVisible();
      await dialog.getByTestId('reject-dialog-reason').fill(reason);
      await shot('reject-dialog', { fullPage: false });
      await dialog.getByTestId('reject-dialog-ok').click();
      await expect(page.getByTestId('challenge-status')).toHaveText(text('challengeStatus.REJECTED'));
      await expect(page.getByTestId('review-note')).toContainText(reason);
    });

    await test.step('amend a published challenge: a new bounty pushes the deadline out', async () => {
      const admin = await newApiSession(configuredAdmin());
      await admin.post(`/api/admin/challenges/${amendedId}/approve`);
      await page.goto(`/challenges/${amendedId}`);
      await page.getByTestId('action-amend').click();
      await expect(page.getByTestId('amend-rule')).toContainText(text('challenges:amend.ruleTitle'));
      await page.getByTestId('amend-reason').fill('根据发榜方申请上调榜额。');
      await page.getByLabel(text('challenges:fields.bounty')).fill('3500000');
      await expect(page.getByTestId('amend-rule')).toContainText(text('challenges:amend.termsWarningTitle'));
      await expect(page.getByTestId('amend-changed')).toContainText(text('challenges:amendments.fields.bounty'));
      await shot('amend-form');
      await page.getByTestId('amend-submit').click();
      await expect(page).toHaveURL(new RegExp(`/challenges/${amendedId}$`));
      const notices = page.getByTestId('amendment-notices');
      await expect(notices).toContainText('根据发榜方申请上调榜额。');
      await expect(page.getByTestId('challenge-bounty')).toHaveText('350万元');
      await shot('amended-challenge');
    });

    await test.step('verify a newly registered organization', async () => {
      const organization = `E2E 待认证科技有限公司 ${suffix}`;
      const newcomer = await newApiSession();
      await newcomer.post('/api/auth/register', {
        username: `e2e-org-${suffix}`,
        password: `Org-${suffix}-2026`,
        displayName: '新机构用户',
        role: 'FIRM',
        organization: { name: organization, type: 'ENTERPRISE', creditCode: generateCreditCode(), province: 'BJ', city: '北京市' },
      });
      await page.goto('/admin/organizations');
      const row = page.getByRole('row', { name: new RegExp(organization) });
      await expect(row).toBeVisible();
      await shot('organizations-unverified');
      await row.getByTestId('organization-verify').click();
      await page.getByTestId('organization-verify-confirm').click();
      await expect(page.getByRole('row', { name: new RegExp(organization) })).toHaveCount(0);
      const me = await newcomer.me();
      expect(me.organization?.verified).toBe(true);
    });

    await test.step('find the decisions in the audit log and verify the hash chain', async () => {
      await page.goto(`/admin/audit?entityId=${rejectedId}`);
      const table = page.getByTestId('audit-table');
      await expect(table.getByText('CHALLENGE_REJECTED')).toBeVisible();
      await expect(table).toContainText(reason);
      await page.getByTestId('audit-verify').click();
      await expect(page.getByTestId('audit-verification')).toContainText(/哈希链完整/);
      await shot('audit-log');
    });

    await test.step('the firm sees the rejection reason in its list', async () => {
      await signInAs('firm');
      await page.goto('/firm/challenges?status=REJECTED');
      const row = page.getByTestId('my-challenge-row').filter({ hasText: rejectedTitle });
      await expect(row.getByTestId('my-challenge-reject-reason')).toContainText(reason);
      await shot('firm-rejected');
    });
  });
});
