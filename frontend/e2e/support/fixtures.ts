import fs from 'node:fs';
import path from 'node:path';

import { test as base, expect, type Page } from '@playwright/test';

import { credentialsOf, type Credentials, type DemoAccount } from './accounts';
import { JiebangApi, type Me } from './api';
import { SCREENSHOT_DIR } from './server';

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9\u4e00-\u9fff]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);

type Fixtures = {
  /** Fails the test when the page threw an uncaught error, even if every assertion passed. */
  noPageErrors: void;
  /**
   * Saves a screenshot as target/e2e/screenshots/<spec>/<test>/<nn>-<name>.png: the full page, or only the
   * viewport (for drawers and pop-ups) with fullPage: false.
   */
  shot: (name: string, options?: { page?: Page; fullPage?: boolean }) => Promise<void>;
  /** The API with the browser's cookies: what it signs in, the page is signed in as. */
  api: JiebangApi;
  /** Signs the browser in through the API (no login form) and returns the user. */
  signInAs: (account: DemoAccount | Credentials) => Promise<Me>;
  /** Opens an independent API session, signed in when an account is given; disposed after the test. */
  newApiSession: (account?: DemoAccount | Credentials) => Promise<JiebangApi>;
};

// Fixture bodies call their continuation `provide` (Playwright's `use`) so that the React hooks lint rule leaves them alone.
export const test = base.extend<Fixtures>({
  baseURL: async ({ baseURL }, provide) => {
    const url = baseURL ?? process.env.E2E_BASE_URL;
    if (!url) {
      throw new Error('No base URL: the global setup did not run and E2E_BASE_URL is not set');
    }
    await provide(url);
  },

  noPageErrors: [
    async ({ page }, provide) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
      await provide();
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],

  shot: async ({ page }, provide, testInfo) => {
    const dir = path.join(SCREENSHOT_DIR, slug(path.basename(testInfo.file, '.spec.ts')), slug(testInfo.title));
    fs.mkdirSync(dir, { recursive: true });
    let counter = 0;
    await provide(async (name, options = {}) => {
      counter += 1;
      await (options.page ?? page).screenshot({
        path: path.join(dir, `${String(counter).padStart(2, '0')}-${slug(name)}.png`),
        fullPage: options.fullPage ?? true,
      });
    });
  },

  api: async ({ page }, provide) => {
    await provide(new JiebangApi(page.request));
  },

  signInAs: async ({ api }, provide) => {
    await provide((account) => api.signIn(credentialsOf(account)));
  },

  newApiSession: async ({ baseURL }, provide) => {
    const sessions: JiebangApi[] = [];
    await provide(async (account) => {
      const session = await JiebangApi.newSession(baseURL!);
      sessions.push(session);
      if (account) {
        await session.signIn(account);
      }
      return session;
    });
    await Promise.all(sessions.map((session) => session.dispose()));
  },
});

export { expect };
