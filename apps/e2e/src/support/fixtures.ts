import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject, test as base } from 'vitest';
import { artifactsDir } from './paths';

export interface Diagnostics {
  /** Uncaught exceptions in a page: the test fails with them unless a spec empties the list. */
  pageErrors: string[];
  /** console.error output, printed when a test fails. */
  consoleErrors: string[];
}

export interface PortalFixtures {
  /** Origin of the portal started by the global setup. */
  baseUrl: string;
  browser: Browser;
  diagnostics: Diagnostics;
  /** A fresh context (own cookies and storage), closed after the test. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  context: BrowserContext;
  page: Page;
}

const safeName = (name: string) => name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 120);

async function keepEvidence(testName: string, contexts: readonly BrowserContext[], diagnostics: Diagnostics): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  const pages = contexts.flatMap((c) => c.pages());
  const shots = pages.map((p, i) => join(artifactsDir, `${safeName(testName)}-${i + 1}.png`));
  await Promise.allSettled(pages.map((p, i) => p.screenshot({ path: shots[i], fullPage: true })));
  console.error(
    [
      `✖ ${testName}`,
      ...pages.map((p, i) => `  page ${i + 1}: ${p.url()} → ${shots[i]}`),
      ...diagnostics.consoleErrors.map((e) => `  console.error: ${e}`),
    ].join('\n'),
  );
}

/* eslint-disable no-empty-pattern -- Vitest fixtures name their dependencies by destructuring */
export const test = base.extend<PortalFixtures>({
  baseUrl: [async ({}, use) => use(inject('baseUrl')), { scope: 'file' }],

  // One Chromium for the whole run (launched by the global setup); one connection per file.
  browser: [
    async ({}, use) => {
      const browser = await chromium.connect(inject('wsEndpoint'));
      await use(browser);
      await browser.close();
    },
    { scope: 'file' },
  ],

  diagnostics: async ({}, use) => use({ pageErrors: [], consoleErrors: [] }),

  newContext: async ({ browser, baseUrl, diagnostics, task }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: 'fi-FI',
        timezoneId: 'Europe/Helsinki',
        viewport: { width: 1280, height: 800 },
        ...options,
      });
      context.setDefaultTimeout(15_000);
      context.setDefaultNavigationTimeout(30_000);
      const watch = (page: Page) => {
        page.on('pageerror', (error) => diagnostics.pageErrors.push(`${page.url()}: ${error.message}`));
        page.on('console', (message) => {
          // The first line is enough to say what happened; stacks point into minified bundles.
          if (message.type() === 'error') diagnostics.consoleErrors.push(`${page.url()}: ${message.text().split('\n')[0]}`);
        });
      };
      context.on('page', watch);
      contexts.push(context);
      return context;
    });
    // The test has run; when it failed, keep what the pages looked like before closing them.
    if (task.result?.state === 'fail') await keepEvidence(task.name, contexts, diagnostics);
    await Promise.allSettled(contexts.map((c) => c.close()));
    if (diagnostics.pageErrors.length > 0)
      throw new Error(`Uncaught error(s) in the page:\n${diagnostics.pageErrors.map((e) => `  ${e}`).join('\n')}`);
  },

  context: async ({ newContext }, use) => use(await newContext()),

  page: async ({ context }, use) => use(await context.newPage()),
});
/* eslint-enable no-empty-pattern */

export { describe, expect } from 'vitest';
