import type { Page } from 'playwright-core';
import { beforeAll, inject } from 'vitest';
import { ResidentPortal } from '../pages/ResidentPortal';
import { StaffPortal } from '../pages/StaffPortal';
import { describe, expect, test } from '../support/fixtures';
import { anonymousResidentNav, builtModules, fetchModules, type BuiltModule } from '../support/registry';
import { shellTexts } from '../support/texts';

/** What has keyboard focus, described so that a failure says where it went instead. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    const main = document.querySelector('main');
    return {
      element: element ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} «${(element.textContent ?? '').trim().slice(0, 60)}»` : 'none',
      isMain: element === main,
      isMainHeading: element !== null && element === main?.querySelector('h1'),
      insideMain: element !== null && element !== main && (main?.contains(element) ?? false),
    };
  });
}

/** Marks the document; a client-side navigation keeps the mark, a full page load loses it. */
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { e2eMark: number }).e2eMark = 1));
const stillSameDocument = (page: Page) => page.evaluate(() => (window as unknown as { e2eMark?: number }).e2eMark === 1);

describe('keyboard use', () => {
  let modules: BuiltModule[];
  beforeAll(async () => {
    modules = builtModules(await fetchModules(inject('baseUrl')));
  });

  test('the skip link is the first Tab stop, visible when focused, and moves focus to the main content', async ({ page }) => {
    const portal = new ResidentPortal(page);
    await portal.goto('fi');
    await page.keyboard.press('Tab');
    expect((await focused(page)).element).toBe(`a «${shellTexts.fi.skipToContent}»`);
    const box = await portal.skipLink.boundingBox();
    expect(box && box.width > 1 && box.height > 1 && box.y >= 0, 'the focused skip link is visible').toBe(true);

    await page.keyboard.press('Enter');
    expect((await focused(page)).isMain).toBe(true);
    // The next Tab continues inside the main content, not in the header.
    await page.keyboard.press('Tab');
    expect((await focused(page)).insideMain).toBe(true);
  });

  test('the skip link comes first in the staff area too', async ({ page }) => {
    const staff = new StaffPortal(page);
    await staff.goto();
    await page.keyboard.press('Tab');
    expect((await focused(page)).element).toBe(`a «${shellTexts.fi.skipToContent}»`);
  });

  test('after a client-side navigation focus is on the new page\'s h1', async ({ page }) => {
    const portal = new ResidentPortal(page);
    await portal.goto('fi');
    await markDocument(page);
    const [firstModule] = anonymousResidentNav(modules, 'fi');
    if (!firstModule) throw new Error('no module in the resident navigation');

    // A module page (a remote, loaded lazily) from the main navigation, by keyboard.
    await portal.nav.getByRole('link', { name: firstModule, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== '/fi');
    await portal.waitUntilReady();
    expect(await stillSameDocument(page), 'navigation happened without a page load').toBe(true);
    await expect.poll(async () => (await focused(page)).isMainHeading ? 'h1' : (await focused(page)).element).toBe('h1');

    // A page of the shell (the accessibility statement, from the footer).
    await page.getByRole('contentinfo').getByRole('link', { name: shellTexts.fi.accessibilityTitle }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/fi/accessibility');
    await portal.waitUntilReady();
    await expect.poll(async () => (await focused(page)).isMainHeading ? 'h1' : (await focused(page)).element).toBe('h1');
    expect(await portal.headingText()).toBe(shellTexts.fi.accessibilityTitle);

    // Back in history is a navigation too.
    await page.goBack();
    await portal.waitUntilReady();
    await expect.poll(async () => (await focused(page)).isMainHeading ? 'h1' : (await focused(page)).element).toBe('h1');
    expect(await stillSameDocument(page)).toBe(true);
  });
});
