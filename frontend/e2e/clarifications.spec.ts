import crypto from 'node:crypto';
import fs from 'node:fs';

import { configuredAdmin } from './support/accounts';
import { bidBody, publishChallenge, smallPdf } from './support/challenges';
import { uniqueSuffix } from './support/data';
import { expect, test } from './support/fixtures';
import { text } from './support/i18n';
import { searchAndChoose } from './support/pages';

/** Seconds from publication to the bid deadline: the Q&A and the bid with its file happen in between. */
const BIDDING_SECONDS = Number(process.env.E2E_QA_BIDDING_SECONDS ?? 75);

test.describe('Clarifications and bid files', () => {
  test('a lab asks, the firm answers publicly, the lab bids with a PDF and the firm downloads it after the close', async ({
    page,
    shot,
    api,
    signInAs,
    newApiSession,
  }) => {
    test.setTimeout(BIDDING_SECONDS * 1000 + 180_000);
    const suffix = uniqueSuffix();
    const title = `E2E 答疑与附件：SiC 栅氧可靠性 ${suffix}`;
    const question = `HTGB 考核是否按 AEC-Q101 的 175℃ 条件执行？（${suffix}）`;
    const answer = '按 AEC-Q101 执行，结温 175℃，时长 1000 小时。';
    const pdf = smallPdf(`Jiebang ${suffix}`);
    const pdfName = `技术方案-${suffix}.pdf`;
    const pdfSha256 = crypto.createHash('sha256').update(pdf).digest('hex');

    const firm = await newApiSession('firm');
    const admin = await newApiSession(configuredAdmin());
    const lab = await newApiSession('lab');
    const deadline = new Date(Date.now() + BIDDING_SECONDS * 1000);
    const challengeId = await publishChallenge(firm, admin, title, deadline);
    // The lab's bid starts as a complete draft; the browser adds the file and submits it.
    await lab.post(`/api/challenges/${challengeId}/bids`, bidBody('界面氮化钝化与沟槽栅协同优化。', '4500000.00'));
    const qa = page.getByTestId('clarifications');

    await test.step('a lab asks a question on the open challenge', async () => {
      await signInAs('lab');
      await page.goto(`/challenges/${challengeId}`);
      await expect(page.getByTestId('challenge-title')).toHaveText(title);
      await expect(qa.getByTestId('clarifications-empty')).toBeVisible();
      await qa.getByLabel(text('clarifications:ask.label')).fill(question);
      await qa.getByTestId('clarification-ask-submit').click();
      const mine = qa.getByTestId('clarification-item').filter({ hasText: question });
      await expect(mine.getByTestId('clarification-mine')).toBeVisible();
      await expect(mine.getByTestId('clarification-pending')).toBeVisible();
      await page.getByTestId('follow-button').click();
      await expect(page.getByTestId('follow-button')).toHaveAttribute('data-following', 'true');
      await shot('lab-asked');
    });

    await test.step('an unanswered question is not public', async () => {
      const visitor = await newApiSession();
      const visible = await visitor.get<{ question: string }[]>(`/api/challenges/${challengeId}/clarifications`);
      expect(visible.map((item) => item.question)).not.toContain(question);
    });

    await test.step('the firm answers it on its challenge page', async () => {
      await signInAs('firm');
      await page.goto(`/challenges/${challengeId}`);
      await expect(qa.getByTestId('clarifications-unanswered')).toBeVisible();
      const item = qa.getByTestId('clarification-item').filter({ hasText: question });
      await expect(item.getByTestId('clarification-mine')).toHaveCount(0);
      await item.getByTestId('clarification-answer-open').click();
      await expect(item.getByTestId('clarification-changes-terms')).toHaveCount(0);
      await item.getByTestId('clarification-answer-input').fill(answer);
      await shot('firm-answering');
      await item.getByTestId('clarification-answer-submit').click();
      await expect(item.getByTestId('clarification-answer')).toHaveText(answer);
      await expect(page.getByTestId('challenge-invitations')).toBeVisible();
    });

    await test.step('anyone sees the question and answer, without who asked', async () => {
      await api.signOut();
      await page.goto(`/challenges/${challengeId}`);
      const item = qa.getByTestId('clarification-item').filter({ hasText: question });
      await expect(item.getByTestId('clarification-answer')).toHaveText(answer);
      await expect(item.getByTestId('clarification-mine')).toHaveCount(0);
      const labName = (await lab.me()).lab!.name;
      await expect(qa).not.toContainText(labName);
      await expect(qa).not.toContainText('demo-lab');
      await shot('public-answer');
      await page.setViewportSize({ width: 390, height: 844 });
      await qa.scrollIntoViewIfNeeded();
      await shot('public-answer-phone');
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    await test.step('the lab uploads a PDF with its bid and submits it', async () => {
      await signInAs('lab');
      await page.goto(`/lab/challenges/${challengeId}/bid`);
      const files = page.getByTestId('bid-files');
      await expect(files).toContainText(text('attachments:bid.sealedTitle'));
      const input = page.getByTestId('bid-attachments-dropzone').locator('input[type="file"]');

      // The browser refuses what the server would refuse, without sending it.
      await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a document') });
      await expect(page.getByTestId('upload-item-error')).toHaveText(text('attachments:checks.typeUnsupported', { extension: 'txt' }));
      await page.getByTestId('upload-item-dismiss').click();

      await input.setInputFiles({ name: pdfName, mimeType: 'application/pdf', buffer: pdf });
      const item = page.getByTestId('bid-attachments-list').getByTestId('attachment-item');
      await expect(item).toHaveCount(1);
      await expect(item.getByTestId('attachment-name')).toHaveText(pdfName);
      await expect(item.getByTestId('attachment-sha256')).toHaveAttribute('data-sha256', pdfSha256);
      await expect(item.getByTestId('attachment-type')).toHaveText(text('attachments:types.pdf'));
      await shot('lab-bid-file');

      await page.getByTestId('bid-submit').click();
      await expect(page.getByTestId('bid-receipt')).toBeVisible();
      await expect(page.getByTestId('bid-status')).toHaveText(text('bidStatus.SUBMITTED'));
      await expect(page.getByTestId('bid-files-renews')).toBeVisible();
      await shot('lab-bid-submitted');
      expect(Date.now(), 'the bid went in before the deadline').toBeLessThan(deadline.getTime());
    });

    await test.step('the followed challenge is in the lab workspace', async () => {
      await page.goto('/lab/follows');
      await expect(page.getByTestId('followed-row').filter({ hasText: title })).toBeVisible();
    });

    await test.step('after the deadline the firm opens the bid and downloads its file', async () => {
      const remaining = deadline.getTime() - Date.now();
      if (remaining > 0) {
        await page.waitForTimeout(remaining + 500);
      }
      await expect
        .poll(async () => (await firm.get<{ status: string }>(`/api/challenges/${challengeId}`)).status, { timeout: 60_000, intervals: [1_000] })
        .toBe('CLOSED');

      await signInAs('firm');
      await page.goto(`/firm/challenges/${challengeId}/bids`);
      const bid = page.getByTestId('opened-bid');
      await expect(bid).toHaveCount(1);
      const file = bid.getByTestId('opened-bid-attachments-list').getByTestId('attachment-item');
      await expect(file.getByTestId('attachment-name')).toHaveText(pdfName);
      await expect(file.getByTestId('attachment-sha256')).toHaveAttribute('data-sha256', pdfSha256);
      await shot('firm-bid-files');

      const [download] = await Promise.all([page.waitForEvent('download'), file.getByTestId('attachment-download').click()]);
      expect(download.suggestedFilename()).toBe(pdfName);
      const saved = await download.path();
      expect(crypto.createHash('sha256').update(fs.readFileSync(saved)).digest('hex')).toBe(pdfSha256);

      // The opened bid still matches its receipt, file included.
      await bid.getByTestId('opened-bid-verify').click();
      await expect(bid.getByTestId('opened-bid-verification')).toContainText(text('bids:opened.matches'));
    });
  });

  test('a firm invites a lab from its profile and the lab finds the invitation in its workspace', async ({ page, shot, signInAs, newApiSession }) => {
    const suffix = uniqueSuffix();
    const title = `E2E 邀请揭榜：车规级功率模块封装 ${suffix}`;
    const note = `贵团队在功率模块封装方面的积累与本榜单契合，欢迎揭榜。${suffix}`;
    const firm = await newApiSession('firm');
    const admin = await newApiSession(configuredAdmin());
    const lab = (await (await newApiSession('lab')).me()).lab!;
    const challengeId = await publishChallenge(firm, admin, title, new Date(Date.now() + 30 * 86_400_000));

    await test.step('the firm invites the lab from the lab’s page', async () => {
      await signInAs('firm');
      await page.goto(`/labs/${lab.id}`);
      await expect(page.getByTestId('lab-name')).toHaveText(lab.name);
      await page.getByTestId('invite-button').click();
      const dialog = page.getByTestId('invite-dialog');
      await expect(dialog).toContainText(text('invitations:dialog.explanation'));
      const select = dialog.getByLabel(text('invitations:dialog.challenge'));
      await searchAndChoose(page, select, suffix, title);
      await dialog.getByTestId('invite-message').fill(note);
      await shot('firm-invite-dialog', { fullPage: false });
      await dialog.getByTestId('invite-send').click();
      await expect(page.getByText(text('invitations:dialog.done', { lab: lab.name, title }))).toBeVisible();

      await page.goto(`/challenges/${challengeId}`);
      await expect(page.getByTestId('challenge-invitation').filter({ hasText: lab.name })).toContainText(note);
    });

    await test.step('the lab sees the invitation with the firm’s note and goes to bid', async () => {
      await signInAs('lab');
      await page.goto('/lab/invitations');
      const row = page.getByTestId('my-invitation-row').filter({ hasText: title });
      await expect(row).toBeVisible();
      await expect(page.getByRole('row', { name: new RegExp(suffix) })).toContainText(note);
      await shot('lab-invitations');
      await page.setViewportSize({ width: 390, height: 844 });
      await shot('lab-invitations-phone');
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByRole('row', { name: new RegExp(suffix) }).getByTestId('my-invitation-bid').click();
      await expect(page).toHaveURL(new RegExp(`/lab/challenges/${challengeId}/bid$`));
      await expect(page.getByTestId('bid-files')).toBeVisible();
    });
  });
});
