import ICAL from 'ical.js';
import type { Page, Response } from 'playwright-core';
import { helsinkiDate, utcToHelsinki } from '@luotsi/calendar';
import { formatDateRange, formatTime } from '@luotsi/i18n';
import { findPersona } from '@luotsi/identity-domain';
import { ResidentPortal } from '../pages/ResidentPortal';
import { StaffPortal } from '../pages/StaffPortal';
import { expectNoAxeViolations } from '../support/axe';
import { describe, expect, test } from '../support/fixtures';

/**
 * Issue 9's acceptance: social-services advice books a first contact in family counselling for
 * Tessa Testilä; the professional sees it in her week view; Tessa sees it in Swedish, downloads an
 * .ics that a standard parser (ical.js) reads at the right Helsinki time, and cancels; the time is
 * free again. Words are kept in step with apps/appointments/src/**\/i18n.
 */
const words = {
  firstContactTitle: 'Vapaat ensikontaktiajat',
  service: 'Palvelu',
  familyCounselling: 'Perheneuvola',
  book: /^Varaa /,
  identityCode: 'Henkilötunnus',
  reason: 'Syy lyhyesti',
  submit: 'Vahvista varaus',
  booked: 'Aika varattu: ',
  calendarTitle: 'Kalenteri',
  firstContact: 'Ensikontakti',
  myTimesSv: 'Mina tider',
  downloadSv: 'Ladda ner till kalendern (.ics)',
  cancelSv: 'Avboka tiden',
  cancelConfirmSv: 'Ja, avboka tiden',
  cancelledSv: /Tiden .* är avbokad\./,
};

interface FreeTime {
  id: string;
  startsAt: string;
  endsAt: string;
  professional: string;
}

/** The free times the advisor's page received, read from its own GraphQL answer. */
function collectFreeTimes(page: Page): FreeTime[][] {
  const answers: FreeTime[][] = [];
  page.on('response', (response: Response) => {
    if (!response.url().endsWith('/graphql')) return;
    void response
      .json()
      .then((body: { data?: { firstContactTimes?: FreeTime[] } }) => {
        if (body.data?.firstContactTimes) answers.push(body.data.firstContactTimes);
      })
      .catch(() => undefined);
  });
  return answers;
}

async function showFamilyCounselling(staff: StaffPortal, answers: FreeTime[][]): Promise<FreeTime[]> {
  const before = answers.length;
  await staff.main.getByRole('combobox', { name: words.service, exact: true }).selectOption({ label: words.familyCounselling });
  await expect.poll(() => answers.length, { timeout: 10_000 }).toBeGreaterThan(before);
  return answers[answers.length - 1] ?? [];
}

describe('appointments', () => {
  test('advice books a first contact; the professional, then the resident in Swedish, see it; the resident cancels and the time is free again', async ({ page, newContext }) => {
    const tessa = findPersona('resident-tessa');
    if (tessa?.area !== 'resident') throw new Error('Tessa is a resident persona');
    const reason = `Perheen riidat, toivoo soittoa aamupäivällä (${Date.now()}).`;

    // Aino Neuvoja, on the call, picks family counselling and Pia Perheneuvoja's earliest free time.
    const answers = collectFreeTimes(page);
    const advisor = new StaffPortal(page);
    await advisor.goto('appointments/first-contact');
    await advisor.signIn('Aino Neuvoja', { via: 'page' });
    expect(await advisor.headingText()).toBe(words.firstContactTitle);
    const times = await showFamilyCounselling(advisor, answers);
    const time = times.find((t) => t.professional === 'Pia Perheneuvoja');
    if (!time) throw new Error(`no free family-counselling time of Pia Perheneuvoja among ${JSON.stringify(times)}`);
    const whenFi = formatDateRange(time.startsAt, time.endsAt, 'fi', { withTime: true, style: 'weekday' });
    await expectNoAxeViolations(page, '/staff/appointments/first-contact');

    const row = advisor.main.getByRole('row').filter({ hasText: whenFi }).filter({ hasText: 'Pia Perheneuvoja' });
    await row.getByRole('button', { name: words.book }).click();
    await advisor.main.getByRole('textbox', { name: words.identityCode }).fill(tessa.personalIdentityCode);
    await advisor.main.getByRole('textbox', { name: words.reason }).fill(reason);
    await expectNoAxeViolations(page, '/staff/appointments/first-contact, booking form');
    await advisor.main.getByRole('button', { name: words.submit }).click();
    const confirmation = advisor.main.locator('.lx-alert').filter({ hasText: words.booked });
    await confirmation.waitFor();
    expect(await confirmation.getAttribute('role')).toBe('status');
    expect(await confirmation.innerText()).toContain(whenFi);

    // Pia Perheneuvoja sees the new client time in her week view, on its day, with the client's name.
    const professionalPage = await (await newContext()).newPage();
    const professional = new StaffPortal(professionalPage);
    const day = helsinkiDate(new Date(time.startsAt));
    await professional.goto(`appointments?view=week&date=${day}`);
    await professional.signIn('Pia Perheneuvoja', { via: 'page' });
    expect(await professional.headingText()).toBe(words.calendarTitle);
    const local = utcToHelsinki(new Date(time.startsAt));
    const startText = formatTime(time.startsAt, 'fi');
    const dayColumn = professional.main.locator(`[aria-labelledby="day-${day}"]`);
    const entry = dayColumn.getByRole('button').filter({ hasText: 'Tessa Testilä' }).filter({ hasText: startText });
    await entry.waitFor();
    expect(await entry.innerText()).toContain(words.firstContact);
    await expectNoAxeViolations(professionalPage, '/staff/appointments week view');

    // Tessa, in Swedish, sees the time and downloads it to her calendar.
    const residentPage = await (await newContext()).newPage();
    const resident = new ResidentPortal(residentPage);
    await resident.goto('sv');
    await resident.signIn('Tessa Testilä');
    await resident.goto('sv', 'appointments');
    expect(await resident.headingText()).toBe(words.myTimesSv);
    const whenSv = formatDateRange(time.startsAt, time.endsAt, 'sv', { withTime: true, style: 'weekday' });
    const item = resident.main.getByRole('listitem').filter({ hasText: whenSv });
    await item.waitFor();
    await expectNoAxeViolations(residentPage, '/sv/appointments');

    const link = item.getByRole('link', { name: words.downloadSv });
    const href = await link.getAttribute('href');
    expect(href).toBeTruthy();
    const download = await residentPage.request.get(new URL(href ?? '', residentPage.url()).toString());
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await download.text()));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
    // The wall-clock time in Helsinki is the booked one, and so is the instant.
    expect(`${String(event.startDate.hour).padStart(2, '0')}:${String(event.startDate.minute).padStart(2, '0')}`).toBe(local.time);
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(time.startsAt).toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe(new Date(time.endsAt).toISOString());

    // Tessa cancels; the time is free for the advisor to book again.
    await item.getByRole('button', { name: words.cancelSv }).click();
    const dialog = residentPage.getByRole('dialog');
    await expectNoAxeViolations(residentPage, '/sv/appointments, cancel dialog');
    await dialog.getByRole('button', { name: words.cancelConfirmSv }).click();
    await resident.main.getByText(words.cancelledSv).waitFor();
    await expect.poll(() => resident.main.getByRole('listitem').filter({ hasText: whenSv }).count()).toBe(0);

    await advisor.goto('appointments/first-contact');
    const again = await showFamilyCounselling(advisor, answers);
    expect(again.map((t) => t.id)).toContain(time.id);
    await advisor.main.getByRole('row').filter({ hasText: whenFi }).filter({ hasText: 'Pia Perheneuvoja' }).waitFor();
  });
});
