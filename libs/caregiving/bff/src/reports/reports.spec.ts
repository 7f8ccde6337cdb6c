import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import { createServer, type Server } from 'node:http';
import { demoId, type Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf, type AuthenticatedUser } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { calculateMonthlyFee, demoInformalCareFeeClasses2026, formatCentsDecimal } from '@luotsi/caregiving-domain';
import { caregivingModule } from '../index';

// The seed writes Olli's last month relative to the demo day: pin it to the day these tests assume.
process.env['LUOTSI_DEMO_TODAY'] = '2026-11-23';
import { payrollRoutes } from '../payroll/routes';

let db: Database;
let server: Server;
let base = '';
const schema = buildSchema([identityModule, caregivingModule]);
const sessions = new Map<string, { resident?: AuthenticatedUser; staff?: AuthenticatedUser }>();
let olli: AuthenticatedUser;
let pirjo: AuthenticatedUser;
let kaisa: AuthenticatedUser;
let laura: AuthenticatedUser;

/** The demo date: Monday 2026-11-23, noon in Helsinki. */
const now = new Date('2026-11-23T10:00:00Z');
const olliAgreement = demoId('care-agreement', 'olli');
const pirjoAgreement = demoId('care-agreement', 'pirjo-niko');

beforeAll(async () => {
  db = await openTestDatabase([identityModule, caregivingModule]);
  olli = await viewerOf(db.prisma, 'resident', 'carer-olli');
  pirjo = await viewerOf(db.prisma, 'resident', 'carer-pirjo');
  kaisa = await viewerOf(db.prisma, 'staff', 'staff-kaisa');
  laura = await viewerOf(db.prisma, 'staff', 'demo-staff-laura');
  sessions.set('olli', { resident: olli });
  sessions.set('laura', { staff: laura });
  sessions.set('kaisa', { staff: kaisa });
  const app = express();
  const router = express.Router();
  const viewer = (req: express.Request) => {
    const session = sessions.get(req.header('x-test-session') ?? '');
    return { resident: session?.resident ?? null, staff: session?.staff ?? null };
  };
  payrollRoutes(router, { prisma: () => db.prisma, viewerOf: viewer, modules: [], now: () => now });
  app.use((_req, res, next) => {
    res.locals['requestId'] = 'route-request';
    next();
  });
  app.use('/api/caregiving', router);
  server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/caregiving`;
}, 180_000);
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await db?.close();
});

const reportFields = 'id month status daysOff interruptions { kind from to } late returnComment enteredOnBehalf { name } reviewedByName';
const save = (who: 'mine' | 'onBehalf') =>
  `mutation($input: SaveCareReportInput!) { ${who === 'mine' ? 'saveMyCareReport' : 'saveCareReportOnBehalf'}(input: $input) { locked problems { path code } report { ${reportFields} } } }`;
interface Saved {
  locked: boolean;
  problems: { path: string[]; code: string }[];
  report: { id: string; status: string; daysOff: string[]; enteredOnBehalf: { name: string } | null; returnComment: string | null; late: boolean } | null;
}

const olliNovember = {
  agreementId: olliAgreement,
  month: '2026-11',
  daysOff: ['2026-11-07', '2026-11-08'],
  interruptions: [{ kind: 'HOSPITAL_STAY', from: '2026-11-16', to: '2026-11-18' }],
  expenses: [],
};
let key = 0;
const nextKey = () => `test-key-${++key}-${Date.now()}`;

async function saveAs(viewer: { resident?: AuthenticatedUser; staff?: AuthenticatedUser }, input: Record<string, unknown>, who: 'mine' | 'onBehalf' = 'mine') {
  const result = await runOperation<Record<string, Saved | null>>(schema, db.prisma, save(who), { ...viewer, variables: { input }, now, requestId: `save-${key}` });
  expect(result.errors).toBeUndefined();
  return result.data?.[who === 'mine' ? 'saveMyCareReport' : 'saveCareReportOnBehalf'] ?? null;
}

describe('the carer’s monthly report', () => {
  it('is refused when a day off is outside the month, and nothing is stored', async () => {
    const saved = await saveAs({ resident: olli }, { ...olliNovember, daysOff: ['2026-12-01'], submit: false, idempotencyKey: nextKey() });
    expect(saved?.problems).toEqual([{ path: ['daysOff', '0'], code: 'OUTSIDE_MONTH' }]);
    expect(await db.prisma.careReport.count({ where: { agreementId: olliAgreement, month: '2026-11' } })).toBe(0);
  });

  it('is stored once when the same report is submitted twice at the same time (double click and a retry)', async () => {
    const retriedKey = nextKey();
    const input = { ...olliNovember, submit: true };
    const results = await Promise.all([
      saveAs({ resident: olli }, { ...input, idempotencyKey: retriedKey }),
      saveAs({ resident: olli }, { ...input, idempotencyKey: retriedKey }),
      saveAs({ resident: olli }, { ...input, idempotencyKey: nextKey() }),
    ]);
    expect(results.map((r) => r?.report?.status)).toEqual(['SUBMITTED', 'SUBMITTED', 'SUBMITTED']);
    expect(new Set(results.map((r) => r?.report?.id)).size).toBe(1);
    const stored = await db.prisma.careReport.findMany({ where: { agreementId: olliAgreement, month: '2026-11' } });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.daysOff).toEqual(['2026-11-07', '2026-11-08']);
  });

  it('shows the carer his month with care days, days off and due date', async () => {
    const result = await runOperation<{ myCareReportMonth: { careDays: number; dueDate: string; late: boolean; editable: boolean; daysOffAvailable: number; report: { status: string } } }>(
      schema, db.prisma, `query { myCareReportMonth(agreementId: "${olliAgreement}", month: "2026-11") { careDays dueDate late editable daysOffAvailable report { status } } }`,
      { resident: olli, now },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.myCareReportMonth).toMatchObject({ careDays: 30 - 2 - 3, dueDate: '2026-12-03', late: false, editable: true, report: { status: 'SUBMITTED' } });
    expect(result.data?.myCareReportMonth.daysOffAvailable).toBeGreaterThanOrEqual(2);
  });

  it('is not shown to another carer, nor to a coordinator of other units', async () => {
    const other = await runOperation<{ myCareReportMonth: unknown }>(schema, db.prisma, `query { myCareReportMonth(agreementId: "${olliAgreement}", month: "2026-11") { month } }`, { resident: pirjo, now });
    expect(other.data?.myCareReportMonth).toBeNull();
    const saved = await saveAs({ resident: pirjo }, { ...olliNovember, submit: true, idempotencyKey: nextKey() });
    expect(saved).toBeNull();
    const kaisaReads = await runOperation<{ careReportMonth: unknown }>(schema, db.prisma, `query { careReportMonth(agreementId: "${olliAgreement}", month: "2026-11") { month } }`, { staff: kaisa, now, requestId: 'kaisa-olli' });
    expect(kaisaReads.data?.careReportMonth).toBeNull();
    const queue = await runOperation<{ careReportQueue: { agreementId: string }[] }>(schema, db.prisma, '{ careReportQueue { agreementId } }', { staff: kaisa, now });
    expect(queue.data?.careReportQueue.some((q) => q.agreementId === olliAgreement)).toBe(false);
    expect(await db.prisma.accessLogEntry.count({ where: { requestId: 'kaisa-olli' } })).toBe(0);
  });
});

describe('approval', () => {
  it('puts the submitted report in his coordinator’s queue and logs her reading it', async () => {
    const result = await runOperation<{ careReportQueue: { agreementId: string; state: string; carerName: string }[] }>(
      schema, db.prisma, '{ careReportQueue { agreementId month state carerName report { id status } } }', { staff: laura, now, requestId: 'queue-laura' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.careReportQueue).toContainEqual(expect.objectContaining({ agreementId: olliAgreement, state: 'SUBMITTED', carerName: 'Omaishoitaja Olli' }));
    const rows = await db.prisma.accessLogEntry.findMany({ where: { requestId: 'queue-laura', objectType: 'CareReport' } });
    expect(rows.some((r) => r.clientPersonId === olli.personId && r.purpose === 'care-report' && r.action === 'read')).toBe(true);
  });

  it('locks an approved month: the carer’s changes are refused', async () => {
    const id = (await db.prisma.careReport.findFirstOrThrow({ where: { agreementId: olliAgreement, month: '2026-11' } })).id;
    const approve = `mutation { approveCareReport(id: "${id}") { status reviewedByName } }`;
    const approved = await runOperation<{ approveCareReport: { status: string; reviewedByName: string } }>(schema, db.prisma, approve, { staff: laura, now, requestId: 'approve-1' });
    expect(approved.data?.approveCareReport).toEqual({ status: 'APPROVED', reviewedByName: 'Laura Mattila' });
    // Approving again changes nothing and logs nothing new.
    await runOperation(schema, db.prisma, approve, { staff: laura, now, requestId: 'approve-2' });
    expect(await db.prisma.accessLogEntry.count({ where: { requestId: { in: ['approve-1', 'approve-2'] }, action: 'update' } })).toBe(1);
    const changed = await saveAs({ resident: olli }, { ...olliNovember, daysOff: ['2026-11-09'], submit: true, idempotencyKey: nextKey() });
    expect(changed?.locked).toBe(true);
    expect(changed?.report?.daysOff).toEqual(['2026-11-07', '2026-11-08']);
    const other = await runOperation(schema, db.prisma, approve, { staff: kaisa, now });
    expect(other.data).toEqual({ approveCareReport: null });
  });

  it('records a report entered on the carer’s behalf, shows it to both, logs it, and lets the carer resubmit after a return', async () => {
    const saved = await saveAs(
      { staff: kaisa },
      { agreementId: pirjoAgreement, month: '2026-11', daysOff: [], interruptions: [], expenses: [{ date: '2026-11-10', amountCents: 2450, description: 'Lääkkeet' }], submit: true, idempotencyKey: nextKey() },
      'onBehalf',
    );
    expect(saved?.report).toMatchObject({ status: 'SUBMITTED', enteredOnBehalf: { name: 'Kaisa Koordinaattori' } });
    const logged = await db.prisma.accessLogEntry.findMany({ where: { objectId: saved!.report!.id, action: 'create' } });
    expect(logged.map((r) => [r.actorName, r.clientPersonId, r.purpose])).toEqual([['Kaisa Koordinaattori', pirjo.personId, 'care-report']]);

    const returned = await runOperation<{ returnCareReport: { status: string; returnComment: string } }>(
      schema, db.prisma, `mutation { returnCareReport(id: "${saved!.report!.id}", comment: "Liitä kuitti lääkkeistä.") { status returnComment } }`, { staff: kaisa, now },
    );
    expect(returned.data?.returnCareReport).toEqual({ status: 'RETURNED', returnComment: 'Liitä kuitti lääkkeistä.' });
    const mine = await runOperation<{ myCareReports: { status: string; returnComment: string; enteredOnBehalf: { name: string } }[] }>(
      schema, db.prisma, '{ myCareReports { status returnComment enteredOnBehalf { name } } }', { resident: pirjo, now },
    );
    expect(mine.data?.myCareReports).toEqual([{ status: 'RETURNED', returnComment: 'Liitä kuitti lääkkeistä.', enteredOnBehalf: { name: 'Kaisa Koordinaattori' } }]);
    const again = await saveAs({ resident: pirjo }, { agreementId: pirjoAgreement, month: '2026-11', daysOff: [], interruptions: [], expenses: [{ date: '2026-11-10', amountCents: 2450, description: 'Lääkkeet (kuitti postitettu)' }], submit: true, idempotencyKey: nextKey() });
    expect(again?.report?.status).toBe('SUBMITTED');
  });
});

describe('monthly run, payroll and statements', () => {
  const month = '2026-11';
  let areaId = '';
  let runId = '';
  const olliFee = calculateMonthlyFee(
    { id: olliAgreement, type: 'informal-care', status: 'active', carerId: 'x', serviceAreaCode: 'POHJOINEN', validFrom: '2023-05-01', validTo: null, feeClass: '1', monthlyFeeCents: demoInformalCareFeeClasses2026['1'] },
    month,
    { interruptions: [{ agreementId: olliAgreement, reason: 'cared-person-health', from: '2026-11-16', to: '2026-11-18' }] },
  ).lines.reduce((sum, l) => sum + l.amountCents, 0);

  it('pays the approved report’s fee as the domain library computes it, and is refused to a coordinator of other areas', async () => {
    areaId = (await db.prisma.serviceArea.findUniqueOrThrow({ where: { code: 'POHJOINEN' } })).id;
    const run = `mutation { runCareMonth(serviceAreaId: "${areaId}", month: "${month}") { id status totalCents payees waitingCount rows { carerId payeeName payType amountCents } } }`;
    const result = await runOperation<{ runCareMonth: { id: string; totalCents: number; payees: number; rows: { carerId: string; amountCents: number; payType: string }[] } }>(
      schema, db.prisma, run, { staff: laura, now, requestId: 'run-1' },
    );
    expect(result.errors).toBeUndefined();
    runId = result.data!.runCareMonth.id;
    expect(result.data?.runCareMonth.rows).toContainEqual({ carerId: olli.personId, payeeName: 'Omaishoitaja Olli', payType: 'INFORMAL_CARE_FEE', amountCents: olliFee });
    expect(olliFee).toBe(53_000);
    // Running again before export replaces it: still one run and one statement per carer.
    await runOperation(schema, db.prisma, run, { staff: laura, now, requestId: 'run-2' });
    expect(await db.prisma.careMonthlyRun.count({ where: { serviceAreaId: areaId, month } })).toBe(1);
    expect(await db.prisma.careStatement.count({ where: { runId, carerId: olli.personId! } })).toBe(1);
    const refused = await runOperation(schema, db.prisma, run, { staff: kaisa, now });
    expect(refused.data).toEqual({ runCareMonth: null });
  });

  it('gives the coordinator a CSV whose row for the carer matches, and logs the export', async () => {
    const forbidden = await fetch(`${base}/payroll/${runId}.csv`, { headers: { 'x-test-session': 'kaisa' } });
    expect(forbidden.status).toBe(404);
    const response = await fetch(`${base}/payroll/${runId}.csv`, { headers: { 'x-test-session': 'laura' } });
    expect(response.status).toBe(200);
    const csv = await response.text();
    const row = csv.split('\r\n').find((l) => l.includes(olli.personId!));
    expect(row?.split(';')).toEqual(['pay', month, 'POHJOINEN', '2026-12-14', olli.personId, 'Omaishoitaja Olli', 'informal-care-fee', 'informal-care-fee', '1', month, formatCentsDecimal(olliFee), '1']);
    const logged = await db.prisma.accessLogEntry.findMany({ where: { requestId: 'route-request', action: 'export' } });
    expect(logged.map((r) => r.clientPersonId)).toContain(olli.personId);
  });

  it('shows the carer his statement in Swedish once the run is sent to payroll, and refuses a re-run after that', async () => {
    const query = `{ myCareStatement(month: "${month}") { language totalCents lines { label amountCents } } }`;
    const before = await runOperation<{ myCareStatement: unknown }>(schema, db.prisma, query, { resident: olli, language: 'sv', now });
    expect(before.data?.myCareStatement).toBeNull();
    await runOperation(schema, db.prisma, `mutation { markCareRunExported(runId: "${runId}") { status } }`, { staff: laura, now });
    const after = await runOperation<{ myCareStatement: { language: string; totalCents: number; lines: { label: string; amountCents: number }[] } }>(schema, db.prisma, query, { resident: olli, language: 'sv', now });
    expect(after.data?.myCareStatement).toEqual({ language: 'sv', totalCents: olliFee, lines: [{ label: 'Vårdarvode för närståendevård', amountCents: olliFee }] });
    const rerun = await runOperation(schema, db.prisma, `mutation { runCareMonth(serviceAreaId: "${areaId}", month: "${month}") { id } }`, { staff: laura, now });
    expect(rerun.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const pdf = await fetch(`${base}/statements/${month}.pdf?lang=sv`, { headers: { 'x-test-session': 'olli' } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    // The data export has his reports and the statement sent to payroll.
    const sections = await caregivingModule.personalData!(db.prisma, olli.personId!);
    expect(sections.find((s) => s.id === 'caregiving.reports')?.records.map((r) => r.find((f) => f.key === 'month')?.value)).toEqual([month, '2026-10']);
    expect(sections.find((s) => s.id === 'caregiving.statements')?.records).toHaveLength(1);
  });

  it('adds a correction of the locked month once however often it is sent, paid in the next open month', async () => {
    const input = { agreementId: olliAgreement, correctsMonth: month, days: -1, reason: 'Sairaalajakso jatkui', idempotencyKey: 'adjust-olli-1' };
    const add = 'mutation($input: AddCareAdjustmentInput!) { addCareAdjustment(input: $input) { problems adjustment { amountCents paidInMonth createdByName } } }';
    const [a, b] = await Promise.all([
      runOperation<{ addCareAdjustment: { adjustment: { amountCents: number; paidInMonth: string } } }>(schema, db.prisma, add, { staff: laura, now, variables: { input } }),
      runOperation<{ addCareAdjustment: { adjustment: { amountCents: number; paidInMonth: string } } }>(schema, db.prisma, add, { staff: laura, now, variables: { input } }),
    ]);
    expect(a.data?.addCareAdjustment.adjustment).toEqual({ amountCents: -Math.round(53_000 / 30), paidInMonth: '2026-12', createdByName: 'Laura Mattila' });
    expect(b.data?.addCareAdjustment.adjustment.amountCents).toBe(-1767);
    expect(await db.prisma.careAdjustment.count({ where: { agreementId: olliAgreement } })).toBe(1);
    const open = await runOperation<{ addCareAdjustment: { problems: string[] } }>(schema, db.prisma, add, {
      staff: kaisa, now, variables: { input: { ...input, agreementId: pirjoAgreement, idempotencyKey: 'adjust-pirjo-1', days: null, amountCents: 100 } },
    });
    expect(open.data?.addCareAdjustment.problems).toEqual(['MONTH_NOT_LOCKED']);
  });
});
