/**
 * The professionals' contact-request queue: the live event stream, opening a request, and the
 * actions on it (claim, reassign, answer, phone call, close). Rules are @luotsi/symptoms-domain's;
 * this file authorises, stores, logs and publishes.
 */
import { GraphQLError } from 'graphql';
import { Prisma, type ContactRequest as Row } from '@luotsi/db';
import {
  LocalizedTextRef,
  pickLanguage,
  staffUnitIds,
  withAccessLog,
  type BffContext,
  type builder as Builder,
} from '@luotsi/bff-core';
import { isUrgency, type AnswerValue } from '@luotsi/questionnaires';
import {
  applyQueueAction,
  careGuaranteeDeadline,
  eventTypeOf,
  idempotencyKeySchema,
  outcomeCodes,
  outcomeSchema,
  phoneCallSchema,
  queueActionProblem,
  queueAnswerSchema,
  requestStatuses,
  type QueueAction,
  type QueueActionProblem,
  type RequestStatus,
} from '@luotsi/symptoms-domain';
import { notify } from '@luotsi/notify';
import { residentQuestionnaire } from '../assessment';
import { answerLines, type AnswerLine } from './answers';
import { publishQueueEvent, queueTopic, type QueueEventKind } from './events';
import { symptomContactRequestAnswered } from './notifications';

/** Who works the queue; the same literal as schema.ts (kept here to avoid an import cycle). */
const handlerRoles = ['nurse'] as const;

/** The care-guarantee deadline; computed for requests sent before it was stored. */
export function deadlineOf(row: Pick<Row, 'deadlineAt' | 'createdAt' | 'urgency'>): Date {
  return row.deadlineAt ?? careGuaranteeDeadline(row.createdAt, isUrgency(row.urgency) ? row.urgency : 'same-day');
}

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

const problemMessages: Record<QueueActionProblem | 'changed', string> = {
  'not-of-unit': 'The request is not in your units’ queue.',
  closed: 'The request is already closed.',
  'claimed-by-other': 'A colleague is handling the request; ask them to reassign it to you.',
  'already-claimed-by-you': 'You are already handling the request.',
  'assignee-not-of-unit': 'The colleague does not work in the receiving unit.',
  'unknown-outcome': 'Choose an outcome from the list.',
  changed: 'The request changed meanwhile. Reload it and try again.',
};

/** A refused action: BAD_USER_INPUT with `reason`, which the page shows in the reader's language. */
export class QueueActionError extends GraphQLError {
  constructor(readonly reason: QueueActionProblem | 'changed') {
    super(problemMessages[reason], { extensions: { code: 'BAD_USER_INPUT', reason } });
  }
}

interface ViewerStaff {
  staffId: string;
  unitIds: string[];
  role: string | undefined;
}

async function viewerStaff(ctx: BffContext): Promise<ViewerStaff> {
  const unitIds = await staffUnitIds(ctx);
  const staff = ctx.viewer.staff!;
  return { staffId: staff.staffId!, unitIds, role: staff.roles.find((r) => (handlerRoles as readonly string[]).includes(r)) };
}

/** The requests a professional may see: of their units, or reassigned to them. */
function visibleTo(viewer: ViewerStaff): Prisma.ContactRequestWhereInput {
  return { OR: [{ unitId: { in: viewer.unitIds } }, { claimedById: viewer.staffId }] };
}

export interface ActionInput {
  id: string;
  idempotencyKey: string;
  action: QueueAction;
  note?: string;
}

/**
 * Runs one action: authorised against the request's current state, written with its history entry
 * and access-log row in one transaction, then published to the unit's queue. A retried action
 * (same idempotency key) changes nothing and returns the request as it is.
 */
async function performAction(ctx: BffContext, input: ActionInput): Promise<Row | null> {
  const viewer = await viewerStaff(ctx);
  if (!isUuid(input.id)) return null;
  const request = await ctx.prisma.contactRequest.findFirst({ where: { id: input.id, ...visibleTo(viewer) } });
  // Another unit's request is answered like a missing one.
  if (!request) return null;
  const repeated = await ctx.prisma.contactRequestEvent.findUnique({
    where: { contactRequestId_idempotencyKey: { contactRequestId: request.id, idempotencyKey: input.idempotencyKey } },
  });
  if (repeated) return request;
  const state = { unitId: request.unitId, status: request.status as RequestStatus, claimedById: request.claimedById };
  const actor = { staffId: viewer.staffId, unitIds: viewer.unitIds };
  const problem = queueActionProblem(state, actor, input.action);
  if (problem) throw new QueueActionError(problem);
  const next = applyQueueAction(state, actor, input.action);
  const now = ctx.now();
  const action = input.action;
  try {
    const updated = await withAccessLog(ctx, async (tx, log) => {
      // Optimistic: the row must still be as it was read, or another action came in between.
      const { count } = await tx.contactRequest.updateMany({
        where: { id: request.id, status: request.status, claimedById: request.claimedById },
        data: {
          status: next.status,
          claimedById: next.claimedById,
          ...(next.claimedById !== request.claimedById ? { claimedAt: now } : {}),
          ...(action.type === 'answer' ? { reply: input.note ?? null, repliedAt: now } : {}),
          ...(action.type === 'close' ? { outcome: action.outcome, handledAt: now, handledById: viewer.staffId } : {}),
        },
      });
      if (count !== 1) throw new QueueActionError('changed');
      await tx.contactRequestEvent.create({
        data: {
          contactRequestId: request.id,
          type: eventTypeOf(action),
          staffId: viewer.staffId,
          toStaffId: action.type === 'reassign' ? action.toStaffId : null,
          note: action.type === 'answer' || action.type === 'phone-call' ? (input.note ?? null) : null,
          outcome: action.type === 'close' ? action.outcome : null,
          idempotencyKey: input.idempotencyKey,
          createdAt: now,
        },
      });
      await log({
        clientPersonId: request.personId, objectType: 'ContactRequest', objectId: request.id, purpose: 'unit-queue',
        unitId: request.unitId, action: 'update', role: viewer.role,
      });
      if (action.type === 'answer' && input.note) {
        // The sender reads the answer: the guardian when a guardian sent it for a child.
        const assessment = request.assessmentId
          ? await tx.symptomAssessment.findUnique({ where: { id: request.assessmentId }, select: { personId: true } })
          : null;
        await notify(tx, symptomContactRequestAnswered, {
          recipientPersonId: assessment?.personId ?? request.personId,
          data: { contactRequestId: request.id, reply: input.note },
        });
      }
      return tx.contactRequest.findUniqueOrThrow({ where: { id: request.id } });
    });
    publishQueueEvent(ctx.live, updated, eventTypeOf(action) as QueueEventKind);
    return updated;
  } catch (error) {
    // The same key at the same moment (a double click reaching two instances): the first one won.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      return ctx.prisma.contactRequest.findUnique({ where: { id: request.id } });
    throw error;
  }
}

interface HistoryEntry {
  type: string;
  at: Date;
  staffName: string | null;
  toStaffName: string | null;
  note: string | null;
  outcome: string | null;
}

export function registerQueueSchema(builder: typeof Builder): void {
  // The first (so far the only) subscription of the BFF defines the root type.
  builder.subscriptionType({});

  const QueueEvent = builder
    .objectRef<{ kind: string; contactRequestId: string; urgency: string }>('SymptomQueueEvent')
    .implement({
      description: 'Something happened to a request of the professional’s queue: read the queue again. Ids only, no personal data.',
      fields: (t) => ({
        kind: t.exposeString('kind', { description: '"received" | "claimed" | "reassigned" | "answered" | "phone-call" | "closed"' }),
        contactRequestId: t.exposeID('contactRequestId'),
        urgency: t.exposeString('urgency'),
      }),
    });

  builder.subscriptionField('symptomQueueEvents', (t) =>
    t.field({
      type: QueueEvent,
      description:
        'Live events of the contact-request queues of the professional’s units (server-sent events). Every BFF instance receives them through Redis when it is configured.',
      authScopes: { staffRole: handlerRoles },
      subscribe: async (_root, _args, ctx) => ctx.live.subscribe(queueTopic, await staffUnitIds(ctx)),
      resolve: (payload) => payload as { kind: string; contactRequestId: string; urgency: string },
    }),
  );

  builder.prismaObjectFields('ContactRequest', (t) => ({
    deadlineAt: t.field({
      type: 'DateTime',
      description: 'When the care-need assessment is due (care guarantee; sooner for urgent results).',
      select: { deadlineAt: true, createdAt: true, urgency: true },
      resolve: (r) => deadlineOf(r),
    }),
    // Staff ids are for the professionals' pages: a resident reading their own request gets null.
    claimedById: t.id({
      nullable: true,
      description: 'The professional handling the request (professionals only).',
      select: { claimedById: true },
      resolve: (r, _args, ctx) => (ctx.viewer.staff ? r.claimedById : null),
    }),
    claimedByMe: t.boolean({
      select: { claimedById: true },
      resolve: (r, _args, ctx) => r.claimedById !== null && r.claimedById === ctx.viewer.staff?.staffId,
    }),
    outcome: t.exposeString('outcome', { nullable: true, description: `Outcome code when closed: ${outcomeCodes.map((c) => `"${c}"`).join(' | ')}` }),
    closedAt: t.expose('handledAt', { type: 'DateTime', nullable: true }),
  }));

  const AnswerLineRef = builder.objectRef<AnswerLine>('SymptomAnswerLine').implement({
    description: 'One question of an assessment and the answer, in the reader’s language.',
    fields: (t) => ({
      itemId: t.exposeString('itemId'),
      question: t.exposeString('question'),
      answer: t.exposeString('answer'),
    }),
  });

  const HistoryRef = builder.objectRef<HistoryEntry>('SymptomContactRequestEvent').implement({
    description: 'One entry of a contact request’s history.',
    fields: (t) => ({
      type: t.exposeString('type', { description: '"sent" | "claimed" | "reassigned" | "answered" | "phone-call" | "closed"' }),
      at: t.expose('at', { type: 'DateTime' }),
      staffName: t.exposeString('staffName', { nullable: true }),
      toStaffName: t.exposeString('toStaffName', { nullable: true }),
      note: t.exposeString('note', { nullable: true, description: 'The answer, or the note of a phone call.' }),
      outcome: t.exposeString('outcome', { nullable: true }),
    }),
  });

  const Case = builder.prismaObject('ContactRequest', {
    variant: 'SymptomContactRequestCase',
    description: 'A contact request opened for handling: the summary, the answers, the contact details and the history.',
    // Opening a request reads the resident's health data: every opening is access-logged.
    clientData: { clientOf: (r) => r.personId, purpose: 'unit-queue', objectType: 'ContactRequest', unitOf: (r) => r.unitId, roles: handlerRoles },
    fields: (t) => ({
      id: t.exposeID('id'),
      urgency: t.exposeString('urgency'),
      status: t.exposeString('status', { description: requestStatuses.map((s) => `"${s}"`).join(' | ') }),
      receivedAt: t.expose('createdAt', { type: 'DateTime' }),
      deadlineAt: t.field({ type: 'DateTime', select: { deadlineAt: true, createdAt: true, urgency: true }, resolve: (r) => deadlineOf(r) }),
      claimedById: t.exposeID('claimedById', { nullable: true }),
      claimedByMe: t.boolean({ select: { claimedById: true }, resolve: (r, _args, ctx) => r.claimedById !== null && r.claimedById === ctx.viewer.staff?.staffId }),
      outcome: t.exposeString('outcome', { nullable: true }),
      closedAt: t.expose('handledAt', { type: 'DateTime', nullable: true }),
      questionnaire: t.relation('questionnaire'),
      unit: t.relation('unit'),
      summary: t.field({ type: LocalizedTextRef, select: { summary: true }, resolve: (r, _args, ctx) => pickLanguage(r.summary, ctx.language) }),
      patientName: t.string({
        select: { person: { select: { firstName: true, lastName: true } } },
        resolve: (r) => `${r.person.firstName} ${r.person.lastName}`,
      }),
      patientBirthDate: t.field({ type: 'Date', select: { person: { select: { birthDate: true } } }, resolve: (r) => r.person.birthDate }),
      contactPhone: t.exposeString('contactPhone', { nullable: true }),
      contactEmail: t.exposeString('contactEmail', { nullable: true }),
      reply: t.exposeString('reply', { nullable: true }),
      answers: t.field({
        type: [AnswerLineRef],
        description: 'The questions asked and the answers given (empty for requests sent before answers were stored).',
        select: { assessment: { select: { questionnaireId: true, answers: true } } },
        resolve: (r, _args, ctx) => {
          const definition = r.assessment ? residentQuestionnaire(r.assessment.questionnaireId) : null;
          return definition && r.assessment ? answerLines(definition, r.assessment.answers as Record<string, AnswerValue>, ctx.language) : [];
        },
      }),
      history: t.field({
        type: [HistoryRef],
        select: { events: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } },
        resolve: async (r, _args, ctx) => {
          const ids = [...new Set(r.events.flatMap((e) => [e.staffId, e.toStaffId]).filter((id): id is string => id !== null))];
          const staff = await ctx.prisma.staffMember.findMany({ where: { id: { in: ids } }, select: { id: true, firstName: true, lastName: true } });
          const name = (id: string | null) => {
            const s = id ? staff.find((m) => m.id === id) : undefined;
            return s ? `${s.firstName} ${s.lastName}` : null;
          };
          return r.events.map((e) => ({ type: e.type, at: e.createdAt, staffName: name(e.staffId), toStaffName: name(e.toStaffId), note: e.note, outcome: e.outcome }));
        },
      }),
    }),
  });

  builder.queryField('symptomContactRequest', (t) =>
    t.prismaField({
      type: Case,
      nullable: true,
      description: 'Opens a contact request of the professional’s units (or reassigned to them) for handling; every opening is access-logged. Null when there is no such request for them.',
      authScopes: { staffRole: handlerRoles },
      args: { id: t.arg.id({ required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const id = String(args.id);
        if (!isUuid(id)) return null;
        const viewer = await viewerStaff(ctx);
        return ctx.prisma.contactRequest.findFirst({ ...query, where: { id, ...visibleTo(viewer) } });
      },
    }),
  );

  const Colleague = builder.objectRef<{ id: string; name: string }>('SymptomQueueColleague').implement({
    description: 'A professional of the same unit who works the queue, for reassigning a request.',
    fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name') }),
  });

  builder.queryField('symptomQueueColleagues', (t) =>
    t.field({
      type: [Colleague],
      description: 'The professionals who work the contact-request queue of the viewer’s units (the viewer included), by name.',
      authScopes: { staffRole: handlerRoles },
      resolve: async (_root, _args, ctx) => {
        const unitIds = await staffUnitIds(ctx);
        const rows = await ctx.prisma.staffMember.findMany({
          where: { units: { some: { unitId: { in: unitIds } } }, roles: { hasSome: [...handlerRoles] } },
          orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
          take: 200,
        });
        return rows.map((s) => ({ id: s.id, name: `${s.firstName} ${s.lastName}` }));
      },
    }),
  );

  const actionField = (
    name: string,
    description: string,
    extraArgs: 'none' | 'reassign' | 'answer' | 'phone-call' | 'close',
  ) =>
    builder.mutationField(name, (t) =>
      t.prismaField({
        type: 'ContactRequest',
        nullable: true,
        description: `${description} Null when the request is not in the professional’s queue.`,
        authScopes: { staffRole: handlerRoles },
        args: {
          id: t.arg.id({ required: true }),
          idempotencyKey: t.arg.string({
            required: true,
            validate: idempotencyKeySchema,
            description: 'A new UUID per action, made by the page: a retry with the same key is done once.',
          }),
          ...(extraArgs === 'reassign' ? { toStaffId: t.arg.id({ required: true }) } : {}),
          ...(extraArgs === 'answer' ? { message: t.arg.string({ required: true, validate: queueAnswerSchema.shape.message }) } : {}),
          ...(extraArgs === 'phone-call' ? { note: t.arg.string({ required: true, validate: phoneCallSchema.shape.note }) } : {}),
          ...(extraArgs === 'close' ? { outcome: t.arg.string({ required: true, validate: outcomeSchema, description: outcomeCodes.join(' | ') }) } : {}),
        },
        resolve: async (query, _root, rawArgs, ctx) => {
          const args = rawArgs as Record<string, unknown> & { id: string | number; idempotencyKey: string };
          let action: QueueAction;
          if (extraArgs === 'reassign') {
            const toStaffId = String(args['toStaffId']);
            const units = isUuid(toStaffId) ? await ctx.prisma.staffUnit.findMany({ where: { staffId: toStaffId }, select: { unitId: true } }) : [];
            const assignee = isUuid(toStaffId)
              ? await ctx.prisma.staffMember.findFirst({ where: { id: toStaffId, roles: { hasSome: [...handlerRoles] } }, select: { id: true } })
              : null;
            action = { type: 'reassign', toStaffId, toStaffUnitIds: assignee ? units.map((u) => u.unitId) : [] };
          } else if (extraArgs === 'answer') action = { type: 'answer' };
          else if (extraArgs === 'phone-call') action = { type: 'phone-call' };
          else if (extraArgs === 'close') action = { type: 'close', outcome: String(args['outcome']) };
          else action = { type: 'claim' };
          const note = typeof args['message'] === 'string' ? args['message'] : typeof args['note'] === 'string' ? args['note'] : undefined;
          const done = await performAction(ctx, { id: String(args.id), idempotencyKey: args.idempotencyKey, action, ...(note !== undefined ? { note } : {}) });
          return done ? ctx.prisma.contactRequest.findUniqueOrThrow({ ...query, where: { id: done.id } }) : null;
        },
      }),
    );

  actionField('claimSymptomContactRequest', 'Takes a request for handling by the professional.', 'none');
  actionField('reassignSymptomContactRequest', 'Gives a request to a colleague of the receiving unit who works the queue.', 'reassign');
  actionField('answerSymptomContactRequest', 'Answers the resident by message (claims the request if nobody has); the sender gets a notification and sees the answer in My requests.', 'answer');
  actionField('recordSymptomContactRequestCall', 'Records a phone call with the resident: a note for colleagues (claims the request if nobody has).', 'phone-call');
  actionField('closeSymptomContactRequest', 'Closes a request with an outcome code; it leaves the queue.', 'close');
}
