import { E2E_ADMIN } from './server';

export type Credentials = { username: string; password: string };

/** The demo accounts loaded with the demo data (seeds/demo/users.json). */
export const DEMO_ACCOUNTS = {
  firm: { username: 'demo-firm', password: 'Jiebang#Firm2026' },
  lab: { username: 'demo-lab', password: 'Jiebang#Lab2026' },
  admin: { username: 'demo-admin', password: 'Jiebang#Admin2026' },
  expert: { username: 'demo-expert', password: 'Jiebang#Expert2026' },
} as const satisfies Record<string, Credentials>;

export type DemoAccount = keyof typeof DEMO_ACCOUNTS;

/** The administrator configured through JIEBANG_ADMIN_* on the application under test. */
export function configuredAdmin(): Credentials {
  return {
    username: process.env.E2E_ADMIN_USERNAME ?? E2E_ADMIN.username,
    password: process.env.E2E_ADMIN_PASSWORD ?? E2E_ADMIN.password,
  };
}

export const credentialsOf = (account: DemoAccount | Credentials): Credentials =>
  typeof account === 'string' ? DEMO_ACCOUNTS[account] : account;
