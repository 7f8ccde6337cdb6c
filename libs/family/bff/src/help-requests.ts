import { createHash } from 'node:crypto';
import { ClientError, InvalidInputError, residentPersonId, staffUnitIds, withAccessLog, type BffContext, type builder as Builder } from '@luotsi/bff-core';
import type { HelpRequest, Prisma } from '@luotsi/db';
import {
  closeHelpRequestSchema,
  deadlineState,
  guidanceUnit,
  helpRequestDeadline,
  helpRequestReplySchema,
  helpRequestSchema,
  mayClaimHelpRequest,
  mayReplyToHelpRequest,
  normalizeReplyCode,
  type HelpRequestValues,
} from '@luotsi/family-domain';
import { notify } from '@luotsi/notify';
import { plainText } from '@luotsi/validation';
import { helpRequestAnswered } from './notifications';

/** Who works the family-services "ask for help" queue (the social-services advice triages it too). */
export const helpRequestHandlerRoles = ['family-worker', 'social-advisor'] as const;

/** Only a hash of a reply code is stored: a database leak does not reveal anyone's replies. */
export function replyCodeHash(normalizedCode: string): string {
  return createHash('sha256').update(`luotsi-family-reply:${normalizedCode}`).digest('hex');
}

/** Ids are uuids in the database; anything else cannot match (and would be a database error). */
function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

function isUniqueViolation(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})}` : '';
  return /23505|unique constraint|P2002/i.test(text) || (error as { code?: unknown })?.code === 'P2002';
}

/** The professional's role that gives them the queue, for the access log. */
function handlerRole(ctx: BffContext): string | undefined {
  return ctx.viewer.staff?.roles.find((r) => (helpRequestHandlerRoles as readonly string[]).includes(r));
}

/** A request of the professional's own units, or null (another unit's is answered like a missing one). */
async function ownUnitsRequest(ctx: BffContext, id: string): Promise<HelpRequest | null> {
  if (!isUuid(id)) return null;
  return ctx.prisma.helpRequest.findFirst({ where: { id, unitId: { in: await staffUnitIds(ctx) } } });
}

interface Receipt {
  id: string;
  contactMethod: string;
  dueAt: Date;
  receivedAt: Date;
}

/** What an anonymous sender sees with their code: the state and the reply, nothing they wrote. */
interface ReplyView {
  status: string;
  receivedAt: Date;
  dueAt: Date;
  reply: string | null;
  answeredAt: Date | null;
}

export function registerHelpRequestSchema(builder: typeof Builder) {
  const HelpRequestRef = builder.prismaObject('HelpRequest', {
    // A named request is its sender's data: a professional's read is access-logged. An anonymous
    // request has no client, so it leaves no row.
    clientData: { clientOf: (r) => r.personId, purpose: 'unit-queue', unitOf: (r) => r.unitId, roles: helpRequestHandlerRoles },
    fields: (t) => ({
      id: t.exposeID('id'),
      topic: t.exposeString('topic', { description: 'The main topic (the first the sender chose).' }),
      topics: t.stringList({ resolve: (r) => (r.topics.length ? r.topics : [r.topic]) }),
      contactMethod: t.exposeString('contactMethod'),
      contactPhone: t.exposeString('contactPhone', { nullable: true }),
      contactEmail: t.exposeString('contactEmail', { nullable: true }),
      message: t.exposeString('message', { description: 'What the sender wrote.' }),
      status: t.exposeString('status', { description: 'new, answered or closed.' }),
      anonymous: t.boolean({ resolve: (r) => r.personId === null && r.contactMethod === 'anonymous' }),
      language: t.exposeString('language'),
      receivedAt: t.expose('createdAt', { type: 'DateTime' }),
      dueAt: t.expose('dueAt', { type: 'DateTime' }),
      deadline: t.string({
        description: 'overdue, due-today, upcoming (open requests) or done (answered or closed), at the time of the request.',
        resolve: (r, _args, ctx) => deadlineState(r, ctx.now()),
      }),
      municipalityCode: t.exposeString('municipalityCode', { nullable: true }),
      claimedByMe: t.boolean({ resolve: (r, _args, ctx) => r.claimedByStaffId !== null && r.claimedByStaffId === ctx.viewer.staff?.staffId }),
      claimed: t.boolean({ resolve: (r) => r.claimedByStaffId !== null }),
      claimedAt: t.expose('claimedAt', { type: 'DateTime', nullable: true }),
      reply: t.exposeString('reply', { nullable: true }),
      answeredAt: t.expose('answeredAt', { type: 'DateTime', nullable: true }),
      closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
      closeCode: t.exposeString('closeCode', { nullable: true }),
    }),
  });

  const ReceiptRef = builder.objectRef<Receipt>('HelpRequestReceipt').implement({
    description: 'What the sender is told after sending: when the answer is due. Nothing they wrote.',
    fields: (t) => ({
      id: t.exposeID('id'),
      contactMethod: t.exposeString('contactMethod'),
      receivedAt: t.expose('receivedAt', { type: 'DateTime' }),
      dueAt: t.expose('dueAt', { type: 'DateTime' }),
    }),
  });

  const ReplyViewRef = builder.objectRef<ReplyView>('HelpRequestReplyView').implement({
    description: 'An anonymous request as its reply code shows it: state, deadline and the reply only.',
    fields: (t) => ({
      status: t.exposeString('status'),
      receivedAt: t.expose('receivedAt', { type: 'DateTime' }),
      dueAt: t.expose('dueAt', { type: 'DateTime' }),
      reply: t.exposeString('reply', { nullable: true }),
      answeredAt: t.expose('answeredAt', { type: 'DateTime', nullable: true }),
    }),
  });

  const HelpRequestInput = builder.inputType('HelpRequestInput', {
    fields: (t) => ({
      topics: t.stringList({ required: true }),
      message: t.string({ required: true }),
      contactMethod: t.string({ required: true, description: 'phone, email, portal (signed in) or anonymous.' }),
      phone: t.string({ required: false }),
      email: t.string({ required: false }),
      municipalityCode: t.string({ required: false, description: 'Where the family lives; a signed-in sender’s comes from the register.' }),
      idempotencyKey: t.string({ required: true, description: 'A uuid made once per form: a retry or double click sends the same.' }),
      replyCode: t.string({ required: false, description: 'Anonymous only: the code shown to the sender, made in the browser.' }),
    }),
    validate: helpRequestSchema,
  });

  builder.mutationField('sendHelpRequest', (t) =>
    t.field({
      type: ReceiptRef,
      description:
        'Anyone sends an "ask for help" request to the family-services guidance queue of their municipality, answered within 3 working days. Idempotent by idempotencyKey. "portal" needs a resident sign-in; anonymous requests are read back with their reply code.',
      authScopes: { public: true },
      args: { input: t.arg({ type: HelpRequestInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        // The validation plugin hands over the schema's output (trimmed, normalised).
        const values = input as unknown as HelpRequestValues;
        const signedIn = ctx.viewer.resident?.personId ?? null;
        if (values.contactMethod === 'portal' && !signedIn) throw new InvalidInputError([{ path: ['input', 'contactMethod'], code: 'invalid-choice' }]);
        // An anonymous request is not linked to the sender even when they are signed in.
        const personId = values.contactMethod === 'anonymous' ? null : signedIn;
        const person = personId ? await ctx.prisma.person.findUnique({ where: { id: personId }, select: { municipalityCode: true } }) : null;
        const municipalityCode = person?.municipalityCode ?? values.municipalityCode;
        if (!municipalityCode) throw new InvalidInputError([{ path: ['input', 'municipalityCode'], code: 'required' }]);
        const municipality = await ctx.prisma.municipality.findUnique({ where: { code: municipalityCode }, select: { serviceAreaId: true } });
        if (!municipality) throw new InvalidInputError([{ path: ['input', 'municipalityCode'], code: 'invalid-choice' }]);
        const units = await ctx.prisma.unit.findMany({ where: { serviceAreaId: municipality.serviceAreaId }, select: { id: true, code: true, type: true } });
        const unit = guidanceUnit(units);
        if (!unit) throw new Error(`No family-services unit in the service area of municipality ${municipalityCode}`);

        const existing = async () => {
          const found = await ctx.prisma.helpRequest.findUnique({ where: { idempotencyKey: values.idempotencyKey } });
          // The same key from someone else is not theirs to see.
          if (!found || found.personId !== personId) throw new ClientError('BAD_USER_INPUT', 'This form was already used; reload the page.');
          return receiptOf(found);
        };
        const already = await ctx.prisma.helpRequest.findUnique({ where: { idempotencyKey: values.idempotencyKey }, select: { id: true } });
        if (already) return existing();
        const now = ctx.now();
        try {
          const created = await ctx.prisma.helpRequest.create({
            data: {
              topic: values.topics[0]!,
              topics: values.topics,
              message: values.message,
              contactMethod: values.contactMethod,
              contactPhone: values.phone,
              contactEmail: values.email,
              language: ctx.language,
              municipalityCode,
              personId,
              replyCode: values.replyCode ? replyCodeHash(values.replyCode) : null,
              idempotencyKey: values.idempotencyKey,
              unitId: unit.id,
              createdAt: now,
              dueAt: helpRequestDeadline(now),
            },
          });
          return receiptOf(created);
        } catch (error) {
          // A double click: the other submission won the race; both get the same request.
          if (isUniqueViolation(error)) return existing();
          throw error;
        }
      },
    }),
  );

  builder.mutationField('readHelpRequestReply', (t) =>
    t.field({
      type: ReplyViewRef,
      nullable: true,
      description:
        'An anonymous sender reads the state and reply of their request with its reply code; null for an unknown code. A mutation on purpose: the BFF’s per-address rate limit on mutations then counts every guess.',
      authScopes: { public: true },
      args: { code: t.arg.string({ required: true, validate: plainText({ max: 30 }) }) },
      resolve: async (_root, args, ctx) => {
        const code = normalizeReplyCode(args.code);
        if (!code) return null;
        const r = await ctx.prisma.helpRequest.findUnique({ where: { replyCode: replyCodeHash(code) } });
        if (!r || r.personId !== null) return null;
        return { status: r.status, receivedAt: r.createdAt, dueAt: r.dueAt, reply: r.reply, answeredAt: r.answeredAt };
      },
    }),
  );

  builder.queryField('myHelpRequests', (t) =>
    t.prismaField({
      type: [HelpRequestRef],
      description: 'The signed-in resident’s own named "ask for help" requests, newest first, with their replies.',
      authScopes: { resident: true },
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.helpRequest.findMany({ ...query, where: { personId: residentPersonId(ctx) }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: 50 }),
    }),
  );

  builder.queryField('familyHelpRequests', (t) =>
    t.prismaField({
      type: [HelpRequestRef],
      description: 'Open "ask for help" requests (new and answered) of the professional’s own units, the earliest deadline first.',
      authScopes: { staffRole: helpRequestHandlerRoles },
      resolve: async (query, _root, _args, ctx) =>
        ctx.prisma.helpRequest.findMany({
          ...query,
          where: { unitId: { in: await staffUnitIds(ctx) }, status: { not: 'closed' } },
          orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
          take: 100,
        }),
    }),
  );

  builder.queryField('familyHelpRequest', (t) =>
    t.prismaField({
      type: HelpRequestRef,
      nullable: true,
      description: 'One request of the professional’s own units (opening it is access-logged); null otherwise.',
      authScopes: { staffRole: helpRequestHandlerRoles },
      args: { id: t.arg.id({ required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const id = String(args.id);
        if (!isUuid(id)) return null;
        return ctx.prisma.helpRequest.findFirst({ ...query, where: { id, unitId: { in: await staffUnitIds(ctx) } } });
      },
    }),
  );

  builder.mutationField('claimHelpRequest', (t) =>
    t.prismaField({
      type: HelpRequestRef,
      nullable: true,
      description: 'The professional takes a request of their units to handle (taking it over from a colleague too). Null when their units have no such request.',
      authScopes: { staffRole: helpRequestHandlerRoles },
      args: { id: t.arg.id({ required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const staffId = ctx.viewer.staff?.staffId;
        if (!staffId) throw new ClientError('FORBIDDEN');
        const request = await ownUnitsRequest(ctx, String(args.id));
        if (!request) return null;
        if (!mayClaimHelpRequest(request.status)) throw new ClientError('BAD_USER_INPUT', 'The request is closed.');
        // Claiming again is a no-op: a double click keeps the first claim time.
        if (request.claimedByStaffId === staffId) return ctx.prisma.helpRequest.findUniqueOrThrow({ ...query, where: { id: request.id } });
        return withAccessLog(ctx, async (tx, log) => {
          const updated = await tx.helpRequest.update({ ...query, where: { id: request.id }, data: { claimedByStaffId: staffId, claimedAt: ctx.now() } });
          if (request.personId)
            await log({ clientPersonId: request.personId, objectType: 'HelpRequest', objectId: request.id, purpose: 'unit-queue', unitId: request.unitId, action: 'update', role: handlerRole(ctx) });
          return updated;
        });
      },
    }),
  );

  builder.mutationField('replyToHelpRequest', (t) =>
    t.prismaField({
      type: HelpRequestRef,
      nullable: true,
      description:
        'A professional of the request’s unit replies (claiming it if nobody has); the status becomes answered. A named sender gets the reply as an in-portal message and an e-mail saying there is a new message (without its content); an anonymous one reads it with the reply code. Null when the professional’s units have no such request.',
      authScopes: { staffRole: helpRequestHandlerRoles },
      args: {
        id: t.arg.id({ required: true }),
        message: t.arg.string({ required: true, validate: helpRequestReplySchema.shape.message }),
      },
      resolve: async (query, _root, args, ctx) => {
        const staffId = ctx.viewer.staff?.staffId;
        if (!staffId) throw new ClientError('FORBIDDEN');
        const request = await ownUnitsRequest(ctx, String(args.id));
        if (!request) return null;
        if (!mayReplyToHelpRequest(request.status)) throw new ClientError('BAD_USER_INPUT', 'The request is closed.');
        // The same reply sent twice (a double click) is stored and notified once.
        if (request.status === 'answered' && request.reply === args.message)
          return ctx.prisma.helpRequest.findUniqueOrThrow({ ...query, where: { id: request.id } });
        const now = ctx.now();
        return withAccessLog(ctx, async (tx, log) => {
          const data: Prisma.HelpRequestUpdateInput = { status: 'answered', reply: args.message, answeredAt: now, answeredByStaffId: staffId };
          if (!request.claimedByStaffId) Object.assign(data, { claimedByStaffId: staffId, claimedAt: now });
          const updated = await tx.helpRequest.update({ ...query, where: { id: request.id }, data });
          if (request.personId) {
            await log({ clientPersonId: request.personId, objectType: 'HelpRequest', objectId: request.id, purpose: 'unit-queue', unitId: request.unitId, action: 'update', role: handlerRole(ctx) });
            await notify(tx, helpRequestAnswered, { recipientPersonId: request.personId, data: { helpRequestId: request.id, reply: args.message } });
          }
          return updated;
        });
      },
    }),
  );

  builder.mutationField('closeHelpRequest', (t) =>
    t.prismaField({
      type: HelpRequestRef,
      nullable: true,
      description: 'Closes a request of the professional’s units with the topic code it was finally about (for statistics). Closing a closed one changes nothing. Null when their units have no such request.',
      authScopes: { staffRole: helpRequestHandlerRoles },
      args: {
        id: t.arg.id({ required: true }),
        closeCode: t.arg.string({ required: true, validate: closeHelpRequestSchema.shape.closeCode }),
      },
      resolve: async (query, _root, args, ctx) => {
        const request = await ownUnitsRequest(ctx, String(args.id));
        if (!request) return null;
        if (request.status === 'closed') return ctx.prisma.helpRequest.findUniqueOrThrow({ ...query, where: { id: request.id } });
        return withAccessLog(ctx, async (tx, log) => {
          const updated = await tx.helpRequest.update({ ...query, where: { id: request.id }, data: { status: 'closed', closedAt: ctx.now(), closeCode: args.closeCode } });
          if (request.personId)
            await log({ clientPersonId: request.personId, objectType: 'HelpRequest', objectId: request.id, purpose: 'unit-queue', unitId: request.unitId, action: 'update', role: handlerRole(ctx) });
          return updated;
        });
      },
    }),
  );
}

function receiptOf(r: HelpRequest): Receipt {
  return { id: r.id, contactMethod: r.contactMethod, receivedAt: r.createdAt, dueAt: r.dueAt };
}
