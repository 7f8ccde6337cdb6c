import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bffMain, resultsDir, workspaceRoot, type BuildSnapshot } from './paths';

export interface RunningBff {
  /** http://localhost:<port>, also the BFF's PUBLIC_URL (the OIDC redirects use it). */
  url: string;
  port: number;
  logFile: string;
  stop(): Promise<void>;
}

export interface StartBffOptions {
  /** Names the log file: tmp/test-results/e2e-bff-<name>.log. */
  name: string;
  /** The frontends to serve and the migrations to apply (a snapshot of dist/apps). */
  build: BuildSnapshot;
  /** Extra environment, e.g. LUOTSI_DISABLED_MODULES. */
  env?: Record<string, string>;
  readyTimeoutMs?: number;
}

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit();
    else child.once('exit', () => resolveExit());
  });
}

/**
 * Starts the built BFF (dist/apps/bff/main.mjs) in demo mode on a free port with a fresh data
 * folder: it migrates and seeds its embedded PGlite, mounts the embedded IdP and serves the given
 * frontends. Resolves once /readyz answers 200.
 */
export async function startBff(options: StartBffOptions): Promise<RunningBff> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), `luotsi-e2e-${options.name}-`));
  mkdirSync(resultsDir, { recursive: true });
  const logFile = join(resultsDir, `e2e-bff-${options.name}.log`);
  const log = createWriteStream(logFile);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LUOTSI_MODE: 'demo',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    LUOTSI_DATA_DIR: dataDir,
    LUOTSI_STATIC_DIR: options.build.staticDir,
    LUOTSI_MIGRATIONS_DIR: options.build.migrationsDir,
    LOG_LEVEL: process.env['E2E_BFF_LOG_LEVEL'] ?? 'warn',
    SHUTDOWN_GRACE_SECONDS: '2',
    ...options.env,
  };
  // Vitest sets NODE_ENV=test; the BFF must see the environment an operator would give it.
  delete env['NODE_ENV'];
  const child = spawn(process.execPath, [bffMain], { cwd: workspaceRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  // Never leave a BFF behind, even when the runner is interrupted.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited(child);
      clearTimeout(timer);
    }
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`The BFF (${options.name}) exited during startup (code ${child.exitCode}). Its log, ${logFile}:\n${tail(logFile)}`);
    }
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return { url, port, logFile, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`The BFF (${options.name}) was not ready within ${(options.readyTimeoutMs ?? 120_000) / 1000} s. Its log, ${logFile}:\n${tail(logFile)}`);
}
