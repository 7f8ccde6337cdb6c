import { createHash } from 'node:crypto';
import { ClientError, InvalidInputError, staffUnitIds, type BffContext, type builder as Builder } from '@luotsi/bff-core';
import type { GuidanceHandover, GuidanceSet, Prisma } from '@luotsi/db';
import { notify } from '@luotsi/notify';
import {
  guidanceLinkPath, guidanceSetSchema, handoverChannels, handoverProblem, handoverSchema, isLinkExpired, linkExpiresAt, linkTokenSchema, newLinkToken,
  referralsOfHandover, type GuidanceLanguage, type GuidanceSetInput, type HandoverChannel, type HandoverInput, type HandoverProblem,
} from '@luotsi/services-domain';
import { guidanceHandedOverEmail, guidanceHandedOverSms } from './notifications';

/** Professionals who guide clients to services: social-services advice, nurses, family work. */
export const guidanceRoles = ['social-advisor', 'nurse', 'family-worker'] as const;

/** Why a professional reads or changes a client's recommendation set (the access log's purpose). */
export const guidancePurpose = 'client-guidance';

/** How many sets the unit's list shows. */
const guidanceListLimit = 50;

type GuidanceSetProblem = 'CLIENT_NOT_FOUND' | 'SET_NOT_FOUND';

function viewerStaffId(ctx: BffContext): string {
  const staffId = ctx.viewer.staff?.staffId;
  if (!staffId) throw new ClientError('FORBIDDEN');
  return staffId;
}

/** The guidance role the professional acts in, for the access log. */
function guidanceRole(ctx: BffContext): string | undefined {
  return ctx.viewer.staff?.roles.find((role) => (guidanceRoles as readonly string[]).includes(role));
}

/**
 * The unit a new set belongs to: the professional's first unit by code. Sets are shared within
 * the unit (a colleague can continue a client's guidance), never across units.
 */
async function homeUnitId(ctx: BffContext, staffId: string): Promise<string> {
  const row = await ctx.prisma.staffUnit.findFirst({ where: { staffId }, orderBy: { unit: { code: 'asc' } }, select: { unitId: true } });
  if (!row) throw new ClientError('FORBIDDEN', 'A professional without a unit cannot guide clients.');
  return row.unitId;
}

/** A set of one of the viewer's units, or null (another unit's set is as good as unknown). */
async function ownUnitsSet(ctx: BffContext, id: string): Promise<GuidanceSet | null> {
  const units = await staffUnitIds(ctx);
  return ctx.prisma.guidanceSet.findFirst({ where: { id, unitId: { in: units } } });
}

/**
 * The id of a new set: derived from the professional and the browser's draft key, so that saving
 * a new set twice makes one set, and a caller cannot choose (or learn anything from) an id.
 */
function newSetId(staffId: string, draftKey: string): string {
  const hex = createHash('sha256').update(`guidance-set:${staffId}:${draftKey}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'P2002' || /23505|unique constraint/i.test(error instanceof Error ? error.message : '');
}

interface HandoverResult {
  handover: GuidanceHandover | null;
  problem: HandoverProblem | 'SET_NOT_FOUND' | null;
}

export function registerGuidanceSchema(builder: typeof Builder): void {
  const Channel = builder.enumType('GuidanceChannel', {
    description: 'How a recommendation set was handed over to the client.',
    values: Object.fromEntries(handoverChannels.map((channel) => [channel.toUpperCase(), { value: channel }])) as Record<
      Uppercase<HandoverChannel>,
      { value: HandoverChannel }
    >,
  });
  const Language = builder.enumType('GuidanceLanguage', { values: { fi: { value: 'fi' }, sv: { value: 'sv' }, en: { value: 'en' } } as const });

  const Client = builder.objectRef<{ firstName: string; lastName: string; phone: string | null; email: string | null }>('GuidanceClient').implement({
    description: 'The identified client of a set: the name, and whether a text message or an e-mail can reach them.',
    fields: (t) => ({
      firstName: t.exposeString('firstName'),
      lastName: t.exposeString('lastName'),
      hasPhone: t.boolean({ resolve: (c) => c.phone !== null && c.phone !== '' }),
      hasEmail: t.boolean({ resolve: (c) => c.email !== null && c.email !== '' }),
    }),
  });

  const Item = builder.prismaObject('GuidanceSetItem', {
    description: 'A recommended service with the professional’s note to the client.',
    fields: (t) => ({
      serviceId: t.exposeID('serviceId'),
      note: t.exposeString('note'),
      service: t.prismaField({
        type: 'Service',
        nullable: true,
        description: 'Null when the service has since left the catalogue.',
        resolve: (query, item, _args, ctx) => ctx.prisma.service.findUnique({ ...query, where: { id: item.serviceId } }),
      }),
    }),
  });

  const Handover = builder.prismaObject('GuidanceHandover', {
    description: 'One handover of a set: its channel, time and the client’s link (which every channel carries).',
    fields: (t) => ({
      id: t.exposeID('id'),
      channel: t.field({ type: Channel, resolve: (h) => h.channel as HandoverChannel }),
      handedOverAt: t.expose('handedOverAt', { type: 'DateTime' }),
      expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
      linkPath: t.string({
        description: 'The resident’s page of the set, e.g. /sv/service-tray/guidance/<token>; it opens without sign-in until expiresAt.',
        select: { set: { select: { language: true } } },
        resolve: (h) => guidanceLinkPath(h.set.language as GuidanceLanguage, h.token),
      }),
    }),
  });

  const SetType = builder.prismaObject('GuidanceSet', {
    description: 'A professional’s recommendation set for a client: services with notes, in the client’s language.',
    clientData: { clientOf: (s) => s.clientPersonId, purpose: guidancePurpose, unitOf: (s) => s.unitId, roles: guidanceRoles },
    fields: (t) => ({
      id: t.exposeID('id'),
      language: t.field({ type: Language, resolve: (s) => s.language as GuidanceLanguage }),
      note: t.exposeString('note'),
      createdAt: t.expose('createdAt', { type: 'DateTime' }),
      updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
      client: t.field({
        type: Client,
        nullable: true,
        description: 'Null for an unidentified client.',
        resolve: (s, _args, ctx) =>
          s.clientPersonId
            ? ctx.prisma.person.findUnique({ where: { id: s.clientPersonId }, select: { firstName: true, lastName: true, phone: true, email: true } })
            : null,
      }),
      items: t.relation('items', { query: { orderBy: { position: 'asc' } } }),
      handovers: t.relation('handovers', { query: { orderBy: { handedOverAt: 'desc' } } }),
    }),
  });

  builder.queryField('guidanceSets', (t) =>
    t.prismaField({
      type: [SetType],
      description: `The recommendation sets of the professional’s units, newest first (at most ${guidanceListLimit}).`,
      authScopes: { staffRole: guidanceRoles },
      resolve: async (query, _root, _args, ctx) =>
        ctx.prisma.guidanceSet.findMany({ ...query, where: { unitId: { in: await staffUnitIds(ctx) } }, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], take: guidanceListLimit }),
    }),
  );

  builder.queryField('guidanceSet', (t) =>
    t.prismaField({
      type: SetType,
      nullable: true,
      description: 'A recommendation set of the professional’s units; null for any other.',
      authScopes: { staffRole: guidanceRoles },
      args: { id: t.arg.id({ required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const id = String(args.id);
        if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
        return ctx.prisma.guidanceSet.findFirst({ ...query, where: { id: id.toLowerCase(), unitId: { in: await staffUnitIds(ctx) } } });
      },
    }),
  );

  const ItemInput = builder.inputType('GuidanceSetItemInput', {
    fields: (t) => ({ serviceId: t.id({ required: true }), note: t.string({ required: true }) }),
  });
  const SaveInput = builder.inputType('SaveGuidanceSetInput', {
    description: 'The whole set as the professional has it: setId to change a saved set; for a new one, the draftKey the browser made when the set was started (saving again with it updates the same set).',
    fields: (t) => ({
      setId: t.id({ required: false }),
      draftKey: t.string({ required: true }),
      personalIdentityCode: t.string({ required: false, description: 'Identifies the client; leave out to keep the client unidentified.' }),
      language: t.field({ type: Language, required: true, description: 'The client’s language: the link opens in it.' }),
      note: t.string({ required: true }),
      items: t.field({ type: [ItemInput], required: true }),
    }),
    validate: guidanceSetSchema,
  });
  const SaveProblem = builder.enumType('GuidanceSetProblem', { values: ['CLIENT_NOT_FOUND', 'SET_NOT_FOUND'] as const });
  const SavePayload = builder.objectRef<{ set: GuidanceSet | null; problem: GuidanceSetProblem | null }>('SaveGuidanceSetPayload').implement({
    fields: (t) => ({
      set: t.prismaField({ type: SetType, nullable: true, resolve: (query, p, _args, ctx) => (p.set ? ctx.prisma.guidanceSet.findUnique({ ...query, where: { id: p.set.id } }) : null) }),
      problem: t.expose('problem', { type: SaveProblem, nullable: true, description: 'CLIENT_NOT_FOUND: nobody has that personal identity code; SET_NOT_FOUND: the id is another unit’s set.' }),
    }),
  });

  builder.mutationField('saveGuidanceSet', (t) =>
    t.field({
      type: SavePayload,
      description:
        'Creates or updates a recommendation set of the professional’s unit: the services with notes, the note for the whole set and the client’s language; the client identified by personal identity code or left unidentified. Changes to an identified client’s set are written to the access log.',
      authScopes: { staffRole: guidanceRoles },
      args: { input: t.arg({ type: SaveInput, required: true }) },
      resolve: async (_root, args, ctx) => {
        const input = args.input as unknown as GuidanceSetInput;
        const staffId = viewerStaffId(ctx);
        const units = await staffUnitIds(ctx);
        const id = input.setId ?? newSetId(staffId, input.draftKey);
        const existing = await ctx.prisma.guidanceSet.findUnique({ where: { id } });
        if (input.setId ? !existing || !units.includes(existing.unitId) : existing && !units.includes(existing.unitId))
          return { set: null, problem: 'SET_NOT_FOUND' as const };
        const client = input.personalIdentityCode
          ? await ctx.prisma.person.findUnique({ where: { personalIdentityCode: input.personalIdentityCode }, select: { id: true } })
          : null;
        if (input.personalIdentityCode && !client) return { set: null, problem: 'CLIENT_NOT_FOUND' as const };
        const serviceIds = input.items.map((item) => item.serviceId);
        const found = new Set((await ctx.prisma.service.findMany({ where: { id: { in: serviceIds } }, select: { id: true } })).map((s) => s.id));
        const missing = serviceIds.flatMap((id, index) => (found.has(id) ? [] : [{ path: ['input', 'items', index, 'serviceId'], code: 'invalid-choice' as const }]));
        if (missing.length > 0) throw new InvalidInputError(missing);
        const unitId = existing?.unitId ?? (await homeUnitId(ctx, staffId));
        const set = await ctx.prisma.$transaction(async (tx) => {
          const data = { clientPersonId: client?.id ?? null, language: input.language, note: input.note };
          const saved = await tx.guidanceSet.upsert({
            where: { id },
            create: { id, unitId, createdByStaffId: staffId, ...data },
            update: data,
          });
          await tx.guidanceSetItem.deleteMany({ where: { setId: saved.id } });
          await tx.guidanceSetItem.createMany({ data: input.items.map((item, position) => ({ setId: saved.id, serviceId: item.serviceId, note: item.note, position })) });
          // Both the client the set is now for and one it was for before see the change in their log.
          const touched = [...new Set([client?.id, existing?.clientPersonId].filter((id): id is string => Boolean(id)))];
          for (const clientPersonId of touched)
            await ctx.accessLog.record(tx, {
              action: existing ? 'update' : 'create', clientPersonId, objectType: 'GuidanceSet', objectId: saved.id, purpose: guidancePurpose, unitId, role: guidanceRole(ctx),
            });
          return saved;
        });
        return { set, problem: null };
      },
    }),
  );

  const HandoverInputType = builder.inputType('HandOverGuidanceSetInput', {
    description: 'The key is made by the browser for each click of a handover button: sending it again returns the first handover.',
    fields: (t) => ({
      setId: t.id({ required: true }),
      channel: t.field({ type: Channel, required: true }),
      idempotencyKey: t.string({ required: true }),
    }),
    validate: handoverSchema,
  });
  const HandoverProblemEnum = builder.enumType('GuidanceHandoverProblem', { values: ['SET_NOT_FOUND', 'EMPTY_SET', 'CLIENT_NOT_IDENTIFIED', 'NO_PHONE', 'NO_EMAIL'] as const });
  const HandoverPayload = builder.objectRef<HandoverResult>('HandOverGuidanceSetPayload').implement({
    fields: (t) => ({
      handover: t.prismaField({
        type: Handover,
        nullable: true,
        resolve: (query, p, _args, ctx) => (p.handover ? ctx.prisma.guidanceHandover.findUnique({ ...query, where: { id: p.handover.id } }) : null),
      }),
      problem: t.expose('problem', {
        type: HandoverProblemEnum,
        nullable: true,
        description: 'SET_NOT_FOUND: not a set of the professional’s units; CLIENT_NOT_IDENTIFIED: messages go only to an identified client’s own contact details; NO_PHONE / NO_EMAIL: the client has none.',
      }),
    }),
  });

  builder.mutationField('handOverGuidanceSet', (t) =>
    t.field({
      type: HandoverPayload,
      description:
        'Hands a set over: a link that opens without sign-in for 90 days, a text message or an e-mail with that link (through the notification outbox, to the identified client’s own contact details), or a print. Records one referral per service (unit → provider, service, time, channel; no personal data). The same idempotency key again returns the first handover and records nothing more.',
      authScopes: { staffRole: guidanceRoles },
      args: { input: t.arg({ type: HandoverInputType, required: true }) },
      resolve: async (_root, args, ctx): Promise<HandoverResult> => {
        const input = args.input as unknown as HandoverInput;
        const staffId = viewerStaffId(ctx);
        const set = await ownUnitsSet(ctx, input.setId);
        if (!set) return { handover: null, problem: 'SET_NOT_FOUND' };
        const repeated = async (): Promise<HandoverResult | null> => {
          const earlier = await ctx.prisma.guidanceHandover.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
          if (!earlier) return null;
          if (earlier.setId !== set.id || earlier.channel !== input.channel)
            throw new InvalidInputError([{ path: ['input', 'idempotencyKey'], code: 'invalid' }]);
          return { handover: earlier, problem: null };
        };
        const earlier = await repeated();
        if (earlier) return earlier;

        const items = await ctx.prisma.guidanceSetItem.findMany({ where: { setId: set.id }, orderBy: { position: 'asc' }, select: { serviceId: true } });
        const client = set.clientPersonId ? await ctx.prisma.person.findUnique({ where: { id: set.clientPersonId }, select: { phone: true, email: true } }) : null;
        const problem = handoverProblem(input.channel, { itemCount: items.length, client });
        if (problem) return { handover: null, problem };

        const services = await ctx.prisma.service.findMany({
          where: { id: { in: items.map((item) => item.serviceId) } },
          select: { id: true, organizationId: true, organization: { select: { providerType: true } } },
        });
        const catalogue = new Map(services.map((s) => [s.id, { id: s.id, organizationId: s.organizationId, providerType: s.organization.providerType }]));
        const now = ctx.now();
        try {
          const handover = await ctx.prisma.$transaction(async (tx: Prisma.TransactionClient) => {
            const created = await tx.guidanceHandover.create({
              data: {
                setId: set.id, idempotencyKey: input.idempotencyKey, channel: input.channel, token: newLinkToken(),
                handedOverByStaffId: staffId, handedOverAt: now, expiresAt: linkExpiresAt(now),
              },
            });
            const referrals = referralsOfHandover({ id: created.id, at: now, fromUnitId: set.unitId, channel: input.channel }, items.map((i) => i.serviceId), catalogue);
            await tx.serviceReferral.createMany({ data: referrals, skipDuplicates: true });
            if (set.clientPersonId) {
              await ctx.accessLog.record(tx, {
                action: input.channel === 'print' ? 'print' : 'export', clientPersonId: set.clientPersonId, objectType: 'GuidanceSet', objectId: set.id,
                purpose: guidancePurpose, unitId: set.unitId, role: guidanceRole(ctx),
              });
              const data = { path: guidanceLinkPath(set.language as GuidanceLanguage, created.token), expiresAt: created.expiresAt.toISOString(), language: set.language as GuidanceLanguage };
              const type = input.channel === 'sms' ? guidanceHandedOverSms : input.channel === 'email' ? guidanceHandedOverEmail : null;
              if (type) await notify(tx, type, { recipientPersonId: set.clientPersonId, data, dedupeKey: `services.guidance:${created.id}` });
            }
            return created;
          });
          return { handover, problem: null };
        } catch (error) {
          // A simultaneous click with the same key won the race: answer with its handover.
          if (isUniqueViolation(error)) {
            const winner = await repeated();
            if (winner) return winner;
          }
          throw error;
        }
      },
    }),
  );

  const Status = builder.enumType('GuidanceLinkStatus', { values: ['ACTIVE', 'EXPIRED'] as const });
  interface GuidanceView {
    status: 'ACTIVE' | 'EXPIRED';
    expiresAt: Date;
    language: GuidanceLanguage;
    note: string | null;
    setId: string;
  }
  const View = builder.objectRef<GuidanceView>('GuidanceView').implement({
    description: 'A handed-over set as the client sees it through the link. An expired link shows only that it has expired.',
    fields: (t) => ({
      status: t.field({ type: Status, resolve: (v) => v.status }),
      expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
      language: t.field({ type: Language, resolve: (v) => v.language }),
      note: t.exposeString('note', { nullable: true, description: 'The note for the whole set; null when expired.' }),
      items: t.prismaField({
        type: [Item],
        description: 'The services with their notes; empty when expired.',
        resolve: (query, v, _args, ctx) =>
          v.status === 'EXPIRED' ? [] : ctx.prisma.guidanceSetItem.findMany({ ...query, where: { setId: v.setId }, orderBy: { position: 'asc' } }),
      }),
    }),
  });

  builder.queryField('guidanceByToken', (t) =>
    t.field({
      type: View,
      nullable: true,
      description: 'The set behind a handed-over link, without sign-in; null for a token that was never given.',
      authScopes: { public: true },
      args: { token: t.arg.string({ required: true }) },
      resolve: async (_root, args, ctx): Promise<GuidanceView | null> => {
        const token = linkTokenSchema.safeParse(args.token);
        if (!token.success) return null;
        const handover = await ctx.prisma.guidanceHandover.findUnique({ where: { token: token.data }, include: { set: true } });
        if (!handover) return null;
        const expired = isLinkExpired(handover.expiresAt, ctx.now());
        return {
          status: expired ? 'EXPIRED' : 'ACTIVE',
          expiresAt: handover.expiresAt,
          language: handover.set.language as GuidanceLanguage,
          note: expired ? null : handover.set.note,
          setId: handover.setId,
        };
      },
    }),
  );
}
