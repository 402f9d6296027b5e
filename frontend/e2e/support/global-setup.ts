import fs from 'node:fs';

import { E2E_ADMIN, SCREENSHOT_DIR, startServer } from './server';

/** Starts the application unless E2E_BASE_URL names one; the URL reaches the tests through the environment. */
export default async function globalSetup() {
  fs.rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  if (process.env.E2E_BASE_URL) {
    process.env.E2E_BASE_URL = process.env.E2E_BASE_URL.replace(/\/+$/, '');
    return;
  }
  const server = await startServer();
  process.env.E2E_BASE_URL = server.baseUrl;
  process.env.E2E_SERVER_STARTED = 'true';
  process.env.E2E_ADMIN_USERNAME = E2E_ADMIN.username;
  process.env.E2E_ADMIN_PASSWORD = E2E_ADMIN.password;
  console.log(`Jiebang started at ${server.baseUrl} (data in ${server.dataDir})`);
}
