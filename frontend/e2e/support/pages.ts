import { expect, type Locator, type Page } from '@playwright/test';

/** Interactions with the app shell that many tests share. */

export async function switchLanguage(page: Page, language: 'zh-CN' | 'en') {
  const toggle = page.getByTestId('language-switch').first();
  if ((await page.locator('html').getAttribute('lang')) !== language) {
    await toggle.click();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Opens the account menu in the header and signs out through it. */
export async function signOutThroughMenu(page: Page) {
  // Retried until the header shows the login button: a click while the menu is still opening can be lost.
  await expect(async () => {
    if (await page.getByTestId('header-login').isVisible()) return;
    const item = page.getByRole('menuitem', { name: /退出登录|Sign out/ });
    if (!(await item.isVisible())) await page.getByTestId('account-menu').click();
    await item.click({ timeout: 3_000 });
    await expect(page.getByTestId('header-login')).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
}

/** Fills the login form and waits until the header shows the account menu. */
export async function signInThroughForm(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('account-menu')).toBeVisible();
}

/** Chooses FIRM or LAB on the registration form (the radio input itself is visually hidden). */
export async function chooseRole(page: Page, role: 'FIRM' | 'LAB') {
  await page.locator('label', { has: page.getByTestId(`role-${role}`) }).click();
  await expect(page.getByTestId(`role-${role}`)).toBeChecked();
}

/** Picks an option of an Ant Design Select identified by its form label. */
export async function chooseOption(page: Page, label: string | RegExp, option: string | RegExp) {
  await searchAndChoose(page, page.getByLabel(label), null, option);
}

/**
 * Types into the search box of an Ant Design Select (single or multiple; `typed` null types nothing) and picks
 * the option showing `option`.
 * Retried until the select shows the option as chosen: the options may still be loading or re-rendering when a
 * click lands. An option already chosen is not clicked again (that would unselect it in a multiple select).
 */
export async function searchAndChoose(page: Page, input: Locator, typed: string | null, option: string | RegExp) {
  const select = input.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
  await expect(async () => {
    if (await chosen(select, option)) return;
    await input.click();
    if (typed !== null) await input.fill(typed);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click({ timeout: 3_000 });
    await expect(select).toContainText(option, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

async function chosen(select: Locator, option: string | RegExp): Promise<boolean> {
  const shown = (await select.textContent()) ?? '';
  return typeof option === 'string' ? shown.includes(option) : option.test(shown);
}

/** The number shown in a statistic card of the home page (data-testid stat-<key>). */
export async function statValue(page: Page, key: string): Promise<number> {
  const value = page.getByTestId(`stat-${key}`).locator('.ant-statistic-content-value');
  await expect(value).toHaveText(/\d/);
  return Number((await value.innerText()).replace(/[^\d.]/g, ''));
}
