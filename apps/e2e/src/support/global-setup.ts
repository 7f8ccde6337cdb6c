import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startBff } from './bff';
import { chromiumLaunchOptions } from './browser';
import { artifactsDir, assertBuilt, snapshotBuild, type BuildSnapshot } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the portal under test, e.g. http://localhost:41234. */
    baseUrl: string;
    /** Playwright server of the one Chromium the test files connect to. */
    wsEndpoint: string;
    /** This run's copy of the build, which the portal serves (see snapshotBuild). */
    build: BuildSnapshot;
  }
}

/**
 * Once per run: one BFF from the built dist (serving this run's snapshot of the build) with a
 * fresh database, and one Chromium. Each test file connects to the browser; each test gets its
 * own context (fresh cookies and storage).
 */
export default async function setup(project: TestProject) {
  assertBuilt();
  const executable = chromiumLaunchOptions.executablePath ?? '';
  if (!existsSync(executable))
    throw new Error(`Chromium not found at ${executable}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);

  rmSync(artifactsDir, { recursive: true, force: true });
  const snapshotDir = mkdtempSync(join(tmpdir(), 'luotsi-e2e-build-'));
  const build = snapshotBuild(snapshotDir);
  const [bffResult, browserResult] = await Promise.allSettled([
    startBff({ name: 'main', build }),
    chromium.launchServer(chromiumLaunchOptions),
  ]);
  if (bffResult.status === 'rejected' || browserResult.status === 'rejected') {
    if (bffResult.status === 'fulfilled') await bffResult.value.stop();
    if (browserResult.status === 'fulfilled') await browserResult.value.close();
    rmSync(snapshotDir, { recursive: true, force: true });
    throw bffResult.status === 'rejected' ? bffResult.reason : (browserResult as PromiseRejectedResult).reason;
  }
  const bff = bffResult.value;
  const browserServer = browserResult.value;
  project.provide('baseUrl', bff.url);
  project.provide('wsEndpoint', browserServer.wsEndpoint());
  project.provide('build', build);

  return async () => {
    await Promise.allSettled([browserServer.close(), bff.stop()]);
    rmSync(snapshotDir, { recursive: true, force: true });
  };
}
