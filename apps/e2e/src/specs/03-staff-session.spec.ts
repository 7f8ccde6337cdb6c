import { beforeAll, inject } from 'vitest';
import { StaffPortal } from '../pages/StaffPortal';
import { describe, expect, test } from '../support/fixtures';
import { builtModules, fetchModules, personaByName, staffNav, type BuiltModule } from '../support/registry';
import { shellTexts } from '../support/texts';

const fi = shellTexts.fi;

describe('a professional signs in and out', () => {
  let modules: BuiltModule[];
  beforeAll(async () => {
    modules = builtModules(await fetchModules(inject('baseUrl')));
  });

  test('Hanna Hoitaja signs in: /staff shows the staff navigation for her roles and her name; signing out ends the session', async ({ page }) => {
    const hanna = personaByName('Hanna Hoitaja');
    const staff = new StaffPortal(page);
    await staff.goto();
    expect(await staff.offersSignIn()).toBe(true);

    await staff.signIn('Hanna Hoitaja');
    await staff.goto();
    expect(new URL(page.url()).pathname).toBe('/staff');
    expect(await staff.headingText()).toBe(fi.staffHomeTitle);
    expect(await staff.signedInAs('Hanna Hoitaja').isVisible()).toBe(true);
    expect(await staff.nav.isVisible()).toBe(true);
    const expectedNav = staffNav(modules, 'fi', hanna.roles);
    expect(await staff.navLabels()).toEqual(expectedNav);
    if (expectedNav.length === 0) expect(await staff.main.getByText(fi.staffNothing).isVisible()).toBe(true);

    await staff.signOut();
    expect(new URL(page.url()).pathname).toMatch(/^\/staff\/?$/);
    expect(await staff.offersSignIn()).toBe(true);
    expect(await staff.signedInAs('Hanna Hoitaja').count()).toBe(0);
    expect(await staff.headerSignInLink.isVisible()).toBe(true);
    // The session is gone on the server, not only in this page.
    const session = (await (await page.request.get('/auth/session')).json()) as { staff: unknown };
    expect(session.staff).toBeNull();
    await staff.goto();
    expect(await staff.offersSignIn()).toBe(true);
  });
});
