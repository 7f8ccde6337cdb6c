import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { ResidentPortal } from './ResidentPortal';
import type { StaffPortal } from './StaffPortal';

/**
 * The caregiver portal's pages for issue 7's story: agreements and e-signing (`caregiverWords`, the
 * Finnish i18n), then monthly reports, approval, the run and statements (`reportWords`, the
 * resident's steps in Swedish). Words are kept in step with apps/caregiver-portal/src/**\/i18n and
 * **\/texts-{fi,sv}.ts.
 */
export const caregiverWords = {
  identityCode: 'Henkilötunnus',
  find: 'Hae',
  chosen: (name: string) => `Valittu: ${name}`,
  unit: 'Yksikkö',
  caredPerson: 'Hoidettava tai tuettava',
  validFrom: 'Voimassa alkaen',
  monthlyFee: 'Hoitopalkkio kuukaudessa (€)',
  save: 'Tallenna luonnos',
  send: 'Lähetä allekirjoitettavaksi',
  sent: 'Sopimus lähetettiin palkkionsaajalle allekirjoitettavaksi.',
  toSign: 'Odottaa allekirjoitustasi',
  confirm: 'Olen lukenut sopimuksen ja hyväksyn sen ehdot',
  sign: 'Allekirjoita',
  signed: 'Allekirjoitit sopimuksen. Se tulee voimaan, kun hyvinvointialue on vahvistanut sen.',
  countersign: 'Vahvista ja saata voimaan',
  countersigned: 'Sopimus on voimassa.',
  inForce: 'Voimassa',
  pdf: (version: number) => `Lataa version ${version} PDF`,
};

export interface DraftTerms {
  carerIdentityCode: string;
  carerName: string;
  /** The unit's name as the coordinator's unit list shows it (she may work in several). */
  unitName?: string;
  caredPersonName: string;
  validFrom: string;
}

/** Kaisa on /staff/caregiver-portal/agreements/new: drafts an informal care agreement; returns its id. */
export async function draftInformalCareAgreement(staff: StaffPortal, terms: DraftTerms): Promise<string> {
  const main = staff.main;
  await main.getByRole('textbox', { name: caregiverWords.identityCode }).fill(terms.carerIdentityCode);
  await main.getByRole('button', { name: caregiverWords.find, exact: true }).click();
  await main.locator('.lx-alert').filter({ hasText: caregiverWords.chosen(terms.carerName) }).waitFor();
  const unit = main.getByRole('combobox', { name: caregiverWords.unit, exact: true });
  if (terms.unitName && (await unit.count())) await unit.selectOption({ label: terms.unitName });
  await main.getByLabel(caregiverWords.validFrom, { exact: false }).first().fill(terms.validFrom);
  await main.getByRole('textbox', { name: caregiverWords.caredPerson }).fill(terms.caredPersonName);
  await main.getByRole('textbox', { name: caregiverWords.monthlyFee }).waitFor();
  await Promise.all([
    staff.page.waitForURL((url) => /\/staff\/caregiver-portal\/agreements\/[0-9a-f-]{36}$/.test(url.pathname)),
    main.getByRole('button', { name: caregiverWords.save }).click(),
  ]);
  await staff.waitUntilReady();
  return new URL(staff.page.url()).pathname.split('/').pop() ?? '';
}

/** The coordinator sends the open draft shown on the agreement page. */
export async function sendAgreement(staff: StaffPortal): Promise<void> {
  await staff.main.getByRole('button', { name: caregiverWords.send }).click();
  await staff.main.locator('.lx-alert').filter({ hasText: caregiverWords.sent }).waitFor();
}

/** The carer, on /<lang>/caregiver-portal/agreements/<id>, confirms having read it and signs. */
export async function signAgreement(resident: ResidentPortal): Promise<void> {
  await resident.main.getByRole('checkbox', { name: caregiverWords.confirm }).check();
  await resident.main.getByRole('button', { name: caregiverWords.sign, exact: true }).click();
  await resident.main.locator('.lx-alert').filter({ hasText: caregiverWords.signed }).waitFor();
}

export async function countersignAgreement(staff: StaffPortal): Promise<void> {
  await staff.main.getByRole('button', { name: caregiverWords.countersign }).click();
  await staff.main.locator('.lx-alert').filter({ hasText: caregiverWords.countersigned }).waitFor();
}

/** The SHA-256 the page shows for a version's frozen PDF. */
export async function shownHash(page: Page, version: number): Promise<string> {
  const hash = page.getByTestId(`agreement-hash-${version}`);
  await hash.waitFor();
  return (await hash.innerText()).trim();
}

/** Downloads a version's PDF through the page's own link (with its session) and hashes the bytes. */
export async function downloadedPdf(page: Page, version: number): Promise<{ sha256: string; contentType: string; disposition: string; bytes: Buffer }> {
  const href = await page.getByRole('link', { name: caregiverWords.pdf(version) }).getAttribute('href');
  if (!href) throw new Error(`no PDF link for version ${version}`);
  const response = await page.request.get(new URL(href, page.url()).toString());
  if (response.status() !== 200) throw new Error(`PDF download answered ${response.status()}`);
  const bytes = await response.body();
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    contentType: response.headers()['content-type'] ?? '',
    disposition: response.headers()['content-disposition'] ?? '',
    bytes,
  };
}

/** The monthly report, approval, run and statement pages' words (resident in Swedish, staff in Finnish). */
export const reportWords = {
  dayOff: (day: number, month: string) => `Ledig dag ${day}.${Number(month.slice(5, 7))}.${Number(month.slice(0, 4))}`,
  addInterruption: 'Lägg till avbrott',
  kind: 'Orsak',
  hospitalStay: 'Sjukhusvård för den som vårdas',
  firstDay: 'Första dagen',
  lastDay: 'Sista dagen',
  send: 'Skicka anmälan',
  sent: 'Anmälan har skickats till handledaren.',
  approve: 'Hyväksy ja lukitse kuukausi',
  approved: 'Ilmoitus on hyväksytty ja kuukausi lukittu.',
  /** What a coordinator reads on a locked month (the carer is told to contact her instead). */
  lockedForStaff: 'Jos tiedoissa on virhe, lisää alle oikaisu',
  statementOf: (payeeName: string) => `Selvitys: ${payeeName}`,
  submittedStatus: 'Lähetetty',
  area: 'Palvelualue',
  month: 'Kuukausi',
  run: 'Laske kuukausi',
  csv: 'Lataa palkanlaskennan CSV',
  markExported: 'Merkitse lähetetyksi palkanlaskentaan',
  exported: 'Lähetetty palkanlaskentaan',
  statementPdf: 'Ladda ner specifikationen som PDF',
};

export interface MonthReport {
  agreementId: string;
  /** 'YYYY-MM' */
  month: string;
  daysOff: readonly number[];
  /** The cared person's hospital stay, first and last day of the month. */
  interruption?: { from: number; to: number };
}

/**
 * The carer, signed in on /sv, opens the month of one agreement from the reports page, ticks days
 * off, adds an interruption and sends; `beforeSend` looks at the filled form first (e.g. axe).
 */
export async function sendMonthReport(resident: ResidentPortal, report: MonthReport, beforeSend?: () => Promise<void>): Promise<void> {
  const main = resident.main;
  const iso = (day: number) => `${report.month}-${String(day).padStart(2, '0')}`;
  await resident.goto('sv', 'caregiver-portal/reports');
  await main.locator(`a[href$="/caregiver-portal/reports/${report.agreementId}/${report.month}"]`).first().click();
  await resident.waitUntilReady();
  for (const day of report.daysOff) await main.getByLabel(reportWords.dayOff(day, report.month)).check();
  if (report.interruption) {
    await main.getByRole('button', { name: reportWords.addInterruption }).click();
    await main.getByLabel(reportWords.kind).selectOption({ label: reportWords.hospitalStay });
    await main.getByLabel(reportWords.firstDay).fill(iso(report.interruption.from));
    await main.getByLabel(reportWords.lastDay).fill(iso(report.interruption.to));
    // Days of the interruption can no longer be ticked as days off.
    await main.getByLabel(reportWords.dayOff(report.interruption.from, report.month)).waitFor({ state: 'detached' });
  }
  await beforeSend?.();
  await main.getByRole('button', { name: reportWords.send }).click();
  await main.locator('.lx-alert', { hasText: reportWords.sent }).waitFor();
}

/**
 * The coordinator, on her queue (/staff/caregiver-portal/reports), opens a submitted report of the
 * month: the one of `agreementId`, or the payee's (queue names are "Surname Firstname").
 */
export async function openSubmittedReport(staff: StaffPortal, month: string, of: { agreementId: string } | { payeeName: string }): Promise<void> {
  const submitted = staff.main.getByRole('row').filter({ hasText: reportWords.submittedStatus });
  const link =
    'agreementId' in of
      ? submitted.locator(`a[href$="/reports/${of.agreementId}/${month}"]`)
      : submitted.filter({ hasText: of.payeeName }).locator(`a[href$="/${month}"]`).first();
  await link.click();
  await staff.waitUntilReady();
}

export async function approveReport(staff: StaffPortal): Promise<void> {
  await staff.main.getByRole('button', { name: reportWords.approve }).click();
  await staff.main.locator('.lx-alert', { hasText: reportWords.approved }).waitFor();
}

/** The coordinator computes a service area's month on /staff/caregiver-portal/payroll. */
export async function runCareMonth(staff: StaffPortal, areaName: string, month: string): Promise<void> {
  await staff.goto('caregiver-portal/payroll');
  await staff.main.getByLabel(reportWords.area).selectOption({ label: areaName });
  await staff.main.getByLabel(reportWords.month, { exact: true }).selectOption(month);
  await staff.main.getByRole('button', { name: reportWords.run }).click();
  await staff.main.getByText(/^Laskettu /).waitFor();
}

/** The payroll CSV of the run shown, through the page's own link: the rows of one payee, split into columns. */
export async function payrollCsvRows(staff: StaffPortal, payeeName: string): Promise<string[][]> {
  const href = await staff.main.getByRole('link', { name: reportWords.csv }).getAttribute('href');
  if (!href) throw new Error('no payroll CSV link');
  const response = await staff.page.request.get(new URL(href, staff.page.url()).toString());
  if (response.status() !== 200) throw new Error(`payroll CSV answered ${response.status()}`);
  const csv = await response.text();
  return csv
    .split('\r\n')
    .filter((line) => line.includes(`;${payeeName};`))
    .map((line) => line.split(';'));
}

export async function markRunExported(staff: StaffPortal): Promise<void> {
  await staff.main.getByRole('button', { name: reportWords.markExported }).click();
  await staff.main.locator('.lx-alert', { hasText: reportWords.exported }).waitFor();
}
