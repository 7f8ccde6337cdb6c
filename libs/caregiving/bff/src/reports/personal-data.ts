import type { PersonalDataSection, PrismaLike, Trilingual } from '@luotsi/bff-core';
import { contentOf } from './store';

const statuses: Record<string, Trilingual> = {
  draft: { fi: 'Luonnos', sv: 'Utkast', en: 'Draft' },
  submitted: { fi: 'Lähetetty', sv: 'Skickad', en: 'Sent' },
  returned: { fi: 'Palautettu korjattavaksi', sv: 'Returnerad för rättelse', en: 'Returned for correction' },
  approved: { fi: 'Hyväksytty', sv: 'Godkänd', en: 'Approved' },
};

/**
 * The carer's monthly reports and fee statements, for the data export. Sections are left out for
 * a person who has none (most residents), so the export lists only what is kept about them.
 */
export async function reportsPersonalData(prisma: PrismaLike, personId: string): Promise<PersonalDataSection[]> {
  const [reports, statements] = await Promise.all([
    prisma.careReport.findMany({ where: { agreement: { carerId: personId } }, orderBy: [{ month: 'desc' }, { id: 'asc' }] }),
    prisma.careStatement.findMany({ where: { carerId: personId, run: { status: 'exported' } }, orderBy: [{ month: 'desc' }, { id: 'asc' }] }),
  ]);
  const sections: PersonalDataSection[] = [];
  if (reports.length > 0)
    sections.push({
      id: 'caregiving.reports',
      title: { fi: 'Kuukausi-ilmoitukset', sv: 'Månadsanmälningar', en: 'Monthly reports' },
      purpose: {
        fi: 'Ilmoitusten perusteella hyvinvointialue laskee hoitopalkkiosi ja seuraa vapaapäiviesi kertymistä ja käyttöä.',
        sv: 'Utifrån anmälningarna beräknar välfärdsområdet ditt vårdarvode och följer hur dina lediga dagar tjänas in och används.',
        en: 'From the reports the county calculates your care fee and follows how your days off are earned and used.',
      },
      records: reports.map((r) => {
        const content = contentOf(r);
        return [
          { key: 'month', label: { fi: 'Kuukausi', sv: 'Månad', en: 'Month' }, value: r.month },
          { key: 'status', label: { fi: 'Tila', sv: 'Status', en: 'Status' }, value: r.status, ...(statuses[r.status] ? { valueLabel: statuses[r.status] } : {}) },
          { key: 'daysOff', label: { fi: 'Vapaapäivät', sv: 'Lediga dagar', en: 'Days off' }, value: content.daysOff.join(', ') },
          { key: 'interruptions', label: { fi: 'Keskeytykset', sv: 'Avbrott', en: 'Interruptions' }, value: content.interruptions.map((i) => `${i.kind} ${i.from}–${i.to}`).join(', ') },
          { key: 'expenses', label: { fi: 'Kulut', sv: 'Kostnader', en: 'Expenses' }, value: content.expenses.map((e) => `${e.date} ${(e.amountCents / 100).toFixed(2)} ${e.description}`).join('; ') },
          { key: 'enteredBy', label: { fi: 'Kirjannut puolestasi', sv: 'Registrerad för din räkning av', en: 'Entered on your behalf by' }, value: r.enteredByName },
          { key: 'returnComment', label: { fi: 'Palautuksen syy', sv: 'Orsak till returnering', en: 'Reason for return' }, value: r.returnComment },
        ];
      }),
    });
  if (statements.length > 0)
    sections.push({
      id: 'caregiving.statements',
      title: { fi: 'Palkkioselvitykset', sv: 'Arvodesspecifikationer', en: 'Fee statements' },
      purpose: {
        fi: 'Maksetut hoitopalkkiot ja korvaukset kuukausittain palkanlaskentaa ja tulorekisteri-ilmoitusta varten.',
        sv: 'Betalda vårdarvoden och ersättningar per månad för lönehanteringen och anmälan till inkomstregistret.',
        en: 'Care fees and reimbursements paid each month, for payroll and the Incomes Register.',
      },
      records: statements.map((s) => [
        { key: 'month', label: { fi: 'Kuukausi', sv: 'Månad', en: 'Month' }, value: s.month },
        { key: 'totalCents', label: { fi: 'Yhteensä', sv: 'Totalt', en: 'Total' }, value: s.totalCents, format: 'cents' as const },
      ]),
    });
  return sections;
}
