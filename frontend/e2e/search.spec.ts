import type { Locator, Page } from '@playwright/test';

import { configuredAdmin } from './support/accounts';
import { expect, test } from './support/fixtures';
import { text } from './support/i18n';

/** The demo firm's (耀芯半导体) published SiC challenge (seeds/demo/challenges.json: ch-sic-mosfet-gate-oxide). */
const DEMO_SIC_TITLE = '车规级1200V碳化硅MOSFET栅氧可靠性';

type Summary = { id: string; title: string; status: string; open: boolean };

/** The result count the search page shows, read from its data attribute once the results arrived. */
async function resultTotal(page: Page): Promise<number> {
  const total = page.getByTestId('search-total');
  await expect(total).toHaveAttribute('data-total', /\d+/);
  return Number(await total.getAttribute('data-total'));
}

/** A facet value (of any facet: chain, type, region, status) with results that narrows the current result. */
async function narrowingValue(page: Page, total: number): Promise<{ group: string; testId: string; value: string; count: number }> {
  for (const group of ['chain', 'type', 'region', 'status']) {
    const values = page.getByTestId(`facet-${group}`).locator('input[type="checkbox"]');
    await expect(values.first()).toBeAttached();
    for (let index = 0; index < (await values.count()); index += 1) {
      const count = Number(await values.nth(index).getAttribute('data-count'));
      const testId = (await values.nth(index).getAttribute('data-testid')) ?? '';
      if (count > 0 && count < total) {
        return { group, testId, value: testId.replace(`facet-${group}-`, ''), count };
      }
    }
  }
  throw new Error(`No facet value narrows the ${total} results`);
}

/** Ticks or unticks an Ant Design checkbox through its label (the input itself is styled away). */
async function toggle(page: Page, testId: string) {
  await page.locator('label', { has: page.getByTestId(testId) }).click();
}

/** An explanation shows chips (shared tags or matched terms) and a bar per factor. */
async function expectExplained(item: Locator) {
  const why = item.getByTestId('match-explanation');
  await expect(why).toContainText(text('search:match.why'));
  await expect(why.locator('[data-testid="match-tag"], [data-testid="match-term"]').first()).toBeVisible();
  await expect(why.getByTestId('match-factor').first()).toBeVisible();
  await expect(why.getByTestId('match-factor').first().getByRole('progressbar')).toBeVisible();
}

test.describe('Search and matching', () => {
  test('a visitor searches for 碳化硅, narrows by a facet kept in the URL and opens a result', async ({ page, shot }) => {
    await test.step('the main navigation leads to the search page', async () => {
      await page.goto('/');
      await page.getByRole('navigation', { name: text('nav.primary') }).getByRole('link', { name: text('nav.search') }).click();
      await expect(page).toHaveURL(/\/search$/);
      await expect(page.getByTestId('search-page')).toBeVisible();
    });

    const box = page.getByRole('searchbox', { name: text('search:box.label') });
    let total = 0;
    await test.step('the query finds the SiC challenges with the matched words marked', async () => {
      await box.fill('碳化硅');
      await box.press('Enter');
      await expect(page).toHaveURL(/[?&]q=%E7%A2%B3%E5%8C%96%E7%A1%85/);
      // Marked words appear only once the results of this query replaced the unfiltered list.
      await expect(page.getByTestId('search-results').locator('mark.search-hit').first()).toBeVisible();
      const results = page.getByTestId('search-result');
      await expect(results.first()).toBeVisible();
      total = await resultTotal(page);
      expect(total).toBeGreaterThan(1);
      await expect(results).toHaveCount(Math.min(total, 10));
      await shot('search-results');
    });

    let chosen = { group: '', testId: '', value: '', count: 0 };
    await test.step('ticking a facet value narrows the result and puts the facet into the URL', async () => {
      chosen = await narrowingValue(page, total);
      await toggle(page, chosen.testId);
      await expect(page.getByTestId(chosen.testId)).toBeChecked();
      await expect(page.getByTestId('search-total')).toHaveAttribute('data-total', String(chosen.count));
      await expect(page.getByTestId('search-result')).toHaveCount(Math.min(chosen.count, 10));
      const url = new URL(page.url());
      expect(url.searchParams.get('q')).toBe('碳化硅');
      expect(url.searchParams.getAll(chosen.group)).toEqual([chosen.value]);
      await shot('search-facet');
    });

    await test.step('a reload keeps the query and the facet; the back button undoes the facet', async () => {
      await page.reload();
      await expect(box).toHaveValue('碳化硅');
      await expect(page.getByTestId(chosen.testId)).toBeChecked();
      await expect(page.getByTestId('search-total')).toHaveAttribute('data-total', String(chosen.count));
      await page.goBack();
      await expect(page).not.toHaveURL(new RegExp(`[?&]${chosen.group}=`));
      await expect(page.getByTestId(chosen.testId)).not.toBeChecked();
      await expect(page.getByTestId('search-total')).toHaveAttribute('data-total', String(total));
      await page.goForward();
      await expect(page.getByTestId(chosen.testId)).toBeChecked();
    });

    await test.step('a result opens the challenge page', async () => {
      const first = page.getByTestId('search-result').first();
      const id = await first.getAttribute('data-challenge-id');
      await first.getByTestId('search-result-link').click();
      await expect(page).toHaveURL(new RegExp(`/challenges/${id}$`));
      await expect(page.getByTestId('challenge-title')).toBeVisible();
      // The public sees no recommended labs.
      await expect(page.getByTestId('recommended-labs')).toHaveCount(0);
    });
  });

  test('the firm sees recommended labs with reasons on its published challenge and can invite one', async ({ page, shot, api, signInAs }) => {
    await signInAs('firm');
    const mine = await api.get<{ items: Summary[] }>('/api/my/challenges', { params: { status: 'PUBLISHED', size: 100 } });
    const challenge = mine.items.find((item) => item.title.includes(DEMO_SIC_TITLE));
    expect(challenge, `demo-firm has the published challenge “${DEMO_SIC_TITLE}”`).toBeDefined();
    const panel = page.getByTestId('recommended-labs');

    await test.step('the panel lists labs, each with score, chips and factor bars', async () => {
      await page.goto(`/challenges/${challenge!.id}`);
      await expect(page.getByTestId('challenge-title')).toContainText(DEMO_SIC_TITLE);
      await expect(panel).toBeVisible();
      await expect(panel).toContainText(text('search:recommendedLabs.title'));
      const first = panel.getByTestId('recommended-lab').first();
      await expect(first).toBeVisible();
      await expect(first.getByTestId('match-score')).toHaveText(/\d\.\d\d/);
      await expectExplained(first);
      await first.scrollIntoViewIfNeeded();
      await shot('firm-recommended-labs');
    });

    if (challenge!.open) {
      await test.step('the invitation dialog opens for a recommended lab', async () => {
        const first = panel.getByTestId('recommended-lab').first();
        const labName = (await first.locator('.match-item-title').innerText()).trim();
        await first.getByTestId('invite-button').click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expect(page.getByRole('dialog')).toContainText(labName);
        await shot('firm-invite-dialog', { fullPage: false });
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toHaveCount(0);
      });
    }

    await test.step('signed out, the same page shows no recommendations', async () => {
      await api.signOut();
      await page.reload();
      await expect(page.getByTestId('challenge-title')).toContainText(DEMO_SIC_TITLE);
      await expect(panel).toHaveCount(0);
    });
  });

  test('a lab opens the challenges recommended for it from its menu', async ({ page, shot, signInAs }) => {
    await signInAs('lab');
    await page.goto('/');
    const home = page.getByTestId('home-recommendations');
    await expect(home).toBeVisible();
    await expect(home.getByTestId('recommendation').first()).toBeVisible();

    // The dropdown may still be animating in while the home panels load: retry opening it until it navigates.
    await expect(async () => {
      await page.getByTestId('account-menu').click();
      await page.getByTestId('menu-recommendations').click({ timeout: 3_000 });
      await expect(page).toHaveURL(/\/lab\/recommendations$/, { timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
    await expect(page.getByRole('heading', { name: text('search:recommendations.title') })).toBeVisible();
    const first = page.getByTestId('recommendation').first();
    await expect(first).toBeVisible();
    await expect(first.getByTestId('match-score')).toHaveText(/\d\.\d\d/);
    await expectExplained(first);
    await shot('lab-recommendations');

    const id = await first.getAttribute('data-challenge-id');
    await first.getByTestId('recommendation-link').click();
    await expect(page).toHaveURL(new RegExp(`/challenges/${id}$`));
    await expect(page.getByTestId('challenge-title')).toBeVisible();
  });

  test('an administrator rebuilds the search index and follows its progress', async ({ page, shot, signInAs }) => {
    test.setTimeout(180_000);
    await signInAs(configuredAdmin());
    await page.goto('/admin');
    await page.getByTestId('admin-tab-search').click();
    await expect(page).toHaveURL(/\/admin\/search$/);
    const admin = page.getByTestId('search-index-admin');
    await expect(admin).toBeVisible();
    await expect(page.getByTestId('search-documents-challenges')).toContainText(/[1-9]/);
    await shot('admin-search-index');

    await page.getByTestId('search-rebuild-button').click();
    await expect(page.getByRole('tooltip')).toContainText(text('search:admin.confirmTitle'));
    await page.getByRole('tooltip').getByRole('button', { name: text('search:admin.rebuild') }).click();
    // The server accepted it (202): a rebuild shown from before cannot pass for this one.
    await expect(page.getByText(text('search:admin.started'))).toBeVisible();
    const rebuild = page.getByTestId('search-rebuild');
    await expect(rebuild).toBeVisible();
    // The page polls the status until the rebuild is over.
    await expect(rebuild).toHaveAttribute('data-running', 'false', { timeout: 120_000 });
    await expect(page.getByTestId('search-rebuild-error')).toHaveCount(0);
    await expect(rebuild.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    await expect(admin).toHaveAttribute('data-state', 'READY');
    await expect(page.getByTestId('search-documents-challenges')).toContainText(/[1-9]/);
    await shot('admin-search-rebuilt');

    // The rebuilt index answers searches.
    await page.goto('/search?q=%E7%A2%B3%E5%8C%96%E7%A1%85');
    expect(await resultTotal(page)).toBeGreaterThan(0);
  });
});
