import type { CareAgreement, CareReport, Prisma, PrismaClient } from '@luotsi/db';
import {
  addMonthsToYearMonth,
  daysOffAvailable,
  editableReportStatuses,
  normalizeReportContent,
  reportProblems,
  type CareAgreementType,
  type MonthlyReportContent,
  type ReportAgreement,
  type ReportExpense,
  type ReportInterruption,
  type ReportProblem,
  type ReportStatus,
  type ReportedMonth,
  type YearMonth,
} from '@luotsi/caregiving-domain';

/** Who report fields, approval and runs are for: the coordinators of the agreement's unit. */
export const reportCoordinatorRoles = ['caregiver-coordinator'] as const;

/** The access-log purpose of a professional's work on a carer's reports, fees and statements. */
export const reportPurpose = 'care-report';
export const payrollPurpose = 'care-payroll';

/** Agreements whose months are reported and paid by the monthly run. */
export const reportableAgreementStatuses = ['signed', 'active', 'ended'] as const;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Ids are UUIDs; anything else names nothing (and must not reach a uuid column). */
export const isUuid = (value: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export function reportAgreementOf(a: Pick<CareAgreement, 'id' | 'type' | 'validFrom' | 'validTo' | 'daysOffPerMonth'>): ReportAgreement {
  return {
    id: a.id,
    type: a.type as CareAgreementType,
    validFrom: iso(a.validFrom),
    validTo: a.validTo ? iso(a.validTo) : null,
    daysOffPerMonth: a.daysOffPerMonth,
  };
}

/** The stored JSON columns as report content (they are written only by saveReport). */
export function contentOf(report: Pick<CareReport, 'daysOff' | 'interruptions' | 'expenses'> | null): MonthlyReportContent {
  if (!report) return { daysOff: [], interruptions: [], expenses: [] };
  return {
    daysOff: report.daysOff as unknown as string[],
    interruptions: report.interruptions as unknown as ReportInterruption[],
    expenses: report.expenses as unknown as ReportExpense[],
  };
}

/** Earlier months' reports (submitted or approved) for the days-off account. */
export async function earlierReportedMonths(prisma: PrismaClient | Prisma.TransactionClient, agreementId: string, month: YearMonth): Promise<ReportedMonth[]> {
  const rows = await prisma.careReport.findMany({
    where: { agreementId, month: { lt: month, gte: addMonthsToYearMonth(month, -24) }, status: { in: ['submitted', 'approved'] } },
    select: { month: true, daysOff: true, interruptions: true, expenses: true },
  });
  return rows.map((r) => ({ month: r.month, ...contentOf(r) }));
}

export async function daysOffBalance(prisma: PrismaClient | Prisma.TransactionClient, agreement: ReportAgreement, month: YearMonth): Promise<number> {
  return daysOffAvailable(agreement, month, await earlierReportedMonths(prisma, agreement.id, month));
}

export interface SaveReportRequest {
  agreement: CareAgreement;
  month: YearMonth;
  content: MonthlyReportContent;
  submit: boolean;
  idempotencyKey: string;
  /** A professional entering the report for the carer. */
  enteredBy: { staffId: string; name: string } | null;
  now: Date;
}

export type SaveReportResult =
  | { kind: 'saved'; report: CareReport; created: boolean }
  | { kind: 'problems'; problems: ReportProblem[] }
  | { kind: 'locked'; report: CareReport };

/**
 * Saves a report: one row per agreement and month (unique), whatever the number of concurrent or
 * repeated requests. The row is created if missing (INSERT … ON CONFLICT DO NOTHING), then locked
 * (SELECT … FOR UPDATE) so that simultaneous saves run one after the other; a save whose key is
 * the row's last key is a retry and changes nothing. An approved report is locked.
 */
export async function saveReport(prisma: PrismaClient, request: SaveReportRequest): Promise<SaveReportResult> {
  const { agreement, month, submit, idempotencyKey, enteredBy, now } = request;
  const content = normalizeReportContent(request.content);
  const forRules = reportAgreementOf(agreement);
  return prisma.$transaction(
    async (tx) => {
      const inserted = await tx.careReport.createMany({ data: [{ agreementId: agreement.id, month }], skipDuplicates: true });
      await tx.$queryRaw`SELECT id FROM care_reports WHERE agreement_id = ${agreement.id}::uuid AND month = ${month} FOR UPDATE`;
      const current = await tx.careReport.findUniqueOrThrow({ where: { agreementId_month: { agreementId: agreement.id, month } } });
      if (current.lastIdempotencyKey === idempotencyKey) return { kind: 'saved', report: current, created: false };
      if (!editableReportStatuses.includes(current.status as ReportStatus)) return { kind: 'locked', report: current };
      const problems = reportProblems(forRules, month, content, await daysOffBalance(tx, forRules, month));
      if (problems.length > 0) {
        // A report that did not exist before this request is not left behind empty.
        if (inserted.count === 1) await tx.careReport.delete({ where: { id: current.id } });
        return { kind: 'problems', problems };
      }
      const status: ReportStatus = submit ? 'submitted' : current.status === 'returned' ? 'returned' : 'draft';
      const report = await tx.careReport.update({
        where: { id: current.id },
        data: {
          status,
          daysOff: content.daysOff as unknown as Prisma.InputJsonValue,
          interruptions: content.interruptions as unknown as Prisma.InputJsonValue,
          expenses: content.expenses as unknown as Prisma.InputJsonValue,
          lastIdempotencyKey: idempotencyKey,
          // The first submission counts for lateness; a resubmission after a return keeps it.
          submittedAt: submit ? (current.submittedAt ?? now) : current.submittedAt,
          ...(enteredBy ? { enteredByStaffId: enteredBy.staffId, enteredByName: enteredBy.name, enteredAt: now } : {}),
        },
      });
      return { kind: 'saved', report, created: inserted.count === 1 };
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
}
