import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The frontend folder (where playwright.config.ts lives). */
export const FRONTEND_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const E2E_OUTPUT_DIR = path.join(FRONTEND_DIR, 'target', 'e2e');
export const SCREENSHOT_DIR = path.join(E2E_OUTPUT_DIR, 'screenshots');
const STATE_FILE = path.join(E2E_OUTPUT_DIR, 'server.json');
const LOG_FILE = path.join(E2E_OUTPUT_DIR, 'server.log');

/** The announcement (公示) period of the application the harness starts (award.spec.ts waits it out). */
export const PUBLICITY_PERIOD = 'PT45S';

/** The administrator the harness configures on the application it starts. */
export const E2E_ADMIN = { username: 'e2e-admin', password: 'E2e#Admin-2026' } as const;

type ServerState = { pid: number; baseUrl: string; dataDir: string };

type Running = { child: ChildProcess; state: ServerState };

// Global setup and teardown run in the same runner process; keep the handle where both can reach it.
const registry = globalThis as typeof globalThis & { __jiebangE2eServer?: Running };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function logTail(lines = 60): string {
  try {
    return fs.readFileSync(LOG_FILE, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    // The server runs in its own process group (detached), so this reaches anything it started too.
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

async function waitForExit(running: Running | undefined, pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (running ? running.child.exitCode !== null || running.child.signalCode !== null : !isAlive(pid)) {
      return true;
    }
    await sleep(200);
  }
  return false;
}

async function waitUntilReady(baseUrl: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The application exited during start-up (${child.exitCode ?? child.signalCode}).\n${logTail()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/actuator/health/readiness`, { signal: AbortSignal.timeout(5_000) });
      const body = (await response.json().catch(() => ({}))) as { status?: string };
      if (response.ok && body.status === 'UP') {
        return;
      }
      last = `HTTP ${response.status} ${JSON.stringify(body)}`;
    } catch (error) {
      last = String(error);
    }
    await sleep(500);
  }
  throw new Error(`The application was not ready within ${timeoutMs / 1000} s (last: ${last}).\n${logTail()}`);
}

/** Stops a server that a crashed earlier run left behind (checked by its command line, so a reused pid is safe). */
function reapStale() {
  if (!fs.existsSync(STATE_FILE)) {
    return;
  }
  try {
    const stale = JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) as ServerState;
    const cmdline = fs.readFileSync(`/proc/${stale.pid}/cmdline`, 'utf8');
    if (cmdline.includes(stale.dataDir)) {
      signalGroup(stale.pid, 'SIGKILL');
    }
    fs.rmSync(stale.dataDir, { recursive: true, force: true });
  } catch {
    // Nothing left to clean up.
  }
  fs.rmSync(STATE_FILE, { force: true });
}

/**
 * Starts `java -jar ../backend/target/jiebang.jar` on a free port with a fresh data folder and waits for
 * readiness. E2E_JAR overrides the jar, E2E_JAVA_OPTS adds JVM options, and E2E_STATIC_DIR serves the
 * frontend from a folder instead of the jar (to try a fresh `npm run build` without rebuilding the jar).
 */
export async function startServer(): Promise<ServerState> {
  const jar = path.resolve(FRONTEND_DIR, process.env.E2E_JAR ?? '../backend/target/jiebang.jar');
  if (!fs.existsSync(jar)) {
    throw new Error(`No application jar at ${jar}: build it first (./mvnw -DskipTests package) or set E2E_BASE_URL.`);
  }
  fs.mkdirSync(E2E_OUTPUT_DIR, { recursive: true });
  reapStale();
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-e2e-'));
  // Run a private copy: a rebuild of the jar while the tests run would otherwise pull it from under the JVM
  // (and a differently named one is spared by scripts that stop "jiebang.jar" processes).
  const runJar = path.join(dataDir, 'e2e-app.jar');
  fs.copyFileSync(jar, runJar);
  const staticDir = process.env.E2E_STATIC_DIR ? path.resolve(FRONTEND_DIR, process.env.E2E_STATIC_DIR) : undefined;
  const args = [
    ...(process.env.E2E_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean),
    '-jar',
    runJar,
    `--server.port=${port}`,
    `--jiebang.data-dir=${dataDir}`,
    '--jiebang.challenge.min-bidding-period=PT5S',
    // Short enough for award.spec.ts and delivery.spec.ts to see an announcement (公示) end.
    `--jiebang.award.publicity-period=${PUBLICITY_PERIOD}`,
    ...(staticDir ? [`--spring.web.resources.static-locations=file:${staticDir}/`] : []),
  ];
  const log = fs.openSync(LOG_FILE, 'w');
  const child = spawn('java', args, {
    cwd: dataDir,
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      JIEBANG_ADMIN_USERNAME: E2E_ADMIN.username,
      JIEBANG_ADMIN_PASSWORD: E2E_ADMIN.password,
      JIEBANG_SEED: 'true',
      JIEBANG_SEED_DEMO: 'true',
    },
  });
  fs.closeSync(log);
  if (child.pid === undefined) {
    throw new Error('Could not start java: is a JDK on the PATH?');
  }
  const state: ServerState = { pid: child.pid, baseUrl, dataDir };
  registry.__jiebangE2eServer = { child, state };
  fs.writeFileSync(STATE_FILE, JSON.stringify(state));
  // Last resort if the runner dies without running the teardown: never leave a java behind.
  process.once('exit', () => {
    if (child.exitCode === null && child.signalCode === null) {
      signalGroup(state.pid, 'SIGKILL');
    }
  });

  const timeoutMs = Number(process.env.E2E_STARTUP_TIMEOUT_MS ?? 90_000);
  try {
    await waitUntilReady(baseUrl, child, timeoutMs);
  } catch (error) {
    await stopServer();
    throw error;
  }
  return state;
}

/** Stops the application started by startServer (SIGTERM, then SIGKILL) and removes its data folder. */
export async function stopServer() {
  const running = registry.__jiebangE2eServer;
  let state = running?.state;
  if (!state && fs.existsSync(STATE_FILE)) {
    state = JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) as ServerState;
  }
  if (!state) {
    return;
  }
  signalGroup(state.pid, 'SIGTERM');
  if (!(await waitForExit(running, state.pid, 25_000))) {
    signalGroup(state.pid, 'SIGKILL');
    await waitForExit(running, state.pid, 10_000);
  }
  registry.__jiebangE2eServer = undefined;
  fs.rmSync(STATE_FILE, { force: true });
  if (!process.env.E2E_KEEP_DATA) {
    fs.rmSync(state.dataDir, { recursive: true, force: true });
  }
}
