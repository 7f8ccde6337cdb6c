import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { languages } from '@luotsi/shell-contract';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { ResidentPortal } from '../pages/ResidentPortal';
import { StaffPortal } from '../pages/StaffPortal';
import { expectNoAxeViolations } from '../support/axe';
import { startBff, type RunningBff } from '../support/bff';
import { describe, expect, test, type Diagnostics } from '../support/fixtures';
import {
  anonymousResidentNav, builtModules, fetchModules, isPublic, personaFor, routesOf, type BuiltModule, type PortalRoute,
} from '../support/registry';
import { shellTexts } from '../support/texts';

/** The focused element, as `tag «text»`, so a failure says where focus went instead. */
const focusedElement = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element ? `${element.tagName.toLowerCase()} «${(element.textContent ?? '').trim().slice(0, 60)}»` : 'none';
  });

/** How many times the shell has reported a module as unavailable (once per failed load). */
const failedLoads = (diagnostics: Diagnostics) => diagnostics.consoleErrors.filter((e) => / is unavailable/.test(e)).length;

/**
 * A second portal whose copy of the frontends loses one remote's code (assets/ and
 * remoteEntry.js; its luotsi-module.json stays) after the BFF has started, as when a deployment
 * goes wrong or a CDN loses files: the BFF still lists the module, the shell cannot load it.
 */
describe('a remote whose built files are gone', () => {
  let bff: RunningBff;
  let workDir: string;
  let modules: BuiltModule[];
  let broken: BuiltModule;
  let brokenResident: PortalRoute;

  beforeAll(async () => {
    const build = inject('build');
    workDir = mkdtempSync(join(tmpdir(), 'luotsi-e2e-broken-'));
    const staticDir = join(workDir, 'frontends');
    cpSync(build.staticDir, staticDir, { recursive: true });
    bff = await startBff({ name: 'broken-remote', build: { staticDir, migrationsDir: build.migrationsDir } });
    modules = builtModules(await fetchModules(bff.url));
    // The family center when built; otherwise any module with a public resident page.
    const candidates = [...modules].sort((a, b) => Number(b.id === 'family-center') - Number(a.id === 'family-center'));
    const found = candidates
      .map((m) => ({ module: m, route: routesOf([m], 'resident').routes.find(isPublic) }))
      .find((c) => c.route !== undefined);
    if (!found?.route) throw new Error('No built module has a public resident page to break');
    broken = found.module;
    brokenResident = found.route;
    rmSync(join(staticDir, broken.id, 'assets'), { recursive: true, force: true });
    rmSync(join(staticDir, broken.id, 'remoteEntry.js'), { force: true });
  });

  afterAll(async () => {
    await bff?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  test.for(languages)('in %s the page shows the localized "service unavailable" panel inside the working layout', async (language, { newContext, diagnostics }) => {
    const page = await (await newContext({ baseURL: bff.url })).newPage();
    const portal = new ResidentPortal(page);
    await portal.goto(language, brokenResident.path);
    const texts = shellTexts[language];

    expect(await portal.unavailablePanel.isVisible()).toBe(true);
    expect(await portal.unavailablePanel.getByText(texts.unavailableBody, { exact: true }).isVisible()).toBe(true);
    expect(await portal.unavailablePanel.getByRole('button', { name: texts.unavailableRetry, exact: true }).isVisible()).toBe(true);
    // The frame around it works: language, navigation (still listing the module), header, footer.
    expect(await portal.htmlLang()).toBe(language);
    expect(await portal.navLabels()).toEqual(anonymousResidentNav(modules, language));
    expect(await portal.signInLink.isVisible()).toBe(true);
    expect(await page.getByRole('contentinfo').isVisible()).toBe(true);
    expect(diagnostics.consoleErrors.some((e) => e.includes(broken.id) || e.includes('remoteEntry'))).toBe(true);
  });

  test('"try again" keeps the panel, the panel passes axe, and the rest of the portal works', async ({ newContext, diagnostics }) => {
    const page = await (await newContext({ baseURL: bff.url })).newPage();
    const portal = new ResidentPortal(page);
    await portal.goto('fi', brokenResident.path);
    const failures = failedLoads(diagnostics);
    await portal.unavailablePanel.getByRole('button', { name: shellTexts.fi.unavailableRetry }).click();
    await expect.poll(() => failedLoads(diagnostics), { timeout: 10_000 }).toBeGreaterThan(failures);
    await portal.waitUntilReady();
    expect(await portal.unavailablePanel.isVisible()).toBe(true);
    await expectNoAxeViolations(page, `/fi/${brokenResident.path} (service unavailable panel)`);

    // Client-side navigation away from the broken module: the front page and the statement work.
    await page.locator('header').getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname === '/fi');
    await portal.waitUntilReady();
    expect(await portal.headingText()).toBe(shellTexts.fi.homeTitle);
    await portal.goto('fi', 'accessibility');
    expect(await portal.headingText()).toBe(shellTexts.fi.accessibilityTitle);

    // Every other built module still renders its public pages.
    for (const route of routesOf(modules.filter((m) => m.id !== broken.id), 'resident').routes.filter(isPublic)) {
      await portal.goto('fi', route.path);
      expect(await portal.unavailablePanel.count(), `/fi/${route.path}`).toBe(0);
      expect(await portal.heading.count(), `/fi/${route.path}`).toBe(1);
    }
  });

  test('navigating to it by keyboard puts focus on the panel\'s heading, the page\'s h1', async ({ newContext }) => {
    const page = await (await newContext({ baseURL: bff.url })).newPage();
    const portal = new ResidentPortal(page);
    await portal.goto('fi');
    const entry = broken.metadata.areas.resident?.nav[0];
    if (!entry) return; // not in the navigation
    await portal.nav.getByRole('link', { name: broken.metadata.navLabels.fi[entry.labelKey], exact: true }).focus();
    await page.keyboard.press('Enter');
    await portal.waitUntilReady();
    expect(await portal.unavailablePanel.isVisible()).toBe(true);
    await expect.poll(() => focusedElement(page), { timeout: 2_000 }).toBe(`h1 «${shellTexts.fi.unavailableTitle}»`);
  });

  test('"try again" by keyboard keeps focus in the panel', async ({ newContext, diagnostics }) => {
    const page = await (await newContext({ baseURL: bff.url })).newPage();
    const portal = new ResidentPortal(page);
    await portal.goto('fi', brokenResident.path);
    const failures = failedLoads(diagnostics);
    await portal.unavailablePanel.getByRole('button', { name: shellTexts.fi.unavailableRetry }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => failedLoads(diagnostics), { timeout: 10_000 }).toBeGreaterThan(failures);
    await portal.waitUntilReady();
    expect(await portal.unavailablePanel.isVisible()).toBe(true);
    // Not thrown back to the top of the document: the panel (its heading or button) has focus.
    const whereIsFocus = async () =>
      `${(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement) ?? false)) ? 'in main' : 'outside main'}: ${await focusedElement(page)}`;
    await expect.poll(whereIsFocus, { timeout: 2_000 }).toMatch(/^in main/);
  });

  test('in the staff area too: the module shows the panel, the desk works', async ({ newContext }) => {
    const staffRoute = routesOf([broken], 'staff').routes[0];
    const persona = staffRoute && personaFor(staffRoute);
    if (!staffRoute || !persona) return; // the module has no staff pages
    const page = await (await newContext({ baseURL: bff.url })).newPage();
    const staff = new StaffPortal(page);
    await staff.goto();
    await staff.signIn(`${persona.firstName} ${persona.lastName}`);
    expect(await staff.headingText()).toBe(shellTexts.fi.staffHomeTitle);
    await staff.goto(staffRoute.path);
    expect(await staff.unavailablePanel.isVisible()).toBe(true);
    expect(await staff.nav.isVisible()).toBe(true);
    await staff.goto();
    expect(await staff.headingText()).toBe(shellTexts.fi.staffHomeTitle);
  });
});
