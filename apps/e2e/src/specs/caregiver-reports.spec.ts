import { helsinkiDate } from '@luotsi/calendar';
import { formatMoney } from '@luotsi/i18n';
import { ResidentPortal } from '../pages/ResidentPortal';
import { StaffPortal } from '../pages/StaffPortal';
import { approveReport, markRunExported, openSubmittedReport, payrollCsvRows, reportWords, runCareMonth } from '../pages/caregiver';
import { expectNoAxeViolations } from '../support/axe';
import { describe, expect, test } from '../support/fixtures';

/**
 * Family care's expenses, which the acceptance story (caregiver-acceptance.spec.ts, informal care)
 * does not reach: Pirjo Perhehoitaja reports an expense for this month, Kaisa Koordinaattori
 * approves it, the run of the southern area pays the fee and the expense as separate payroll
 * rows, and Pirjo's Swedish statement lists the reimbursement. Words are kept in step with
 * apps/caregiver-portal/src/**\/texts-{fi,sv}.ts.
 */
const month = helsinkiDate(new Date()).slice(0, 7);

describe('caregiver reports', () => {
  test('a family carer’s expense is approved, paid as its own payroll row and shown on the Swedish statement', async ({ page, newContext }) => {
    const pirjo = new ResidentPortal(page);
    await pirjo.goto('fi');
    await pirjo.signIn('Pirjo Perhehoitaja');
    await pirjo.goto('fi', 'caregiver-portal/reports');
    await pirjo.main.locator(`a[href$="/${month}"]`, { hasText: 'Niko Järvi' }).first().click();
    await pirjo.waitUntilReady();
    await pirjo.main.getByRole('button', { name: 'Lisää kulu' }).click();
    await pirjo.main.getByLabel('Summa euroina').fill('24,50');
    await pirjo.main.getByLabel('Mihin kulu syntyi').fill('Lääkkeet');
    await expectNoAxeViolations(page, '/fi/caregiver-portal/reports/<agreement>/<month>, expense');
    await pirjo.main.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
    await pirjo.main.locator('.lx-alert', { hasText: 'Ilmoitus on lähetetty ohjaajalle.' }).waitFor();

    const staffPage = await (await newContext()).newPage();
    const kaisa = new StaffPortal(staffPage);
    await kaisa.goto('caregiver-portal/reports');
    await kaisa.signIn('Kaisa Koordinaattori', { via: 'page' });
    await openSubmittedReport(kaisa, month, { payeeName: 'Perhehoitaja Pirjo' });
    await approveReport(kaisa);

    // A whole month of family care at the agreed fee, the 2026 statutory minimum 966.35 €
    // (libs/caregiving/domain fee tables; the e2e project may not import the domain library).
    const fee = 96_635;
    await runCareMonth(kaisa, 'Eteläinen palvelualue', month);
    const rows = await payrollCsvRows(kaisa, 'Perhehoitaja Pirjo');
    expect(rows.map((r) => [r[0], r[6], r[9], r[10]])).toEqual([
      ['pay', 'family-care-fee', month, '966,35'],
      ['pay', 'expense-claim', month, '24,50'],
    ]);
    await markRunExported(kaisa);

    await pirjo.goto('sv', `caregiver-portal/statements/${month}`);
    await pirjo.main.getByRole('rowheader', { name: 'Vårdarvode för familjevård' }).waitFor();
    expect(await pirjo.main.getByRole('rowheader', { name: 'Ersättning för kostnader' }).count()).toBe(1);
    expect(await pirjo.main.locator('dd').filter({ hasText: formatMoney(fee + 2450, 'sv') }).count()).toBe(1);
    await pirjo.main.getByRole('link', { name: reportWords.statementPdf }).waitFor();
  });
});
