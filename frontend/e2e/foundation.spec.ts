import { generateCreditCode, uniqueSuffix } from './support/data';
import { expect, test } from './support/fixtures';
import { chooseOption, chooseRole, signInThroughForm, signOutThroughMenu, statValue, switchLanguage } from './support/pages';

test.describe('Foundation', () => {
  test('a lab registers, signs out and in, switches language and sees the live figures', async ({ page, shot, api }) => {
    const suffix = uniqueSuffix();
    const account = {
      username: `e2e-lab-${suffix}`,
      password: `Lab-${suffix}-2026`,
      displayName: `测试研究员${suffix.slice(-4)}`,
      organization: `E2E 测试大学 ${suffix}`,
      lab: `E2E 智能材料实验室 ${suffix}`,
      creditCode: generateCreditCode('12'),
    };

    await test.step('register a LAB account with a new organization', async () => {
      await page.goto('/');
      await expect(page.getByTestId('hero-slogan')).toHaveText('政府搭台、企业出题、揭榜挂帅、成果共享');
      await shot('home-visitor');
      await page.getByTestId('header-register').click();
      await expect(page).toHaveURL(/\/register/);

      await chooseRole(page, 'LAB');
      await page.getByLabel('机构名称').fill(account.organization);
      await chooseOption(page, '机构类型', '高等院校');
      await page.getByLabel('统一社会信用代码').fill(account.creditCode);
      await chooseOption(page, '所在省份', '北京市');
      await page.getByLabel('所在城市').fill('北京');
      await page.getByLabel('团队名称').fill(account.lab);
      await page.getByLabel('用户名').fill(account.username);
      await page.getByLabel('显示名称').fill(account.displayName);
      await page.getByLabel('电子邮箱').fill(`${account.username}@example.edu.cn`);
      await page.getByLabel('密码', { exact: true }).fill(account.password);
      await page.getByLabel('确认密码').fill(account.password);
      await shot('register-filled');
      await page.getByTestId('register-submit').click();

      await expect(page).toHaveURL(/\/account$/);
      await expect(page.getByTestId('account-username')).toHaveText(account.username);
      await expect(page.getByTestId('organization-name')).toHaveText(account.organization);
      await expect(page.getByTestId('organization-unverified')).toBeVisible();
      await expect(page.getByTestId('lab-name')).toHaveText(account.lab);
      await expect(page.getByTestId('lab-invitation-code')).toContainText(/[A-Z0-9]{6,}/);
      await expect(page.getByTestId('role-tag').first()).toHaveText('揭榜方');
      await shot('account-after-registration');

      const me = await api.me();
      expect(me).toMatchObject({ username: account.username, role: 'LAB', organization: { verified: false } });
    });

    await test.step('sign out through the account menu', async () => {
      await signOutThroughMenu(page);
      await expect(page).toHaveURL(/\/$/);
      await shot('signed-out');
      await page.goto('/account');
      await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount$/);
    });

    await test.step('sign in again and land where the user wanted to go', async () => {
      await page.getByLabel('用户名').fill(account.username);
      await page.getByLabel('密码').fill(account.password);
      await page.getByTestId('login-submit').click();
      await expect(page).toHaveURL(/\/account$/);
      await expect(page.getByTestId('account-menu')).toContainText(account.displayName);
      await shot('signed-in');
    });

    await test.step('switch to English and back; the choice survives a reload', async () => {
      await page.goto('/');
      await switchLanguage(page, 'en');
      await expect(page.getByRole('navigation').getByRole('link', { name: 'Challenges' })).toBeVisible();
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('navigation').getByRole('link', { name: 'Home' })).toBeVisible();
      await shot('home-english');
      await switchLanguage(page, 'zh-CN');
      await expect(page.getByRole('navigation').getByRole('link', { name: '榜单大厅' })).toBeVisible();
    });

    await test.step('see the live figures of the demo data on the home page', async () => {
      await expect(page.getByTestId('public-stats')).toBeVisible();
      expect(await statValue(page, 'publishedChallenges')).toBeGreaterThan(0);
      expect(await statValue(page, 'labs')).toBeGreaterThan(0);
      expect(await statValue(page, 'organizations')).toBeGreaterThan(0);
      await expect(page.getByTestId('stat-openBounty')).toContainText(/万元|亿元|¥/);
      await shot('home-figures');
    });
  });

  test('a demo account signs in through the API and sees its organization', async ({ page, signInAs, shot }) => {
    const me = await signInAs('firm');
    expect(me.role).toBe('FIRM');

    await page.goto('/account');
    await expect(page.getByTestId('account-username')).toHaveText('demo-firm');
    await expect(page.getByTestId('organization-verified')).toBeVisible();
    await expect(page.getByTestId('organization-invitation-code')).toBeVisible();
    await shot('firm-account');
  });

  test('phone-width screens get the navigation in a drawer', async ({ page, shot }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await expect(page.getByTestId('header-register')).toBeHidden();
    await page.getByTestId('nav-drawer-toggle').click();
    const drawer = page.locator('.nav-drawer');
    await expect(drawer.getByRole('link', { name: '公示公告' })).toBeVisible();
    await shot('phone-drawer', { fullPage: false });
    await drawer.getByRole('link', { name: '公示公告' }).click();
    await expect(page).toHaveURL(/\/announcements$/);
    await expect(page.getByTestId('announcements-page').getByRole('heading', { name: '公示公告' })).toBeVisible();
  });

  test('unknown addresses show the 404 page', async ({ page, shot }) => {
    await page.goto('/no-such-page');
    await expect(page.getByTestId('not-found')).toContainText('页面不存在');
    await shot('not-found');
    await page.getByRole('button', { name: '返回首页' }).click();
    await expect(page.getByTestId('home-page')).toBeVisible();
  });

  test('the login form signs in and follows redirectTo', async ({ page }) => {
    await signInThroughForm(page, 'demo-lab', 'Jiebang#Lab2026');
    await page.goto('/login?redirectTo=%2Faccount');
    await expect(page).toHaveURL(/\/account$/);
  });
});
