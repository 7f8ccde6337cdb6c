import {
  ClientError, LocalizedTextRef, pickLanguage, residentPersonId, staffUnitIds, withAccessLog, type BffContext, type builder as Builder,
} from '@luotsi/bff-core';
import type { CareAdjustment, CareMonthlyRun, PrismaClient } from '@luotsi/db';
import { helsinkiDate } from '@luotsi/calendar';
import {
  addMonthsToYearMonth, adjustmentProblems, calculateMonthlyFee, carerStatement, divideRounded, payTypeInfo, payTypes, yearMonthOf,
  type AdjustmentProblem, type CareAgreementStatus, type CareAgreementType, type CarerStatement, type PayType, type PayrollExport,
  type PayrollRow, type StatementLanguage, type StatementLine,
} from '@luotsi/caregiving-domain';
import { isUuid, payrollPurpose, reportCoordinatorRoles, reportPurpose } from '../reports/store';
import { staffServiceAreaIds, storeRun, type StatementContent } from './run';

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * One carer's statement of a month from the stored runs (exported ones only for the carer: a run
 * is final once sent to payroll), in `language`. Null when there is none.
 */
export async function statementOf(
  prisma: PrismaClient,
  where: { carerId: string; month: string; runId?: string; exportedOnly: boolean },
  language: StatementLanguage,
): Promise<CarerStatement | null> {
  const rows = await prisma.careStatement.findMany({
    where: { carerId: where.carerId, month: where.month, ...(where.runId ? { runId: where.runId } : {}), ...(where.exportedOnly ? { run: { status: 'exported' } } : {}) },
    include: { run: { select: { payroll: true } } },
    orderBy: { id: 'asc' },
  });
  if (rows.length === 0) return null;
  const merged: StatementContent = { results: [], claims: [], adjustments: [] };
  for (const r of rows) {
    const c = r.content as unknown as StatementContent;
    merged.results.push(...c.results);
    merged.claims.push(...c.claims);
    merged.adjustments.push(...c.adjustments);
  }
  const paymentDate = (rows[0]!.run.payroll as unknown as PayrollExport).paymentDate;
  return carerStatement({ carerId: where.carerId, month: where.month, language, ...merged, ...(paymentDate ? { paymentDate } : {}) });
}

type RunView = CareMonthlyRun;
type AdjustmentPayload = { adjustment: CareAdjustment | null; problems: AdjustmentProblem[] };

/** Whether the area is one of the coordinator's; another area is answered like a missing one. */
async function isOwnArea(ctx: BffContext, serviceAreaId: string): Promise<boolean> {
  const staffId = ctx.viewer.staff?.staffId;
  if (!staffId) throw new ClientError('UNAUTHENTICATED');
  if (!isUuid(serviceAreaId)) return false;
  return (await staffServiceAreaIds(ctx.prisma, staffId)).includes(serviceAreaId);
}

export function registerPayrollSchema(builder: typeof Builder): void {
  const PayTypeEnum = builder.enumType('CarePayType', {
    values: Object.fromEntries(payTypes.map((p) => [p.toUpperCase().replaceAll('-', '_'), { value: p }])) as Record<string, { value: PayType }>,
  });

  const Period = builder.objectRef<{ from: string; to: string }>('CareDateRange').implement({
    fields: (t) => ({ from: t.field({ type: 'Date', resolve: (p) => p.from }), to: t.field({ type: 'Date', resolve: (p) => p.to }) }),
  });

  const Line = builder.objectRef<StatementLine>('CareStatementLine').implement({
    fields: (t) => ({
      kind: t.exposeString('kind', { description: 'fee, claim or adjustment.' }),
      payType: t.field({ type: PayTypeEnum, resolve: (l) => l.payType }),
      label: t.exposeString('label', { description: 'In the statement’s language.' }),
      periods: t.field({ type: [Period], resolve: (l) => l.periods }),
      days: t.exposeInt('days', { nullable: true }),
      daysInMonth: t.exposeInt('daysInMonth', { nullable: true }),
      monthlyCents: t.exposeInt('monthlyCents', { nullable: true }),
      amountCents: t.exposeInt('amountCents'),
      taxable: t.exposeBoolean('taxable'),
      correctsMonth: t.exposeString('correctsMonth', { nullable: true }),
      note: t.exposeString('note', { nullable: true }),
    }),
  });

  const Statement = builder.objectRef<CarerStatement>('CareStatement').implement({
    description: 'A carer’s statement of one month’s pay: fees per paid days, reimbursements and corrections.',
    clientData: { clientOf: (s) => s.carerId, objectType: 'CareStatement', idOf: (s) => `${s.carerId}:${s.month}`, purpose: payrollPurpose, roles: reportCoordinatorRoles },
    fields: (t) => ({
      month: t.exposeString('month'),
      carerName: t.string({
        description: 'The carer’s name, so that a coordinator reading it sees whose it is.',
        resolve: async (s, _a, ctx) => {
          const p = await ctx.prisma.person.findUniqueOrThrow({ where: { id: s.carerId }, select: { firstName: true, lastName: true } });
          return `${p.firstName} ${p.lastName}`;
        },
      }),
      paymentDate: t.field({ type: 'Date', resolve: (s) => s.paymentDate }),
      language: t.exposeString('language'),
      lines: t.field({ type: [Line], resolve: (s) => s.lines }),
      totalCents: t.exposeInt('totalCents'),
      taxableCents: t.exposeInt('taxableCents'),
      nonTaxableCents: t.exposeInt('nonTaxableCents'),
    }),
  });

  const StatementSummary = builder.objectRef<{ month: string; totalCents: number }>('CareStatementSummary').implement({
    fields: (t) => ({ month: t.exposeString('month'), totalCents: t.exposeInt('totalCents') }),
  });

  builder.queryField('myCareStatements', (t) =>
    t.field({
      type: [StatementSummary],
      description: 'The signed-in carer’s statements of runs sent to payroll, the newest month first.',
      authScopes: { carer: true },
      resolve: async (_r, _a, ctx) => {
        const rows = await ctx.prisma.careStatement.groupBy({
          by: ['month'],
          where: { carerId: residentPersonId(ctx), run: { status: 'exported' } },
          _sum: { totalCents: true },
          orderBy: { month: 'desc' },
          take: 60,
        });
        return rows.map((r) => ({ month: r.month, totalCents: r._sum.totalCents ?? 0 }));
      },
    }),
  );

  builder.queryField('myCareStatement', (t) =>
    t.field({
      type: Statement,
      nullable: true,
      description: 'The signed-in carer’s statement of a month in the page’s language (the PDF link takes the same language).',
      authScopes: { carer: true },
      args: { month: t.arg.string({ required: true }) },
      resolve: (_r, args, ctx) => {
        if (!monthPattern.test(args.month)) throw new ClientError('BAD_USER_INPUT', 'month is YYYY-MM');
        return statementOf(ctx.prisma, { carerId: residentPersonId(ctx), month: args.month, exportedOnly: true }, ctx.language);
      },
    }),
  );

  // ---- the coordinator --------------------------------------------------------------------

  const Area = builder.objectRef<{ id: string; code: string; name: unknown }>('CareRunServiceArea').implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      code: t.exposeString('code'),
      name: t.field({ type: LocalizedTextRef, resolve: (a, _x, ctx) => pickLanguage(a.name, ctx.language) }),
    }),
  });

  builder.queryField('careRunServiceAreas', (t) =>
    t.field({
      type: [Area],
      description: 'The service areas of the coordinator’s units, whose monthly runs she makes.',
      authScopes: { staffRole: reportCoordinatorRoles },
      resolve: async (_r, _a, ctx) => {
        const ids = await staffServiceAreaIds(ctx.prisma, ctx.viewer.staff!.staffId!);
        return ctx.prisma.serviceArea.findMany({ where: { id: { in: ids } }, select: { id: true, code: true, name: true }, orderBy: { code: 'asc' } });
      },
    }),
  );

  const TotalRef = builder.objectRef<PayrollExport['totals']['byPayType'][number]>('CarePayrollTotal').implement({
    fields: (t) => ({
      payType: t.field({ type: PayTypeEnum, resolve: (x) => x.payType }),
      label: t.string({ resolve: (x, _a, ctx) => payTypeInfo[x.payType].label[ctx.language] }),
      rows: t.exposeInt('rows'),
      amountCents: t.exposeInt('amountCents'),
      taxable: t.exposeBoolean('taxable'),
    }),
  });

  const Row = builder.objectRef<PayrollRow>('CarePayrollRow').implement({
    description: 'One row of the payroll export: a payee, a pay type and an earning month.',
    clientData: { clientOf: (r) => r.payeeRef, objectType: 'CareStatement', idOf: (r) => `${r.payeeRef}:${r.runMonth}`, purpose: payrollPurpose, roles: reportCoordinatorRoles },
    fields: (t) => ({
      record: t.exposeString('record'),
      carerId: t.id({ resolve: (r) => r.payeeRef }),
      payeeName: t.exposeString('payeeName'),
      payType: t.field({ type: PayTypeEnum, resolve: (r) => r.payType }),
      earningMonth: t.exposeString('earningMonth'),
      amountCents: t.exposeInt('amountCents'),
    }),
  });

  const Run = builder.objectRef<RunView>('CareMonthlyRun').implement({
    description: 'The monthly run of one service area: totals, the payroll export and statements.',
    fields: (t) => ({
      id: t.exposeID('id'),
      month: t.exposeString('month'),
      status: t.exposeString('status', { description: 'computed (can be run again) or exported (sent to payroll, final).' }),
      computedAt: t.expose('computedAt', { type: 'DateTime' }),
      computedByName: t.exposeString('computedByName'),
      exportedAt: t.expose('exportedAt', { type: 'DateTime', nullable: true }),
      paymentDate: t.field({ type: 'Date', resolve: (r) => (r.payroll as unknown as PayrollExport).paymentDate }),
      totalCents: t.exposeInt('totalCents'),
      payees: t.exposeInt('payees'),
      rowCount: t.int({ resolve: (r) => (r.payroll as unknown as PayrollExport).totals.rows }),
      waitingCount: t.exposeInt('waitingCount', { description: 'Agreements of the area whose report of the month is not approved: not paid in this run.' }),
      problemCount: t.int({ resolve: (r) => (r.payroll as unknown as PayrollExport).problems.length }),
      totals: t.field({ type: [TotalRef], resolve: (r) => (r.payroll as unknown as PayrollExport).totals.byPayType }),
      rows: t.field({
        type: [Row],
        description: 'Rows of the export, optionally of one payee by name; at most 50 (the CSV has them all). Access-logged per carer shown.',
        args: { search: t.arg.string({ required: false }) },
        resolve: (r, args) => {
          const all = (r.payroll as unknown as PayrollExport).rows;
          const q = args.search?.trim().toLowerCase();
          return (q ? all.filter((row) => row.payeeName.toLowerCase().includes(q)) : all).slice(0, 50);
        },
      }),
    }),
  });

  builder.queryField('careMonthlyRun', (t) =>
    t.field({
      type: Run,
      nullable: true,
      description: 'The stored run of a service area and month, or null before it is run.',
      authScopes: { staffRole: reportCoordinatorRoles },
      args: { serviceAreaId: t.arg.id({ required: true }), month: t.arg.string({ required: true }) },
      resolve: async (_r, args, ctx) => {
        if (!monthPattern.test(args.month)) throw new ClientError('BAD_USER_INPUT', 'month is YYYY-MM');
        if (!(await isOwnArea(ctx, String(args.serviceAreaId)))) return null;
        return ctx.prisma.careMonthlyRun.findUnique({ where: { serviceAreaId_month: { serviceAreaId: String(args.serviceAreaId), month: args.month } } });
      },
    }),
  );

  builder.mutationField('runCareMonth', (t) =>
    t.field({
      type: Run,
      nullable: true,
      description:
        'Computes the fees of a service area’s month from approved reports and payable agreements, with the domain library, and stores the run, the payroll export and the statements. Running again replaces them; once exported it is refused (BAD_USER_INPUT). Null for an area not hers.',
      authScopes: { staffRole: reportCoordinatorRoles },
      args: { serviceAreaId: t.arg.id({ required: true }), month: t.arg.string({ required: true }) },
      resolve: async (_r, args, ctx) => {
        if (!monthPattern.test(args.month)) throw new ClientError('BAD_USER_INPUT', 'month is YYYY-MM');
        const serviceAreaId = String(args.serviceAreaId);
        if (!(await isOwnArea(ctx, serviceAreaId))) return null;
        if (args.month > yearMonthOf(helsinkiDate(ctx.now()))) throw new ClientError('BAD_USER_INPUT', 'A month that has not begun cannot be run.');
        const outcome = await storeRun(ctx.prisma, { serviceAreaId, month: args.month, staff: ctx.viewer.staff!, requestId: ctx.requestId, now: ctx.now() });
        if (outcome.kind === 'exported') throw new ClientError('BAD_USER_INPUT', 'This run has been sent to payroll; corrections are adjustments paid in a later month.');
        return outcome.run;
      },
    }),
  );

  builder.mutationField('markCareRunExported', (t) =>
    t.field({
      type: Run,
      nullable: true,
      description: 'Marks a run as sent to payroll: it is final (no re-run) and carers see their statements. Repeating it changes nothing.',
      authScopes: { staffRole: reportCoordinatorRoles },
      args: { runId: t.arg.id({ required: true }) },
      resolve: async (_r, args, ctx) => {
        if (!isUuid(String(args.runId))) return null;
        const run = await ctx.prisma.careMonthlyRun.findUnique({ where: { id: String(args.runId) } });
        if (!run || !(await isOwnArea(ctx, run.serviceAreaId))) return null;
        await ctx.prisma.careMonthlyRun.updateMany({ where: { id: run.id, status: 'computed' }, data: { status: 'exported', exportedAt: ctx.now(), exportedByName: ctx.viewer.staff!.displayName } });
        return ctx.prisma.careMonthlyRun.findUniqueOrThrow({ where: { id: run.id } });
      },
    }),
  );

  builder.queryField('careStatement', (t) =>
    t.field({
      type: Statement,
      nullable: true,
      description: 'A carer’s statement of a run, for the coordinator, in her language. Access-logged.',
      authScopes: { staffRole: reportCoordinatorRoles },
      args: { runId: t.arg.id({ required: true }), carerId: t.arg.id({ required: true }) },
      resolve: async (_r, args, ctx) => {
        if (!isUuid(String(args.runId)) || !isUuid(String(args.carerId))) return null;
        const run = await ctx.prisma.careMonthlyRun.findUnique({ where: { id: String(args.runId) } });
        if (!run || !(await isOwnArea(ctx, run.serviceAreaId))) return null;
        return statementOf(ctx.prisma, { carerId: String(args.carerId), month: run.month, runId: run.id, exportedOnly: false }, ctx.language);
      },
    }),
  );

  // ---- adjustments ------------------------------------------------------------------------

  const Adjustment = builder.prismaObject('CareAdjustment', {
    description: 'A correction to an approved (locked) month, paid or recovered in a later run.',
    clientData: { clientOf: (a) => a.carerId, purpose: reportPurpose, roles: reportCoordinatorRoles },
    fields: (t) => ({
      id: t.exposeID('id'),
      payType: t.field({ type: PayTypeEnum, resolve: (a) => a.payType as PayType }),
      correctsMonth: t.exposeString('correctsMonth'),
      paidInMonth: t.exposeString('paidInMonth'),
      amountCents: t.exposeInt('amountCents'),
      days: t.exposeInt('days', { nullable: true }),
      reason: t.exposeString('reason'),
      createdByName: t.exposeString('createdByName'),
      createdAt: t.expose('createdAt', { type: 'DateTime' }),
    }),
  });

  const ProblemEnum = builder.enumType('CareAdjustmentProblem', {
    values: ['NOT_CENTS', 'ZERO_AMOUNT', 'REASON_REQUIRED', 'UNKNOWN_PAY_TYPE', 'NOT_AN_EARLIER_MONTH', 'MONTH_NOT_LOCKED', 'AMOUNT_OR_DAYS'] as const,
  });
  const AdjustmentPayloadRef = builder.objectRef<AdjustmentPayload>('AddCareAdjustmentPayload').implement({
    fields: (t) => ({
      adjustment: t.field({ type: Adjustment, nullable: true, resolve: (p) => p.adjustment }),
      problems: t.field({ type: [ProblemEnum], resolve: (p) => p.problems.map((c) => c.toUpperCase().replaceAll('-', '_') as never) }),
    }),
  });

  const AdjustmentInput = builder.inputType('AddCareAdjustmentInput', {
    fields: (t) => ({
      agreementId: t.id({ required: true }),
      correctsMonth: t.string({ required: true, description: 'An approved (locked) month, YYYY-MM.' }),
      amountCents: t.int({ required: false, description: 'Positive pays more, negative recovers. Give this or days.' }),
      days: t.int({ required: false, description: 'Days paid more (or recovered, negative) at the month’s rate. Give this or amountCents.' }),
      reason: t.string({ required: true, description: 'Shown on the carer’s statement.' }),
      idempotencyKey: t.string({ required: true }),
    }),
  });

  builder.queryField('careAdjustments', (t) =>
    t.prismaField({
      type: [Adjustment],
      description: 'Adjustments of an agreement of the coordinator’s units, the newest first.',
      authScopes: { staffRole: reportCoordinatorRoles },
      args: { agreementId: t.arg.id({ required: true }) },
      resolve: async (query, _r, args, ctx) => {
        if (!isUuid(String(args.agreementId))) return [];
        const agreement = await ctx.prisma.careAgreement.findFirst({ where: { id: String(args.agreementId), unitId: { in: await staffUnitIds(ctx) } }, select: { id: true } });
        if (!agreement) return [];
        return ctx.prisma.careAdjustment.findMany({ ...query, where: { agreementId: agreement.id }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: 100 });
      },
    }),
  );

  builder.mutationField('addCareAdjustment', (t) =>
    t.field({
      type: AdjustmentPayloadRef,
      nullable: true,
      description:
        'Adds a correction (amount or days, with a reason) to an approved month of an agreement of her units; the next run not yet sent to payroll pays or recovers it. A retry with the same key adds nothing. Null outside her units.',
      authScopes: { staffRole: reportCoordinatorRoles },
      args: { input: t.arg({ type: AdjustmentInput, required: true }) },
      resolve: async (_r, { input }, ctx): Promise<AdjustmentPayload | null> => {
        const staff = ctx.viewer.staff!;
        const key = input.idempotencyKey.trim();
        if (key.length < 8 || key.length > 100 || !monthPattern.test(input.correctsMonth) || input.reason.length > 500)
          throw new ClientError('BAD_USER_INPUT', 'Check the month (YYYY-MM), the reason (at most 500 characters) and the key.');
        if (!isUuid(String(input.agreementId))) return null;
        const agreement = await ctx.prisma.careAgreement.findFirst({ where: { id: String(input.agreementId), unitId: { in: await staffUnitIds(ctx) } } });
        if (!agreement) return null;
        const again = await ctx.prisma.careAdjustment.findUnique({ where: { idempotencyKey: key } });
        if (again) return again.agreementId === agreement.id ? { adjustment: again, problems: [] } : null;
        const byAmount = input.amountCents != null;
        if (byAmount === (input.days != null)) return { adjustment: null, problems: ['amount-or-days' as AdjustmentProblem] };
        const report = await ctx.prisma.careReport.findUnique({ where: { agreementId_month: { agreementId: agreement.id, month: input.correctsMonth } }, select: { status: true } });
        const fee = calculateMonthlyFee(
          {
            id: agreement.id, type: agreement.type as CareAgreementType, status: agreement.status as CareAgreementStatus, carerId: agreement.carerId,
            serviceAreaCode: '', validFrom: iso(agreement.validFrom), validTo: agreement.validTo ? iso(agreement.validTo) : null,
            feeClass: agreement.feeClass, monthlyFeeCents: agreement.monthlyFeeCents,
          },
          input.correctsMonth,
        );
        const line = fee.lines[0];
        const payType: PayType = line?.payType ?? (agreement.type === 'family-care' ? 'family-care-fee' : 'informal-care-fee');
        const days = input.days ?? null;
        const amountCents = byAmount ? input.amountCents! : line && days !== null && Math.abs(days) <= fee.daysInMonth ? divideRounded(line.monthlyCents * days, fee.daysInMonth) : Number.NaN;
        // Paid in the first month from now whose run of the area has not gone to payroll.
        let paidInMonth = yearMonthOf(helsinkiDate(ctx.now()));
        if (paidInMonth <= input.correctsMonth) paidInMonth = addMonthsToYearMonth(input.correctsMonth, 1);
        const exported = new Set(
          (await ctx.prisma.careMonthlyRun.findMany({ where: { serviceAreaId: agreement.serviceAreaId, status: 'exported', month: { gte: paidInMonth } }, select: { month: true } })).map((r) => r.month),
        );
        while (exported.has(paidInMonth)) paidInMonth = addMonthsToYearMonth(paidInMonth, 1);
        const draft = { carerId: agreement.carerId, agreementId: agreement.id, serviceAreaCode: '', payType, correctsMonth: input.correctsMonth, paidInMonth, amountCents, reason: input.reason };
        const problems = adjustmentProblems(draft, report?.status === 'approved' ? input.correctsMonth : addMonthsToYearMonth(input.correctsMonth, -1));
        if (problems.length > 0) return { adjustment: null, problems };
        try {
          const adjustment = await withAccessLog(ctx, async (tx, log) => {
            const created = await tx.careAdjustment.create({
              data: {
                agreementId: agreement.id, carerId: agreement.carerId, serviceAreaId: agreement.serviceAreaId, payType, correctsMonth: input.correctsMonth,
                paidInMonth, amountCents, days, reason: input.reason.trim(), createdByStaffId: staff.staffId!, createdByName: staff.displayName, idempotencyKey: key,
              },
            });
            await log({ action: 'create', clientPersonId: agreement.carerId, objectType: 'CareAdjustment', objectId: created.id, purpose: reportPurpose, unitId: agreement.unitId, role: 'caregiver-coordinator' });
            return created;
          });
          return { adjustment, problems: [] };
        } catch (error) {
          // A simultaneous retry with the same key stored it first.
          const stored = await ctx.prisma.careAdjustment.findUnique({ where: { idempotencyKey: key } });
          if (stored) return { adjustment: stored, problems: [] };
          throw error;
        }
      },
    }),
  );
}
