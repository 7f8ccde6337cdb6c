import { randomUUID } from 'node:crypto';
import { accessLogRow, type AuthenticatedUser } from '@luotsi/bff-core';
import type { CareMonthlyRun, Prisma, PrismaClient } from '@luotsi/db';
import {
  monthRange, monthlyFeeAgreementTypes, payableStatuses, reportExpenseClaims, reportInterruptionsForFees, runMonth, sumCents,
  type Adjustment, type CareAgreementStatus, type CareAgreementType, type ExpenseClaim, type FeeAgreement, type Interruption,
  type MonthlyFeeResult, type PayType, type PayrollExport, type ReportExpense, type ReportInterruption, type YearMonth,
} from '@luotsi/caregiving-domain';
import { payrollPurpose } from '../reports/store';

/** What a carer's statement of a run is made of: the inputs of carerStatement(). */
export interface StatementContent {
  results: MonthlyFeeResult[];
  claims: ExpenseClaim[];
  adjustments: Adjustment[];
}

export type RunOutcome = { kind: 'computed'; run: CareMonthlyRun } | { kind: 'exported'; run: CareMonthlyRun };

const day = (date: string) => new Date(`${date}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The service areas whose runs a coordinator makes: those of her own units. */
export async function staffServiceAreaIds(prisma: PrismaClient, staffId: string): Promise<string[]> {
  const units = await prisma.staffUnit.findMany({ where: { staffId }, select: { unit: { select: { serviceAreaId: true } } } });
  return [...new Set(units.map((u) => u.unit.serviceAreaId))];
}

/**
 * The inputs of one service area's run: the area's monthly-fee agreements valid in the month whose
 * report of the month is approved (the others wait and are counted), the interruptions and
 * expenses of those reports, and the corrections to be paid in the month.
 */
export async function loadRunInput(prisma: PrismaClient, serviceAreaId: string, month: YearMonth) {
  const area = await prisma.serviceArea.findUniqueOrThrow({ where: { id: serviceAreaId }, select: { id: true, code: true } });
  const range = monthRange(month);
  const agreements = await prisma.careAgreement.findMany({
    where: {
      serviceAreaId,
      type: { in: [...monthlyFeeAgreementTypes] },
      status: { in: [...payableStatuses] },
      validFrom: { lte: day(range.to) },
      OR: [{ validTo: null }, { validTo: { gte: day(range.from) } }],
    },
    select: {
      id: true, type: true, status: true, carerId: true, validFrom: true, validTo: true, feeClass: true, monthlyFeeCents: true,
      reports: { where: { month }, select: { id: true, status: true, interruptions: true, expenses: true } },
    },
  });
  const fees: FeeAgreement[] = [];
  const interruptions: Interruption[] = [];
  const claims: ExpenseClaim[] = [];
  let waiting = 0;
  for (const a of agreements) {
    const report = a.reports[0];
    if (report?.status !== 'approved') {
      waiting++;
      continue;
    }
    fees.push({
      id: a.id, type: a.type as CareAgreementType, status: a.status as CareAgreementStatus, carerId: a.carerId, serviceAreaCode: area.code,
      validFrom: iso(a.validFrom), validTo: a.validTo ? iso(a.validTo) : null, feeClass: a.feeClass, monthlyFeeCents: a.monthlyFeeCents,
    });
    interruptions.push(...reportInterruptionsForFees(a.id, report.interruptions as unknown as ReportInterruption[]));
    claims.push(
      ...reportExpenseClaims(
        { id: report.id, carerId: a.carerId, agreementId: a.id, serviceAreaCode: area.code },
        report.expenses as unknown as ReportExpense[],
      ),
    );
  }
  const adjustments: Adjustment[] = (await prisma.careAdjustment.findMany({ where: { serviceAreaId, paidInMonth: month } })).map((a) => ({
    id: a.id, carerId: a.carerId, agreementId: a.agreementId, serviceAreaCode: area.code, payType: a.payType as PayType,
    correctsMonth: a.correctsMonth, paidInMonth: a.paidInMonth, amountCents: a.amountCents, reason: a.reason,
  }));
  const carerIds = [...new Set([...fees.map((f) => f.carerId), ...adjustments.map((a) => a.carerId)])];
  const people = await prisma.person.findMany({ where: { id: { in: carerIds } }, select: { id: true, firstName: true, lastName: true } });
  // The payroll key is the person's id in the portal: the county's payroll maps it to its payee.
  const payees = people.map((p) => ({ carerId: p.id, payrollRef: p.id, name: `${p.lastName} ${p.firstName}` }));
  return { area, month, agreements: fees, interruptions, claims, adjustments, payees, waiting };
}

export type RunInput = Awaited<ReturnType<typeof loadRunInput>>;

/** The pure part: fees, payroll export and each carer's statement content. */
export function computeRun(input: RunInput) {
  const run = runMonth({
    month: input.month, serviceAreaCode: input.area.code, agreements: input.agreements, interruptions: input.interruptions,
    claims: input.claims, adjustments: input.adjustments, payees: input.payees,
  });
  const statements = new Map<string, StatementContent>();
  const of = (carerId: string) => {
    let s = statements.get(carerId);
    if (!s) statements.set(carerId, (s = { results: [], claims: [], adjustments: [] }));
    return s;
  };
  for (const r of run.results) of(r.carerId).results.push(r);
  for (const c of input.claims) of(c.carerId).claims.push(c);
  for (const a of input.adjustments) of(a.carerId).adjustments.push(a);
  return { results: run.results, payroll: run.export, statements };
}

function statementTotal(s: StatementContent): number {
  return sumCents([...s.results.flatMap((r) => r.lines.map((l) => l.amountCents)), ...s.claims.map((c) => c.amountCents), ...s.adjustments.map((a) => a.amountCents)]);
}

/**
 * Computes and stores the run of one area and month: idempotent (one row per area and month;
 * running again replaces the figures and statements) until the run is exported, after which it is
 * refused. Each carer whose pay was computed gets an access-log row in the same transaction.
 */
export async function storeRun(
  prisma: PrismaClient,
  options: { serviceAreaId: string; month: YearMonth; staff: AuthenticatedUser; requestId: string; now: Date },
): Promise<RunOutcome> {
  const { serviceAreaId, month, staff, requestId, now } = options;
  const existing = await prisma.careMonthlyRun.findUnique({ where: { serviceAreaId_month: { serviceAreaId, month } } });
  if (existing?.status === 'exported') return { kind: 'exported', run: existing };
  const input = await loadRunInput(prisma, serviceAreaId, month);
  const computed = computeRun(input);
  const payroll: PayrollExport = computed.payroll;
  const actor = { staffId: staff.staffId!, name: staff.displayName, roles: staff.roles };
  return prisma.$transaction(
    async (tx) => {
      await tx.careMonthlyRun.createMany({
        data: [{ id: randomUUID(), serviceAreaId, month, computedAt: now, computedByName: staff.displayName, payroll: {}, totalCents: 0, payees: 0, waitingCount: 0 }],
        skipDuplicates: true,
      });
      // Simultaneous runs of the same area and month wait for each other here.
      await tx.$queryRaw`SELECT id FROM care_monthly_runs WHERE service_area_id = ${serviceAreaId}::uuid AND month = ${month} FOR UPDATE`;
      const row = await tx.careMonthlyRun.findUniqueOrThrow({ where: { serviceAreaId_month: { serviceAreaId, month } } });
      if (row.status === 'exported') return { kind: 'exported', run: row } as const;
      await tx.careStatement.deleteMany({ where: { runId: row.id } });
      const statements = [...computed.statements].map(([carerId, content]) => ({ carer_id: carerId, content, total_cents: statementTotal(content) }));
      // Thousands of rows as one JSON parameter: createMany would bind 6 parameters a row, which
      // PGlite and PostgreSQL parse far slower than one jsonb_to_recordset.
      if (statements.length > 0)
        await tx.$executeRaw`
          INSERT INTO care_statements (id, run_id, carer_id, month, content, total_cents)
          SELECT gen_random_uuid(), ${row.id}::uuid, x.carer_id, ${month}, x.content, x.total_cents
          FROM jsonb_to_recordset(${JSON.stringify(statements)}::jsonb) AS x(carer_id uuid, content jsonb, total_cents int)`;
      const run = await tx.careMonthlyRun.update({
        where: { id: row.id },
        data: {
          computedAt: now, computedByName: staff.displayName, payroll: payroll as unknown as Prisma.InputJsonValue,
          totalCents: payroll.totals.amountCents, payees: payroll.totals.payees, waitingCount: input.waiting,
        },
      });
      if (statements.length > 0) {
        // The rows as accessLogRow maps them, written the same way (one parameter).
        const rows = statements.map((s) =>
          accessLogRow(actor, { clientPersonId: s.carer_id, objectType: 'CareStatement', objectId: `${row.id}:${s.carer_id}`, purpose: payrollPurpose, role: 'caregiver-coordinator' }, 'create', requestId, now),
        );
        await tx.$executeRaw`
          INSERT INTO access_log_entries (id, occurred_at, actor_staff_id, actor_name, actor_role, actor_unit_id, client_person_id, action, object_type, object_id, purpose, request_id)
          SELECT gen_random_uuid(), x."occurredAt", x."actorStaffId", x."actorName", x."actorRole", x."actorUnitId", x."clientPersonId", x.action, x."objectType", x."objectId", x.purpose, x."requestId"
          FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("occurredAt" timestamptz, "actorStaffId" uuid, "actorName" text, "actorRole" text, "actorUnitId" uuid, "clientPersonId" uuid, action text, "objectType" text, "objectId" text, purpose text, "requestId" text)`;
      }
      return { kind: 'computed', run } as const;
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}
