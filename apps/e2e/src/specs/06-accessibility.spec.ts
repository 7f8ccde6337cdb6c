import { isLanguage, languages } from '@luotsi/shell-contract';
import { personaDisplayName, personas } from '@luotsi/identity-domain';
import { inject } from 'vitest';
import { IdentityProvider } from '../pages/IdentityProvider';
import { ResidentPortal } from '../pages/ResidentPortal';
import { StaffPortal } from '../pages/StaffPortal';
import { AxeReport } from '../support/axe';
import { describe, test } from '../support/fixtures';
import { builtModules, fetchModules, groupByPersona, isPublic, routesOf } from '../support/registry';

/**
 * Every page reachable in the portal, derived from /modules.json: each built module's routes are
 * covered as soon as it is built, without edits here. Routes with parameters (':id') are listed
 * and skipped: they need an id from the data.
 */
const modules = builtModules(await fetchModules(inject('baseUrl')));
const resident = routesOf(modules, 'resident');
const staff = routesOf(modules, 'staff');
const skipped = [...resident.parameterised, ...staff.parameterised];
if (skipped.length) console.info(`axe: routes with parameters not visited: ${skipped.join(', ')}`);

// Not signed in, every page that needs sign-in shows the same sign-in panel of the shell: one of
// them is checked here, and all of them are checked signed in below.
const firstPersonalPage = resident.routes.find((r) => !isPublic(r));
const anonymousPaths = [...resident.routes.filter(isPublic), ...(firstPersonalPage ? [firstPersonalPage] : [])].map((r) => r.path);

const residentSignedIn = groupByPersona(resident.routes.filter((r) => !isPublic(r)));
// The signed-in header is checked even when no module has a personal page yet.
if (residentSignedIn.length === 0) residentSignedIn.push({ persona: personas.find((p) => p.area === 'resident'), routes: [] });
const staffGroups = groupByPersona(staff.routes);
// Staff module pages in Finnish by default, to keep the run short (the staff area's texts are
// checked for parity elsewhere; axe finds little that depends on the language). The shell's staff
// pages are checked in every language. E2E_AXE_STAFF_LANGUAGES=fi,sv,en checks everything.
const staffLanguages = (process.env['E2E_AXE_STAFF_LANGUAGES'] ?? 'fi').split(',').filter(isLanguage);

const name = (persona: (typeof personas)[number] | undefined) => (persona ? personaDisplayName(persona) : '(nobody)');

describe('WCAG 2.1 A and AA (axe) on every page', () => {
  test.for(languages)('resident area in %s: the front page, the accessibility statement and every module page', async (language, { page }) => {
    const portal = new ResidentPortal(page);
    const report = new AxeReport();
    for (const path of ['', 'accessibility', ...anonymousPaths]) {
      await portal.goto(language, path);
      await report.check(page, `/${language}${path ? `/${path}` : ''} «${await portal.headingText().catch(() => '?')}»`);
    }
    report.assertClean();
  });

  test.for(residentSignedIn.map((g) => [name(g.persona), g] as const))(
    'resident area signed in as %s: the signed-in header and the personal pages in fi, sv and en',
    async ([personaName, group], { page }) => {
      if (!group.persona) throw new Error(`No demo persona may open: ${group.routes.map((r) => r.path).join(', ')}`);
      const portal = new ResidentPortal(page);
      const report = new AxeReport();
      await portal.goto('fi');
      await portal.signInLink.click();
      const idp = new IdentityProvider(page);
      await idp.waitForPicker();
      await report.check(page, 'demo IdP persona picker (resident)');
      await idp.choose(personaName);
      await portal.waitUntilReady();
      // The front page shows the signed-in header (name, sign-out); once is enough for it.
      await report.check(page, `/fi as ${personaName} «${await portal.headingText().catch(() => '?')}»`);
      for (const language of languages)
        for (const path of group.routes.map((r) => r.path)) {
          await portal.goto(language, path);
          await report.check(page, `/${language}${path ? `/${path}` : ''} as ${personaName} «${await portal.headingText().catch(() => '?')}»`);
        }
      report.assertClean();
    },
  );

  // A page with a parameter: a symptom assessment's first question, and its result with the local
  // next step (the answers as the tab keeps them, the municipality in the URL).
  test.for(['fi', 'sv'] as const)('symptom check in %s: a question, and the result with the local next step', async (language, { page }) => {
    const portal = new ResidentPortal(page);
    const report = new AxeReport();
    const path = 'symptom-check/respiratory-infection';
    await portal.goto(language, path);
    await page.getByRole('radiogroup').first().waitFor();
    await report.check(page, `/${language}/${path} (first question)`);
    const answers = {
      'severe-breathlessness': 'no', 'blue-lips': 'no', confusion: 'no', 'chest-pain': 'no', 'coughing-blood': 'no',
      age: 40, fever: 'none', breathing: 'breathless-on-exertion', 'symptom-days': 3, 'other-symptoms': ['cough'],
    };
    await page.evaluate((flow) => window.sessionStorage.setItem('luotsi.symptom-check.respiratory-infection', flow), JSON.stringify({ answers, current: 'other-symptoms', stage: 'result' }));
    await portal.goto(language, `${path}?municipality=049`);
    // The municipality chosen in the URL is shown with its places (or, with the tests' small
    // catalogue, with the helpline instead).
    await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('[data-testid="symptom-local-next-step"] select')?.value === '049');
    await report.check(page, `/${language}/${path}?municipality=049 (result, local next step)`);
    report.assertClean();
  });

  // Family center pages with a parameter or a state: an article (Swedish, and one only in
  // Finnish), the "ask for help" form with its field errors, and a reply read with the demo code.
  test.for(['fi', 'sv'] as const)('family center in %s: articles, the help form with errors, a reply read with a code', async (language, { page }) => {
    const portal = new ResidentPortal(page);
    const report = new AxeReport();
    for (const path of ['family-center/articles/vauvan-uni', 'family-center/articles/eron-jalkeen', 'family-center?stage=baby&topic=sleep', 'family-center/services?municipality=049&age=0-6']) {
      await portal.goto(language, path);
      await page.locator('main h1').first().waitFor();
      await page.locator('.lx-skeleton').first().waitFor({ state: 'detached' }).catch(() => undefined);
      await report.check(page, `/${language}/${path} «${await portal.headingText().catch(() => '?')}»`);
    }
    await portal.goto(language, 'family-center/ask-for-help');
    await page.locator('main form button[type="submit"]').click();
    await page.locator('main .lx-error-summary, main [role="alert"]').first().waitFor();
    await report.check(page, `/${language}/family-center/ask-for-help (errors shown)`);
    await portal.goto(language, 'family-center/reply');
    await page.locator('main input').first().fill('PERH-EAPU-2345');
    await page.locator('main form button[type="submit"]').click();
    await page.getByTestId('family-reply').waitFor();
    await report.check(page, `/${language}/family-center/reply (a reply shown)`);
    report.assertClean();
  });

  // A staff page with a parameter: a contact request opened from the nurse's queue (the queue
  // itself is covered with every staff page below), in each language.
  test('symptom check: a contact request opened from the queue in fi, sv and en', async ({ page }) => {
    const hanna = personas.find((p) => p.subject === 'staff-hanna');
    if (!hanna) throw new Error('no nurse persona staff-hanna');
    const staffPortal = new StaffPortal(page);
    const report = new AxeReport();
    await staffPortal.goto('symptom-check');
    await staffPortal.signIn(personaDisplayName(hanna), { via: 'page' });
    const href = await staffPortal.main.getByRole('table').getByRole('link').first().getAttribute('href');
    if (!href) throw new Error('the queue has no request to open (demo data)');
    for (const language of languages) {
      if (staffPortal.language !== language) await staffPortal.chooseLanguage(language);
      await staffPortal.goto(href.replace(/^\/staff\//, ''));
      await staffPortal.main.getByRole('heading', { level: 2 }).first().waitFor();
      await report.check(page, `${href} in ${language} as ${personaDisplayName(hanna)} «${await staffPortal.headingText().catch(() => '?')}»`);
    }
    report.assertClean();
  });

  // Service tray pages with a parameter: a recommendation set of the advisor's unit (opened from
  // her list) in fi, sv and en, and the resident's page of a link that does not exist. The resident
  // page of a real link and the new-set form are checked in service-tray-guidance.spec.ts.
  test('service tray: a recommendation set in fi, sv and en, and an unknown link in each language', async ({ page }) => {
    const aino = personas.find((p) => p.subject === 'staff-aino');
    if (!aino) throw new Error('no social-advisor persona staff-aino');
    const staffPortal = new StaffPortal(page);
    const report = new AxeReport();
    await staffPortal.goto('service-tray/guidance');
    await staffPortal.signIn(personaDisplayName(aino), { via: 'page' });
    const href = await staffPortal.main.getByRole('table').getByRole('link').first().getAttribute('href');
    if (!href) throw new Error('the unit has no recommendation set to open (demo data)');
    for (const language of languages) {
      if (staffPortal.language !== language) await staffPortal.chooseLanguage(language);
      await staffPortal.goto(href.replace(/^\/staff\//, ''));
      await staffPortal.main.getByRole('heading', { level: 2 }).first().waitFor();
      await report.check(page, `${href} in ${language} as ${personaDisplayName(aino)} «${await staffPortal.headingText().catch(() => '?')}»`);
    }
    const portal = new ResidentPortal(page);
    for (const language of languages) {
      await portal.goto(language, `service-tray/guidance/${'x'.repeat(43)}`);
      await page.locator('main .lx-alert').first().waitFor();
      await report.check(page, `/${language}/service-tray/guidance/<unknown token> «${await portal.headingText().catch(() => '?')}»`);
    }
    report.assertClean();
  });

  test('staff area in fi, sv and en: the sign-in page, the IdP\'s persona picker and the desk', async ({ page }) => {
    const persona = staffGroups[0]?.persona ?? personas.find((p) => p.area === 'staff');
    if (!persona) throw new Error('no staff persona');
    const staffPortal = new StaffPortal(page);
    const report = new AxeReport();
    await staffPortal.goto();
    await report.check(page, '/staff not signed in (sign-in panel)');
    await staffPortal.headerSignInLink.click();
    const idp = new IdentityProvider(page);
    await idp.waitForPicker();
    await report.check(page, 'demo IdP persona picker (staff)');
    await idp.choose(personaDisplayName(persona));
    await staffPortal.waitUntilReady();
    for (const language of languages) {
      if (staffPortal.language !== language) await staffPortal.chooseLanguage(language);
      await staffPortal.goto();
      await report.check(page, `/staff in ${language} as ${personaDisplayName(persona)} «${await staffPortal.headingText().catch(() => '?')}»`);
    }
    report.assertClean();
  });

  test.for(staffGroups.map((g) => [name(g.persona), g] as const))(
    `staff area signed in as %s: every module page in ${staffLanguages.join(', ')}`,
    async ([personaName, group], { page }) => {
      if (!group.persona) throw new Error(`No demo persona may open: ${group.routes.map((r) => r.path).join(', ')}`);
      const staffPortal = new StaffPortal(page);
      const report = new AxeReport();
      const [first] = group.routes;
      // Opening a staff page offers sign-in and comes back to it afterwards.
      await staffPortal.goto(first?.path ?? '');
      await staffPortal.signIn(personaName, { via: 'page' });
      for (const language of staffLanguages) {
        if (staffPortal.language !== language) await staffPortal.chooseLanguage(language);
        for (const route of group.routes) {
          await staffPortal.goto(route.path);
          await report.check(page, `/staff/${route.path} in ${language} as ${personaName} «${await staffPortal.headingText().catch(() => '?')}»`);
        }
      }
      report.assertClean();
    },
  );
});
