import { ResidentPortal } from '../pages/ResidentPortal';
import { expectNoAxeViolations } from '../support/axe';
import { describe, expect, test } from '../support/fixtures';

/**
 * Issue 5's search: a resident searches in Swedish ("familjecenter"), narrows by municipality,
 * opens a service and sees its channels and opening hours; Finnish "perhekeskukset" finds
 * "Perhekeskus"; a 10,000-character query and odd characters still answer. Words are kept in step
 * with apps/service-tray/src/i18n.
 */
const sv = {
  search: 'Sök tjänster',
  submit: 'Sök',
  count: /^\d+ tjänst(er)?$/,
  municipality: 'Kommun',
  espoo: /^Esbo \((\d+)\)$/,
  channels: 'Kontaktkanaler',
  hours: 'Öppettider',
  map: 'Visa på kartan (OpenStreetMap)',
  back: 'Tillbaka till tjänstesökningen',
};
const fi = { search: 'Hae palveluja', submit: 'Hae', count: /^\d+ palvelua?$/, empty: 'Hakusi ei löytänyt palveluja.' };

describe('service tray search', () => {
  test('in Swedish: search "familjecenter", narrow to Esbo, open a family centre and see its channels and hours', async ({ page }) => {
    const portal = new ResidentPortal(page);
    await portal.goto('sv', 'service-tray');
    await portal.main.getByRole('searchbox', { name: sv.search }).fill('familjecenter');
    await portal.main.getByRole('button', { name: sv.submit, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'familjecenter');
    const results = portal.main.getByTestId('service-list');
    await expect.poll(() => results.getByRole('link').first().textContent()).toMatch(/^Familjecenter/);
    const before = Number((await portal.main.getByText(sv.count).textContent())?.match(/\d+/)?.[0]);
    await expectNoAxeViolations(page, '/sv/service-tray?q=familjecenter');

    const municipalities = portal.main.getByRole('group', { name: sv.municipality });
    const espoo = municipalities.getByRole('checkbox', { name: sv.espoo });
    const espooCount = Number(sv.espoo.exec((await municipalities.getByText(sv.espoo).textContent()) ?? '')?.[1]);
    await espoo.check();
    await page.waitForURL((url) => url.searchParams.getAll('m').includes('049'));
    await expect.poll(async () => Number((await portal.main.getByText(sv.count).textContent())?.match(/\d+/)?.[0])).toBe(espooCount);
    expect(espooCount).toBeLessThanOrEqual(before);
    expect(espooCount).toBeGreaterThan(0);

    // Back returns to the search before the filter.
    await page.goBack();
    await expect.poll(async () => Number((await portal.main.getByText(sv.count).textContent())?.match(/\d+/)?.[0])).toBe(before);
    await page.goForward();
    await expect.poll(async () => Number((await portal.main.getByText(sv.count).textContent())?.match(/\d+/)?.[0])).toBe(espooCount);

    const first = results.getByRole('link').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    await page.waitForURL(/\/sv\/service-tray\/service\/[0-9a-f-]{36}$/);
    await portal.waitUntilReady();
    expect(await portal.headingText()).toBe(name);
    await portal.main.getByRole('heading', { name: sv.channels, level: 2 }).waitFor();
    const place = portal.main.getByTestId('service-channel').first();
    await place.getByRole('heading', { name: sv.hours }).waitFor();
    expect(await place.getByRole('link', { name: sv.map }).getAttribute('href')).toMatch(/^https:\/\/www\.openstreetmap\.org\/\?mlat=6\d\.\d+&mlon=2\d\.\d+/);
    await expectNoAxeViolations(page, '/sv/service-tray/service/<familjecenter>');

    await portal.main.getByRole('link', { name: sv.back }).click();
    await portal.waitUntilReady();
    expect(await portal.main.getByRole('searchbox', { name: sv.search }).inputValue()).toBe('');
  });

  test('in Finnish: "perhekeskukset" finds Perhekeskus; a 10,000-character query and odd characters still answer', async ({ page }) => {
    const portal = new ResidentPortal(page);
    await portal.goto('fi', 'service-tray?q=perhekeskukset');
    const results = portal.main.getByTestId('service-list');
    await expect.poll(() => results.getByRole('link').first().textContent()).toMatch(/^Perhekeskus/);

    const box = portal.main.getByRole('searchbox', { name: fi.search });
    for (const query of ['neuvola '.repeat(1250), "&|!:*()'\"\\ <script> ' OR 1=1 --", '😀 perhekeskus ✓']) {
      await box.fill(query);
      await portal.main.getByRole('button', { name: fi.submit, exact: true }).click();
      await portal.main.getByText(fi.count).waitFor();
      expect(await portal.main.getByRole('alert').count()).toBe(0);
    }
    await expect.poll(() => results.getByRole('link').first().textContent()).toMatch(/^Perhekeskus/);
    await box.fill('zzzqqqxxx');
    await portal.main.getByRole('button', { name: fi.submit, exact: true }).click();
    await portal.main.getByText(fi.empty).waitFor();
    await expectNoAxeViolations(page, '/fi/service-tray?q=zzzqqqxxx (no results)');
  });
});
