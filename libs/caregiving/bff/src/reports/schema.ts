import { ClientError, residentPersonId, staffUnitIds, withAccessLog, type BffContext, type builder as Builder } from '@luotsi/bff-core';
import type { CareAgreement, CareReport } from '@luotsi/db';
import { helsinkiDate } from '@luotsi/calendar';
import {
  addMonthsToYearMonth, canReportMonth, isReportLate, monthRange, reportCareDays, reportDueDate, reportInputSchema, reportableRange,
  yearMonthOf,
  type ReportInput, type ReportInterruptionKind, type ReportProblem, type ReportStatus,
} from '@luotsi/caregiving-domain';
import {
  contentOf, daysOffBalance, isUuid, reportAgreementOf, reportCoordinatorRoles, reportPurpose, reportableAgreementStatuses, saveReport,
} from './store';

/** A report with whose it is: the access log needs the carer and the unit of every report read. */
type OwnedReport = CareReport & { agreement: { carerId: string; unitId: string } };
const owned = (report: CareReport | null, agreement: CareAgreement): OwnedReport | null =>
  report && { ...report, agreement: { carerId: agreement.carerId, unitId: agreement.unitId } };

/** A month of one agreement as the report page shows it, with or without a saved report. */
export interface ReportMonth {
  agreement: CareAgreement;
  month: string;
  report: OwnedReport | null;
  daysOffAvailable: number;
  today: string;
}

interface SavePayload {
  report: OwnedReport | null;
  problems: ReportProblem[];
  locked: boolean;
}

type QueueState = 'submitted' | 'returned' | 'late';
interface QueueItem {
  agreement: CareAgreement;
  month: string;
  report: OwnedReport | null;
  state: QueueState;
}

async function reportMonth(ctx: BffContext, agreement: CareAgreement, month: string): Promise<ReportMonth> {
  const report = await ctx.prisma.careReport.findUnique({ where: { agreementId_month: { agreementId: agreement.id, month } } });
  return {
    agreement,
    month,
    report: owned(report, agreement),
    daysOffAvailable: await daysOffBalance(ctx.prisma, reportAgreementOf(agreement), month),
    today: helsinkiDate(ctx.now()),
  };
}

/** The signed-in carer's own agreement that is reported on, or null (anyone else's looks missing). */
async function carersAgreement(ctx: BffContext, agreementId: string): Promise<CareAgreement | null> {
  if (!isUuid(agreementId)) return null;
  return ctx.prisma.careAgreement.findFirst({
    where: { id: agreementId, carerId: residentPersonId(ctx), status: { in: [...reportableAgreementStatuses] } },
  });
}

/** An agreement of the coordinator's own units, or null. */
async function unitAgreement(ctx: BffContext, agreementId: string): Promise<CareAgreement | null> {
  if (!isUuid(agreementId)) return null;
  return ctx.prisma.careAgreement.findFirst({
    where: { id: agreementId, unitId: { in: await staffUnitIds(ctx) }, status: { in: [...reportableAgreementStatuses] } },
  });
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
function checkMonth(month: string): string {
  if (!monthPattern.test(month)) throw new ClientError('BAD_USER_INPUT', 'month is YYYY-MM');
  return month;
}

export function registerReportsSchema(builder: typeof Builder): void {
  const Status = builder.enumType('CareReportStatus', {
    values: {
      DRAFT: { value: 'draft', description: 'Being filled in; saved as the carer goes.' },
      SUBMITTED: { value: 'submitted', description: 'Sent to the coordinator.' },
      RETURNED: { value: 'returned', description: 'Returned with a comment; the carer corrects and submits again.' },
      APPROVED: { value: 'approved', description: 'Approved: the month is locked; corrections are adjustments.' },
    } as const satisfies Record<string, { value: ReportStatus; description: string }>,
  });

  const Kind = builder.enumType('CareInterruptionKind', {
    values: {
      HOSPITAL_STAY: { value: 'hospital-stay', description: 'The cared person in hospital (the fee continues for a grace period).' },
      RESPITE_CARE: { value: 'respite-care', description: 'Respite care outside the carer’s days off.' },
      OTHER: { value: 'other' },
    } as const satisfies Record<string, { value: ReportInterruptionKind; description?: string }>,
  });

  const Interruption = builder.objectRef<{ kind: ReportInterruptionKind; from: string; to: string }>('CareReportInterruption').implement({
    fields: (t) => ({
      kind: t.field({ type: Kind, resolve: (i) => i.kind }),
      from: t.field({ type: 'Date', resolve: (i) => i.from }),
      to: t.field({ type: 'Date', resolve: (i) => i.to }),
    }),
  });

  const Expense = builder.objectRef<{ date: string; amountCents: number; description: string }>('CareReportExpense').implement({
    fields: (t) => ({
      date: t.field({ type: 'Date', resolve: (e) => e.date }),
      amountCents: t.exposeInt('amountCents'),
      description: t.exposeString('description'),
    }),
  });

  const OnBehalf = builder.objectRef<{ name: string; at: Date }>('CareReportEnteredOnBehalf').implement({
    description: 'A professional entered the report for a carer who cannot use strong identification.',
    fields: (t) => ({
      name: t.exposeString('name'),
      at: t.expose('at', { type: 'DateTime' }),
    }),
  });

  const Report = builder.prismaObject('CareReport', {
    description: 'A carer’s monthly report of one agreement: days off, interruptions and (family care) expenses.',
    clientData: { clientOf: (r) => r.agreement?.carerId, purpose: reportPurpose, roles: reportCoordinatorRoles, unitOf: (r) => r.agreement?.unitId },
    include: { agreement: { select: { carerId: true, unitId: true } } },
    fields: (t) => ({
      id: t.exposeID('id'),
      month: t.exposeString('month', { description: 'YYYY-MM.' }),
      status: t.field({ type: Status, resolve: (r) => r.status as ReportStatus }),
      daysOff: t.field({ type: ['Date'], resolve: (r) => contentOf(r).daysOff as string[] }),
      interruptions: t.field({ type: [Interruption], resolve: (r) => [...contentOf(r).interruptions] }),
      expenses: t.field({ type: [Expense], resolve: (r) => [...contentOf(r).expenses] }),
      submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
      reviewedAt: t.expose('reviewedAt', { type: 'DateTime', nullable: true }),
      reviewedByName: t.exposeString('reviewedByName', { nullable: true }),
      returnComment: t.exposeString('returnComment', { nullable: true, description: 'Why the coordinator returned it; kept after resubmission.' }),
      enteredOnBehalf: t.field({
        type: OnBehalf,
        nullable: true,
        resolve: (r) => (r.enteredByName && r.enteredAt ? { name: r.enteredByName, at: r.enteredAt } : null),
      }),
      late: t.boolean({
        description: 'Submitted after the 3rd of the next month, or not submitted and that day has passed (Helsinki dates).',
        resolve: (r, _a, ctx) => isReportLate(r.month, r.submittedAt ? helsinkiDate(r.submittedAt) : null, helsinkiDate(ctx.now())),
      }),
      agreement: t.relation('agreement'),
    }),
  });

  const Month = builder.objectRef<ReportMonth>('CareReportMonth').implement({
    description: 'One month of an agreement for reporting: the saved report, if any, and what the form needs.',
    clientData: {
      clientOf: (m) => m.agreement.carerId,
      objectType: 'CareReport',
      idOf: (m) => m.report?.id ?? `${m.agreement.id}:${m.month}`,
      purpose: reportPurpose,
      unitOf: (m) => m.agreement.unitId,
      roles: reportCoordinatorRoles,
    },
    fields: (t) => ({
      month: t.exposeString('month'),
      agreementId: t.id({ resolve: (m) => m.agreement.id }),
      agreementType: t.string({ resolve: (m) => m.agreement.type, description: 'informal-care, family-care, …; family care reports expenses.' }),
      caredPersonName: t.string({ nullable: true, resolve: (m) => m.agreement.caredPersonName }),
      carerName: t.string({
        resolve: async (m, _a, ctx) => {
          const p = await ctx.prisma.person.findUniqueOrThrow({ where: { id: m.agreement.carerId }, select: { firstName: true, lastName: true } });
          return `${p.firstName} ${p.lastName}`;
        },
      }),
      firstDay: t.field({ type: 'Date', nullable: true, description: 'First day of the month the agreement is valid on.', resolve: (m) => reportableRange(reportAgreementOf(m.agreement), m.month)?.from ?? null }),
      lastDay: t.field({ type: 'Date', nullable: true, resolve: (m) => reportableRange(reportAgreementOf(m.agreement), m.month)?.to ?? null }),
      dueDate: t.field({ type: 'Date', resolve: (m) => reportDueDate(m.month) }),
      late: t.boolean({ resolve: (m) => isReportLate(m.month, m.report?.submittedAt ? helsinkiDate(m.report.submittedAt) : null, m.today) }),
      daysOffAvailable: t.int({ description: 'Days off that can be taken this month (earned earlier, carried over, not yet used).', resolve: (m) => m.daysOffAvailable }),
      daysOffPerMonth: t.int({ resolve: (m) => m.agreement.daysOffPerMonth }),
      careDays: t.int({ description: 'Valid days without an interruption or a day off.', resolve: (m) => reportCareDays(reportAgreementOf(m.agreement), m.month, contentOf(m.report)) }),
      editable: t.boolean({ description: 'False once approved (locked) or before the month has begun.', resolve: (m) => m.report?.status !== 'approved' && canReportMonth(reportAgreementOf(m.agreement), m.month, m.today) }),
      report: t.field({ type: Report, nullable: true, resolve: (m) => m.report }),
    }),
  });

  const ProblemCode = builder.enumType('CareReportProblemCode', {
    values: [
      'INVALID_DATE', 'OUTSIDE_MONTH', 'OUTSIDE_AGREEMENT', 'DUPLICATE_DAY', 'ENDS_BEFORE_START', 'OVERLAPPING_INTERRUPTION',
      'DAY_OFF_DURING_INTERRUPTION', 'DAYS_OFF_EXCEED_BALANCE', 'EXPENSES_NOT_ALLOWED', 'AMOUNT_INVALID', 'DESCRIPTION_REQUIRED', 'DESCRIPTION_TOO_LONG',
    ] as const,
  });
  const Problem = builder.objectRef<ReportProblem>('CareReportProblem').implement({
    description: 'A rule of the month the report breaks, on one field; the UI words it in the reader’s language.',
    fields: (t) => ({
      path: t.stringList({ description: 'From the report down, e.g. ["interruptions", "1", "from"].', resolve: (p) => p.path.map(String) }),
      code: t.field({ type: ProblemCode, resolve: (p) => p.code.toUpperCase().replaceAll('-', '_') as never }),
    }),
  });

  const SavePayload = builder.objectRef<SavePayload>('SaveCareReportPayload').implement({
    description: 'The saved report, or the problems that kept it from being saved, or locked when the month is approved.',
    fields: (t) => ({
      report: t.field({ type: Report, nullable: true, resolve: (p) => p.report }),
      problems: t.field({ type: [Problem], resolve: (p) => p.problems }),
      locked: t.exposeBoolean('locked'),
    }),
  });

  const InterruptionInput = builder.inputType('CareReportInterruptionInput', {
    fields: (t) => ({
      kind: t.field({ type: Kind, required: true }),
      from: t.string({ required: true, description: 'YYYY-MM-DD, inside the month.' }),
      to: t.string({ required: true, description: 'YYYY-MM-DD, inside the month; the month’s last day while it goes on.' }),
    }),
  });
  const ExpenseInput = builder.inputType('CareReportExpenseInput', {
    fields: (t) => ({
      date: t.string({ required: true }),
      amountCents: t.int({ required: true }),
      description: t.string({ required: true }),
    }),
  });
  const SaveInput = builder.inputType('SaveCareReportInput', {
    fields: (t) => ({
      agreementId: t.id({ required: true }),
      month: t.string({ required: true, description: 'YYYY-MM.' }),
      daysOff: t.stringList({ required: true, description: 'The days off taken, YYYY-MM-DD.' }),
      interruptions: t.field({ type: [InterruptionInput], required: true }),
      expenses: t.field({ type: [ExpenseInput], required: true, description: 'Family care only; receipts are not uploaded here.' }),
      submit: t.boolean({ required: true, description: 'False saves a draft; true sends it to the coordinator.' }),
      idempotencyKey: t.string({ required: true, description: 'A new key per save; a retry of the same save sends the same key and stores nothing twice.' }),
    }),
    validate: reportInputSchema,
  });

  async function save(ctx: BffContext, agreement: CareAgreement, input: ReportInput, onBehalf: boolean): Promise<SavePayload> {
    const now = ctx.now();
    if (!canReportMonth(reportAgreementOf(agreement), input.month, helsinkiDate(now)))
      return { report: null, problems: [{ path: ['month'], code: 'outside-agreement' }], locked: false };
    const staff = ctx.viewer.staff;
    const request = {
      agreement,
      month: input.month,
      content: { daysOff: input.daysOff, interruptions: input.interruptions, expenses: input.expenses },
      submit: input.submit,
      idempotencyKey: input.idempotencyKey,
      enteredBy: onBehalf && staff?.staffId ? { staffId: staff.staffId, name: staff.displayName } : null,
      now,
    };
    const result = await saveReport(ctx.prisma, request);
    if (result.kind === 'problems') return { report: null, problems: result.problems, locked: false };
    if (result.kind === 'locked') return { report: owned(result.report, agreement), problems: [], locked: true };
    if (onBehalf)
      await ctx.accessLog.record(ctx.prisma, {
        action: result.created ? 'create' : 'update', clientPersonId: agreement.carerId, objectType: 'CareReport', objectId: result.report.id,
        purpose: reportPurpose, unitId: agreement.unitId, role: 'caregiver-coordinator',
      });
    return { report: owned(result.report, agreement), problems: [], locked: false };
  }

  // ---- the carer --------------------------------------------------------------------------

  builder.queryField('myCareReportMonth', (t) =>
    t.field({
      type: Month,
      nullable: true,
      description: 'A month of the signed-in carer’s own agreement for reporting; null for someone else’s agreement or one not signed.',
      authScopes: { carer: true },
      args: { agreementId: t.arg.id({ required: true }), month: t.arg.string({ required: true }) },
      resolve: async (_r, args, ctx) => {
        const agreement = await carersAgreement(ctx, String(args.agreementId));
        return agreement ? reportMonth(ctx, agreement, checkMonth(args.month)) : null;
      },
    }),
  );

  builder.queryField('myCareReports', (t) =>
    t.prismaField({
      type: [Report],
      description: 'The signed-in carer’s reports, the newest month first: status, the coordinator’s comments.',
      authScopes: { carer: true },
      resolve: (query, _r, _a, ctx) =>
        ctx.prisma.careReport.findMany({
          ...query,
          where: { agreement: { carerId: residentPersonId(ctx) } },
          orderBy: [{ month: 'desc' }, { id: 'asc' }],
          take: 120,
        }),
    }),
  );

  builder.mutationField('saveMyCareReport', (t) =>
    t.field({
      type: SavePayload,
      nullable: true,
      description:
        'The carer saves (submit false) or submits (submit true) a month’s report. One report per agreement and month: a double click, a retry or two simultaneous requests store one. Null for someone else’s agreement.',
      authScopes: { carer: true },
      args: { input: t.arg({ type: SaveInput, required: true }) },
      resolve: async (_r, { input }, ctx) => {
        const agreement = await carersAgreement(ctx, String(input.agreementId));
        return agreement ? save(ctx, agreement, input as unknown as ReportInput, false) : null;
      },
    }),
  );

  // ---- the coordinator --------------------------------------------------------------------

  builder.queryField('careReportMonth', (t) =>
    t.field({
      type: Month,
      nullable: true,
      description: 'A month of an agreement of the coordinator’s units, to review or to enter on the carer’s behalf. Access-logged.',
      authScopes: { staffRole: reportCoordinatorRoles },
      args: { agreementId: t.arg.id({ required: true }), month: t.arg.string({ required: true }) },
      resolve: async (_r, args, ctx) => {
        const agreement = await unitAgreement(ctx, String(args.agreementId));
        return agreement ? reportMonth(ctx, agreement, checkMonth(args.month)) : null;
      },
    }),
  );

  const QueueStateEnum = builder.enumType('CareReportQueueState', {
    values: { SUBMITTED: { value: 'submitted' }, RETURNED: { value: 'returned' }, LATE: { value: 'late', description: 'Not submitted and past its due date.' } } as const,
  });
  const QueueItemRef = builder.objectRef<QueueItem>('CareReportQueueItem').implement({
    clientData: {
      clientOf: (q) => q.agreement.carerId, objectType: 'CareReport', idOf: (q) => q.report?.id ?? `${q.agreement.id}:${q.month}`,
      purpose: reportPurpose, unitOf: (q) => q.agreement.unitId, roles: reportCoordinatorRoles,
    },
    fields: (t) => ({
      agreementId: t.id({ resolve: (q) => q.agreement.id }),
      month: t.exposeString('month'),
      state: t.field({ type: QueueStateEnum, resolve: (q) => q.state }),
      dueDate: t.field({ type: 'Date', resolve: (q) => reportDueDate(q.month) }),
      carerName: t.string({
        resolve: async (q, _a, ctx) => {
          const p = await ctx.prisma.person.findUniqueOrThrow({ where: { id: q.agreement.carerId }, select: { firstName: true, lastName: true } });
          return `${p.lastName} ${p.firstName}`;
        },
      }),
      report: t.field({ type: Report, nullable: true, resolve: (q) => q.report }),
    }),
  });

  builder.queryField('careReportQueue', (t) =>
    t.field({
      type: [QueueItemRef],
      description:
        'The coordinator’s queue of her units: submitted and returned reports of any month, and the reports of the last two months that are late (not submitted after the 3rd). Oldest month first, at most 200.',
      authScopes: { staffRole: reportCoordinatorRoles },
      resolve: async (_r, _a, ctx) => {
        const units = await staffUnitIds(ctx);
        const today = helsinkiDate(ctx.now());
        const thisMonth = yearMonthOf(today);
        const open = await ctx.prisma.careReport.findMany({
          where: { status: { in: ['submitted', 'returned'] }, agreement: { unitId: { in: units } } },
          include: { agreement: true },
          orderBy: [{ month: 'asc' }, { submittedAt: 'asc' }, { id: 'asc' }],
          take: 200,
        });
        const items: QueueItem[] = open.map((r) => ({ agreement: r.agreement, month: r.month, report: r, state: r.status as QueueState }));
        for (const month of [addMonthsToYearMonth(thisMonth, -2), addMonthsToYearMonth(thisMonth, -1)]) {
          if (!isReportLate(month, null, today)) continue;
          const first = `${month}-01`;
          const missing = await ctx.prisma.careAgreement.findMany({
            where: {
              unitId: { in: units },
              status: { in: [...reportableAgreementStatuses] },
              type: { in: ['informal-care', 'family-care'] },
              validFrom: { lte: new Date(`${monthRange(month).to}T00:00:00Z`) },
              OR: [{ validTo: null }, { validTo: { gte: new Date(`${first}T00:00:00Z`) } }],
              reports: { none: { month, status: { in: ['submitted', 'approved', 'returned'] } } },
            },
            include: { reports: { where: { month } } },
            orderBy: [{ validFrom: 'asc' }, { id: 'asc' }],
            take: 200 - items.length,
          });
          for (const a of missing) items.push({ agreement: a, month, report: owned(a.reports[0] ?? null, a), state: 'late' });
        }
        return items.slice(0, 200);
      },
    }),
  );

  builder.mutationField('saveCareReportOnBehalf', (t) =>
    t.field({
      type: SavePayload,
      nullable: true,
      description:
        'The carer’s contact professional saves or submits the report for a carer who cannot use strong identification. Recorded as entered on behalf (who, when), shown to both, and access-logged. Null for an agreement outside her units.',
      authScopes: { staffRole: reportCoordinatorRoles },
      args: { input: t.arg({ type: SaveInput, required: true }) },
      resolve: async (_r, { input }, ctx) => {
        const agreement = await unitAgreement(ctx, String(input.agreementId));
        return agreement ? save(ctx, agreement, input as unknown as ReportInput, true) : null;
      },
    }),
  );

  const review = (name: 'approveCareReport' | 'returnCareReport') =>
    builder.mutationField(name, (t) =>
      t.prismaField({
        type: Report,
        nullable: true,
        description:
          name === 'approveCareReport'
            ? 'Approves a submitted report: the month is locked (no more edits; corrections are adjustments). Repeating it changes nothing. Null outside her units.'
            : 'Returns a submitted report to the carer with a comment saying what to correct. Null outside her units.',
        authScopes: { staffRole: reportCoordinatorRoles },
        args: {
          id: t.arg.id({ required: true }),
          ...(name === 'returnCareReport' ? { comment: t.arg.string({ required: true }) } : {}),
        },
        resolve: async (query, _r, args, ctx) => {
          const staff = ctx.viewer.staff;
          if (!staff?.staffId) throw new ClientError('FORBIDDEN');
          const id = String(args.id);
          if (!isUuid(id)) return null;
          const report = await ctx.prisma.careReport.findFirst({ where: { id, agreement: { unitId: { in: await staffUnitIds(ctx) } } }, include: { agreement: true } });
          if (!report) return null;
          const approving = name === 'approveCareReport';
          const comment = typeof (args as { comment?: string }).comment === 'string' ? (args as { comment: string }).comment.trim() : '';
          if (!approving && (comment.length === 0 || comment.length > 1000))
            throw new ClientError('BAD_USER_INPUT', 'A comment of 1–1000 characters says what to correct.');
          if (report.status === (approving ? 'approved' : 'returned')) return ctx.prisma.careReport.findUniqueOrThrow({ ...query, where: { id } });
          if (report.status !== 'submitted') throw new ClientError('BAD_USER_INPUT', 'Only a submitted report can be approved or returned.');
          return withAccessLog(ctx, async (tx, log) => {
            // Conditional on the status: of two simultaneous reviews one wins.
            const changed = await tx.careReport.updateMany({
              where: { id, status: 'submitted' },
              data: {
                status: approving ? 'approved' : 'returned',
                reviewedAt: ctx.now(),
                reviewedByStaffId: staff.staffId,
                reviewedByName: staff.displayName,
                ...(approving ? {} : { returnComment: comment }),
              },
            });
            if (changed.count === 1)
              await log({ action: 'update', clientPersonId: report.agreement.carerId, objectType: 'CareReport', objectId: id, purpose: reportPurpose, unitId: report.agreement.unitId, role: 'caregiver-coordinator' });
            return tx.careReport.findUniqueOrThrow({ ...query, where: { id } });
          });
        },
      }),
    );
  review('approveCareReport');
  review('returnCareReport');
}
