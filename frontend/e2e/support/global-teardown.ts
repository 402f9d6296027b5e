import { stopServer } from './server';

/** Stops the application the global setup started (never one given by E2E_BASE_URL). */
export default async function globalTeardown() {
  if (process.env.E2E_SERVER_STARTED === 'true') {
    await stopServer();
  }
}
