import { helsinkiDate } from '@luotsi/calendar';
import { findPersona } from '@luotsi/identity-domain';
import { formatMoney } from '@luotsi/i18n';
import { ResidentPortal } from '../pages/ResidentPortal';
import { StaffPortal } from '../pages/StaffPortal';
import {
  approveReport,
  caregiverWords,
  countersignAgreement,
  downloadedPdf,
  draftInformalCareAgreement,
  markRunExported,
  openSubmittedReport,
  payrollCsvRows,
  reportWords,
  runCareMonth,
  sendAgreement,
  sendMonthReport,
  shownHash,
  signAgreement,
} from '../pages/caregiver';
import { expectNoAxeViolations } from '../support/axe';
import { describe, expect, test } from '../support/fixtures';

/**
 * Issue 7's acceptance story in one go: Kaisa Koordinaattori drafts an informal care agreement for
 * Olli Omaishoitaja in her southern unit, Olli signs it, Kaisa countersigns, and both download the
 * frozen PDF whose SHA-256 the pages show; Olli reports last
 * month with two days off and a three-day hospital stay; Kaisa approves, runs the month of the
 * southern area, the payroll CSV row is the amount the page shows and the fee rules give, and Olli
 * reads his statement in Swedish.
 *
 * The e2e BFF does not pin the demo day, so it is today (Helsinki). The agreement is valid from the
 * first day of the month before last: that month has no report and counts as a whole month of
 * care, which earns the days off Olli takes last month (a month's own days off are usable only
 * from the next month, libs/caregiving/domain/src/days-off.ts).
 */
const addMonths = (yearMonth: string, count: number): string => {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};
const thisMonth = helsinkiDate(new Date()).slice(0, 7);
const reportMonth = addMonths(thisMonth, -1);
const validFrom = `${addMonths(thisMonth, -2)}-01`;

/**
 * What the fee rules pay for the reported month (libs/caregiving/domain fees.ts, fee-tables.ts):
 * the form proposes fee class 1, the statutory minimum of 2026, 530.00 € a month. The whole month
 * is within the agreement, so there is no pro rata; statutory days off do not reduce the fee; a
 * hospital stay of the cared person keeps the fee for a month from its first day
 * (statutoryInterruptionPolicy), so the three days are paid too. 530.00 € in cents:
 */
const fee = 53_000;

describe('caregiver portal acceptance', () => {
  test('Kaisa drafts, Olli signs, Kaisa countersigns; Olli reports days off and a hospital stay; approved, paid by the run and the CSV, statement in Swedish', async ({ page, newContext }) => {
    const olli = findPersona('carer-olli');
    if (olli?.area !== 'resident') throw new Error('Olli is a resident persona');

    // Kaisa drafts the agreement in her southern unit and sends it.
    const kaisa = new StaffPortal(page);
    await kaisa.goto('caregiver-portal/agreements/new');
    await kaisa.signIn('Kaisa Koordinaattori', { via: 'page' });
    await expectNoAxeViolations(page, '/staff/caregiver-portal/agreements/new');
    const id = await draftInformalCareAgreement(kaisa, {
      carerIdentityCode: olli.personalIdentityCode,
      carerName: 'Olli Omaishoitaja',
      unitName: 'Omaishoidon tuki, eteläinen palvelualue',
      caredPersonName: 'Aune Omaishoitaja',
      validFrom,
    });
    expect(await kaisa.headingText()).toBe('Omaishoidon tuki: Olli Omaishoitaja');
    const preview = await page.getByTestId('agreement-text').innerText();
    expect(preview).toContain('Hoidettava: Aune Omaishoitaja');
    expect(preview).toContain('hoitopalkkio 530,00 € kuukaudessa');
    await expectNoAxeViolations(page, '/staff/caregiver-portal/agreements/<id>, draft');
    await sendAgreement(kaisa);

    // Olli finds it waiting, reads the same text and signs.
    const olliPage = await (await newContext()).newPage();
    const carer = new ResidentPortal(olliPage);
    await carer.goto('fi');
    await carer.signIn('Olli Omaishoitaja');
    await carer.goto('fi', 'caregiver-portal');
    await carer.main.getByRole('region', { name: caregiverWords.toSign }).locator(`a[href$="/agreements/${id}"]`).click();
    await carer.waitUntilReady();
    expect(await olliPage.getByTestId('agreement-text').innerText()).toBe(preview);
    await expectNoAxeViolations(olliPage, '/fi/caregiver-portal/agreements/<id>, to sign');
    await signAgreement(carer);
    const signedHash = await shownHash(olliPage, 1);
    expect(signedHash).toMatch(/^[0-9a-f]{64}$/);

    // Kaisa countersigns the same frozen document: the agreement is in force.
    await kaisa.goto(`caregiver-portal/agreements/${id}`);
    expect(await shownHash(page, 1)).toBe(signedHash);
    await expectNoAxeViolations(page, '/staff/caregiver-portal/agreements/<id>, signed');
    await countersignAgreement(kaisa);
    await kaisa.main.locator('dd').filter({ hasText: caregiverWords.inForce }).first().waitFor();

    // Both download the PDF: the bytes hash to the SHA-256 shown.
    const staffPdf = await downloadedPdf(page, 1);
    expect(staffPdf.contentType).toBe('application/pdf');
    expect(staffPdf.disposition).toMatch(/^attachment; filename="agreement-v1-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(staffPdf.sha256).toBe(signedHash);
    expect(staffPdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await carer.goto('fi', `caregiver-portal/agreements/${id}`);
    await carer.main.getByText(caregiverWords.inForce, { exact: false }).first().waitFor();
    expect((await downloadedPdf(olliPage, 1)).sha256).toBe(signedHash);
    await expectNoAxeViolations(olliPage, '/fi/caregiver-portal/agreements/<id>, in force');

    // Olli reports last month in Swedish: two days off and a three-day hospital stay.
    await sendMonthReport(carer, { agreementId: id, month: reportMonth, daysOff: [7, 8], interruption: { from: 16, to: 18 } }, () =>
      expectNoAxeViolations(olliPage, '/sv/caregiver-portal/reports/<agreement>/<month>, filled'),
    );
    await expectNoAxeViolations(olliPage, '/sv/caregiver-portal/reports/<agreement>/<month>, sent');
    // His seeded agreement in the northern area is for Aune too: the months' links still differ.
    await carer.goto('sv', 'caregiver-portal/reports');
    const monthLinks = await carer.main.getByRole('region', { name: 'Månader att anmäla' }).locator(`a[href$="/${reportMonth}"]`).allInnerTexts();
    expect(monthLinks).toHaveLength(2);
    expect(new Set(monthLinks).size).toBe(2);
    await expectNoAxeViolations(olliPage, '/sv/caregiver-portal/reports');

    // Kaisa approves it from her queue.
    await kaisa.goto('caregiver-portal/reports');
    await expectNoAxeViolations(page, '/staff/caregiver-portal/reports');
    await openSubmittedReport(kaisa, reportMonth, { agreementId: id });
    await expectNoAxeViolations(page, '/staff/caregiver-portal/reports/<agreement>/<month>, submitted');
    await approveReport(kaisa);
    await kaisa.main.locator('.lx-alert', { hasText: reportWords.lockedForStaff }).waitFor();

    // The month's run of the southern area pays Olli the fee; the CSV row says the same.
    await runCareMonth(kaisa, 'Eteläinen palvelualue', reportMonth);
    await kaisa.main.getByRole('searchbox').fill('Omaishoitaja Olli');
    const shownRow = kaisa.main.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Omaishoitaja Olli' }) });
    await expect.poll(() => shownRow.count()).toBe(1);
    expect(await shownRow.innerText()).toContain(formatMoney(fee, 'fi'));
    await expectNoAxeViolations(page, '/staff/caregiver-portal/payroll, computed');
    const rows = await payrollCsvRows(kaisa, 'Omaishoitaja Olli');
    expect(rows.map((r) => [r[0], r[6], r[9], r[10]])).toEqual([['pay', 'informal-care-fee', reportMonth, '530,00']]);
    await markRunExported(kaisa);
    await kaisa.main.getByRole('link', { name: reportWords.statementOf('Omaishoitaja Olli') }).click();
    await kaisa.waitUntilReady();
    expect(await kaisa.headingText()).toMatch(new RegExp(`^Palkkioselvitys: Olli Omaishoitaja, \\p{L}+ ${reportMonth.slice(0, 4)}$`, 'u'));
    expect(await kaisa.main.getByRole('row').filter({ hasText: 'Omaishoidon hoitopalkkio' }).innerText()).toContain(formatMoney(fee, 'fi'));
    await expectNoAxeViolations(page, '/staff/caregiver-portal/payroll/<run>/<carer>');

    // Olli reads his statement in Swedish: the same amount, Swedish formatting.
    await carer.goto('sv', `caregiver-portal/statements/${reportMonth}`);
    const feeRow = carer.main.getByRole('row').filter({ has: olliPage.getByRole('rowheader', { name: 'Vårdarvode för närståendevård' }) });
    expect(await feeRow.innerText()).toContain(formatMoney(fee, 'sv'));
    expect(await carer.main.locator('dd').filter({ hasText: formatMoney(fee, 'sv') }).count()).toBeGreaterThan(0);
    await carer.main.getByRole('link', { name: reportWords.statementPdf }).waitFor();
    await expectNoAxeViolations(olliPage, '/sv/caregiver-portal/statements/<month>');
  });
});
