import { StaffPortal } from '../pages/StaffPortal';
import { describe, expect, test } from '../support/fixtures';
import { familyCenterTexts } from '../support/texts';

const fc = familyCenterTexts.fi;

describe('the family center for professionals', () => {
  test('Aino Neuvoja sees the table of help requests', async ({ page }) => {
    const staff = new StaffPortal(page);
    await staff.goto();
    await staff.signIn('Aino Neuvoja');
    expect(await staff.navLabels()).toContain(fc.helpRequestsTitle);

    await staff.nav.getByRole('link', { name: fc.helpRequestsTitle, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/staff/family-center');
    await staff.waitUntilReady();
    expect(await staff.headingText()).toBe(fc.helpRequestsTitle);
    const table = staff.main.getByRole('table', { name: fc.helpRequestsCaption, exact: true });
    expect(await table.isVisible()).toBe(true);
    const headers = (await table.getByRole('columnheader').allInnerTexts()).map((t) => t.trim());
    expect(headers).toEqual(['Aihe', 'Saapunut', 'Vastattava viimeistään', 'Yhteystapa', 'Tila', 'Vastaus']);
    // One row per open request (the header row excluded), each named by its topic.
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await table.getByRole('rowheader').count()).toBe(await table.locator('tbody tr').count());
  });

  test('a staff page visited without sign-in offers sign-in and returns to that page', async ({ page }) => {
    const staff = new StaffPortal(page);
    await staff.goto('family-center');
    expect(await staff.offersSignIn()).toBe(true);
    expect(await staff.main.getByRole('table').count()).toBe(0);

    await staff.signIn('Aino Neuvoja', { via: 'page' });
    expect(new URL(page.url()).pathname).toBe('/staff/family-center');
    expect(await staff.headingText()).toBe(fc.helpRequestsTitle);
    expect(await staff.main.getByRole('table', { name: fc.helpRequestsCaption, exact: true }).isVisible()).toBe(true);
    expect(await staff.signedInAs('Aino Neuvoja').isVisible()).toBe(true);
  });
});
