/**
 * Indicators of the symptom check for insights: assessments started and completed, results by
 * urgency, the share sent to professionals, and handling times against the care-guarantee
 * deadline — over a period, for the county or one municipality.
 *
 * Where the numbers come from:
 * - started / completed / by urgency: `symptom_check_runs`, one row per answering, written by the
 *   page through `recordSymptomCheckRun` (no person, no answers: anonymous answering stays
 *   anonymous). The BFF recomputes the urgency from the answers; the page's own is never used.
 * - sent, handled, deadlines: the contact requests (the patient's municipality).
 *
 * Privacy rule: a count below 5 is never shown (null with `suppressed: true`), and when one count
 * of a group that adds up to a shown total is hidden, the smallest other one is hidden too, so the
 * total cannot give it back. Shares and medians are shown only when every count they come from is.
 */
import { z } from 'zod';
import type { PrismaClient } from '@luotsi/db';
import { addDays, helsinkiToUtc } from '@luotsi/calendar';
import { fieldRule } from '@luotsi/validation';
import { careGuaranteeDeadline } from '@luotsi/symptoms-domain';
import { ClientError, type builder as Builder } from '@luotsi/bff-core';
import { completeResult, parseAnswers, residentQuestionnaire } from './assessment';
import { urgencyLevels, isUrgency, type Urgency } from './urgency';

/** Who reads the indicators: managers, and team leads for their teams' follow-up. */
export const indicatorRoles = ['manager', 'team-lead'] as const;

/** Counts below this are suppressed (the county's rule for published statistics). */
export const suppressionThreshold = 5;

/** The longest period one request may cover. */
export const maxIndicatorDays = 366;

// ---- Pure rules ---------------------------------------------------------------------------

export interface ShownCount {
  value: number | null;
  suppressed: boolean;
}

/**
 * Suppresses the counts of a group and its total: below the threshold hidden, then, while exactly
 * one of the group's cells (its total included) is hidden, the smallest other one is hidden too.
 */
export function suppressGroup(members: readonly number[], total: number, threshold = suppressionThreshold): { members: ShownCount[]; total: ShownCount } {
  const values = [...members, total];
  const hidden = values.map((v) => v < threshold);
  while (hidden.filter(Boolean).length === 1) {
    let pick = -1;
    values.forEach((v, i) => {
      if (!hidden[i] && (pick === -1 || v < (values[pick] as number))) pick = i;
    });
    if (pick === -1) break;
    hidden[pick] = true;
  }
  const shown = values.map((v, i): ShownCount => (hidden[i] ? { value: null, suppressed: true } : { value: v, suppressed: false }));
  return { members: shown.slice(0, members.length), total: shown[members.length] as ShownCount };
}

export function suppressOne(value: number, threshold = suppressionThreshold): ShownCount {
  return value < threshold ? { value: null, suppressed: true } : { value, suppressed: false };
}

/** A share in percent (one decimal) of two shown counts; null when either is hidden or the base is 0. */
export function shareOf(part: ShownCount, whole: ShownCount): number | null {
  if (part.value === null || whole.value === null || whole.value === 0) return null;
  return Math.round((part.value / whole.value) * 1000) / 10;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The period's runs, counted in the database: all started, and the completed ones by result. */
export interface RunCounts {
  started: number;
  completed: readonly { urgency: string | null; contactOffered: boolean | null; count: number }[];
}

export interface RequestFacts {
  urgency: string;
  createdAt: Date;
  handledAt: Date | null;
  deadlineAt: Date | null;
}

export interface HandlingSummary {
  /** Requests sent in the period. */
  sent: number;
  handled: number;
  handledInTime: number;
  handledLate: number;
  /** Not handled and past their deadline at `now`. */
  openOverdue: number;
  /** Median minutes from sending to handling, of the handled ones. */
  medianHandlingMinutes: number | null;
}

/** The deadline of a request: the stored one, or the care-guarantee rule from its sending time. */
export function deadlineOf(request: RequestFacts): Date {
  if (request.deadlineAt) return request.deadlineAt;
  return careGuaranteeDeadline(request.createdAt, (isUrgency(request.urgency) ? request.urgency : 'same-day') as Urgency);
}

export function summariseHandling(requests: readonly RequestFacts[], now: Date): HandlingSummary {
  const handled = requests.filter((r) => r.handledAt !== null);
  const inTime = handled.filter((r) => (r.handledAt as Date) <= deadlineOf(r)).length;
  return {
    sent: requests.length,
    handled: handled.length,
    handledInTime: inTime,
    handledLate: handled.length - inTime,
    openOverdue: requests.filter((r) => r.handledAt === null && deadlineOf(r) < now).length,
    medianHandlingMinutes: median(handled.map((r) => Math.round(((r.handledAt as Date).getTime() - r.createdAt.getTime()) / 60_000))),
  };
}

export interface UrgencyCount {
  urgency: Urgency;
  count: ShownCount;
}

export interface SymptomIndicators {
  from: string;
  to: string;
  municipalityCode: string | null;
  started: ShownCount;
  completed: ShownCount;
  byUrgency: UrgencyCount[];
  contactOffered: ShownCount;
  sent: ShownCount;
  sentShare: number | null;
  handled: ShownCount;
  handledInTime: ShownCount;
  handledLate: ShownCount;
  handledInTimeShare: number | null;
  openOverdue: ShownCount;
  medianHandlingMinutes: number | null;
}

/** The indicators of a period from its runs and contact requests, with the privacy rule applied. */
export function computeIndicators(
  period: { from: string; to: string; municipalityCode: string | null },
  runs: RunCounts,
  requests: readonly RequestFacts[],
  now: Date,
): SymptomIndicators {
  const sum = (rows: RunCounts['completed']) => rows.reduce((total, row) => total + row.count, 0);
  const perUrgency = urgencyLevels.map((u) => sum(runs.completed.filter((r) => r.urgency === u)));
  const urgencyGroup = suppressGroup(perUrgency, sum(runs.completed));
  const handling = summariseHandling(requests, now);
  const handledGroup = suppressGroup([handling.handledInTime, handling.handledLate], handling.handled);
  const completed = urgencyGroup.total;
  const sent = suppressOne(handling.sent);
  return {
    ...period,
    started: suppressOne(runs.started),
    completed,
    byUrgency: urgencyLevels.map((urgency, i) => ({ urgency, count: urgencyGroup.members[i] as ShownCount })),
    contactOffered: suppressOne(sum(runs.completed.filter((r) => r.contactOffered === true))),
    sent,
    sentShare: shareOf(sent, completed),
    handled: handledGroup.total,
    handledInTime: handledGroup.members[0] as ShownCount,
    handledLate: handledGroup.members[1] as ShownCount,
    handledInTimeShare: shareOf(handledGroup.members[0] as ShownCount, handledGroup.total),
    openOverdue: suppressOne(handling.openOverdue),
    medianHandlingMinutes: handling.handled >= suppressionThreshold ? handling.medianHandlingMinutes : null,
  };
}

// ---- GraphQL ------------------------------------------------------------------------------

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const runInputSchema = z.object({
  runId: z.string().refine((value) => uuidPattern.test(value), fieldRule('invalid-format')),
  questionnaireId: z.string().max(100),
  answers: z.string().max(20_000).nullish(),
  municipalityCode: z
    .string()
    .refine((value) => /^\d{3}$/.test(value), fieldRule('invalid-format'))
    .nullish(),
});

const dayMs = 86_400_000;

async function loadIndicators(prisma: PrismaClient, from: string, to: string, municipalityCode: string | null, now: Date): Promise<SymptomIndicators> {
  // Helsinki days: from the first day's midnight to the midnight after the last (DST included).
  const start = helsinkiToUtc(from, '00:00');
  const endExclusive = helsinkiToUtc(addDays(to, 1), '00:00');
  const inPeriod = { startedAt: { gte: start, lt: endExclusive }, ...(municipalityCode ? { municipalityCode } : {}) };
  // Runs are many (every answering): counted in the database. Requests are few enough to read.
  const started = await prisma.symptomCheckRun.count({ where: inPeriod });
  const groups = await prisma.symptomCheckRun.groupBy({
    by: ['urgency', 'contactOffered'],
    where: { ...inPeriod, completedAt: { not: null } },
    _count: { _all: true },
  });
  const runs: RunCounts = { started, completed: groups.map((g) => ({ urgency: g.urgency, contactOffered: g.contactOffered, count: g._count._all })) };
  const requests = await prisma.contactRequest.findMany({
    where: { createdAt: { gte: start, lt: endExclusive }, ...(municipalityCode ? { person: { municipalityCode } } : {}) },
    select: { urgency: true, createdAt: true, handledAt: true, deadlineAt: true },
  });
  return computeIndicators({ from, to, municipalityCode }, runs, requests, now);
}

export function registerIndicatorsSchema(builder: typeof Builder): void {
  const Count = builder.objectRef<ShownCount>('SymptomIndicatorCount').implement({
    description: 'A count, or null with suppressed: true when it is below 5 (or would give a hidden one back).',
    fields: (t) => ({
      value: t.exposeInt('value', { nullable: true }),
      suppressed: t.exposeBoolean('suppressed'),
    }),
  });

  const ByUrgency = builder.objectRef<UrgencyCount>('SymptomIndicatorUrgencyCount').implement({
    fields: (t) => ({
      urgency: t.string({ resolve: (u) => u.urgency }),
      count: t.field({ type: Count, resolve: (u) => u.count }),
    }),
  });

  const Indicators = builder.objectRef<SymptomIndicators>('SymptomCheckIndicators').implement({
    description: 'The symptom check’s indicators over a period (Helsinki days), for the county or one municipality.',
    fields: (t) => ({
      from: t.field({ type: 'Date', resolve: (i) => i.from }),
      to: t.field({ type: 'Date', resolve: (i) => i.to }),
      municipalityCode: t.exposeString('municipalityCode', { nullable: true }),
      started: t.field({ type: Count, description: 'Assessments started (the first answer given).', resolve: (i) => i.started }),
      completed: t.field({ type: Count, description: 'Started in the period and got a result.', resolve: (i) => i.completed }),
      byUrgency: t.field({ type: [ByUrgency], description: 'Completed ones by the result’s urgency, most urgent first.', resolve: (i) => i.byUrgency }),
      contactOffered: t.field({ type: Count, description: 'Completed ones whose result offered a contact request.', resolve: (i) => i.contactOffered }),
      sent: t.field({ type: Count, description: 'Contact requests sent to professionals in the period.', resolve: (i) => i.sent }),
      sentShare: t.float({ nullable: true, description: 'Sent ÷ completed, in percent.', resolve: (i) => i.sentShare }),
      handled: t.field({ type: Count, description: 'Of the requests sent in the period, those handled.', resolve: (i) => i.handled }),
      handledInTime: t.field({ type: Count, description: 'Handled by their care-guarantee deadline.', resolve: (i) => i.handledInTime }),
      handledLate: t.field({ type: Count, resolve: (i) => i.handledLate }),
      handledInTimeShare: t.float({ nullable: true, description: 'Handled in time ÷ handled, in percent.', resolve: (i) => i.handledInTimeShare }),
      openOverdue: t.field({ type: Count, description: 'Not handled and past their deadline now.', resolve: (i) => i.openOverdue }),
      medianHandlingMinutes: t.float({ nullable: true, description: 'From sending to handling; shown from 5 handled requests up.', resolve: (i) => i.medianHandlingMinutes }),
    }),
  });

  builder.queryField('symptomCheckIndicators', (t) =>
    t.field({
      type: Indicators,
      description: 'Aggregated indicators of the symptom check (no personal data; counts below 5 suppressed).',
      authScopes: { staffRole: indicatorRoles },
      args: {
        from: t.arg({ type: 'Date', required: true }),
        to: t.arg({ type: 'Date', required: true }),
        municipalityCode: t.arg.string({ required: false, description: 'Leave out for the whole county.' }),
      },
      resolve: async (_root, args, ctx) => {
        const from = String(args.from);
        const to = String(args.to);
        if (from > to) throw new ClientError('BAD_USER_INPUT', 'The period must not end before it begins.');
        if ((Date.parse(to) - Date.parse(from)) / dayMs >= maxIndicatorDays) throw new ClientError('BAD_USER_INPUT', `Choose at most ${maxIndicatorDays} days.`);
        const code = args.municipalityCode ?? null;
        if (code && !(await ctx.prisma.municipality.findUnique({ where: { code } }))) throw new ClientError('NOT_FOUND', `No municipality ${code}`);
        return loadIndicators(ctx.prisma, from, to, code, ctx.now());
      },
    }),
  );

  builder.mutationField('recordSymptomCheckRun', (t) =>
    t.boolean({
      description:
        'Counts an answering for the indicators: without answers when the first answer is given, with them when the result is shown (the BFF recomputes the urgency), with a municipality when the page learns it. The page makes runId once per answering, so retries and repeated results count once. Stores no person and no answers.',
      authScopes: { public: true },
      args: {
        input: t.arg({
          type: builder.inputType('SymptomCheckRunInput', {
            fields: (f) => ({
              runId: f.id({ required: true }),
              questionnaireId: f.id({ required: true }),
              answers: f.string({ required: false, description: 'The answers as JSON, as for evaluateSymptomAssessment.' }),
              municipalityCode: f.string({ required: false }),
            }),
            validate: runInputSchema,
          }),
          required: true,
        }),
      },
      resolve: async (_root, { input }, ctx) => {
        const questionnaireId = String(input.questionnaireId);
        const definition = residentQuestionnaire(questionnaireId);
        if (!definition || (await ctx.prisma.questionnaire.count({ where: { id: questionnaireId, active: true } })) === 0)
          throw new ClientError('NOT_FOUND', `No questionnaire "${questionnaireId}".`);
        const municipalityCode = input.municipalityCode ?? null;
        if (municipalityCode && !(await ctx.prisma.municipality.findUnique({ where: { code: municipalityCode } })))
          throw new ClientError('BAD_USER_INPUT', 'Unknown municipality: choose one of the county’s.');
        // Recompute first: invalid answers fail before anything is written.
        const result = input.answers ? completeResult(definition, parseAnswers(input.answers)) : null;
        const id = String(input.runId);
        const now = ctx.now();
        await ctx.prisma.$transaction(async (tx) => {
          await tx.symptomCheckRun.createMany({ data: [{ id, questionnaireId, municipalityCode, startedAt: now }], skipDuplicates: true });
          // A run id belongs to one questionnaire: another's id is left alone.
          const own = { id, questionnaireId };
          if (municipalityCode) await tx.symptomCheckRun.updateMany({ where: own, data: { municipalityCode } });
          if (result) {
            await tx.symptomCheckRun.updateMany({ where: { ...own, completedAt: null }, data: { completedAt: now } });
            await tx.symptomCheckRun.updateMany({ where: own, data: { urgency: result.urgency, contactOffered: result.contact.offered } });
          }
        });
        return true;
      },
    }),
  );
}
