import { ClientError, localizedField, type BffContext, type builder as Builder, type NotificationType } from '@luotsi/bff-core';
import type { CalendarEntry, Prisma } from '@luotsi/db';
import { notify } from '@luotsi/notify';
import {
  absenceInputSchema, absenceTypeCode, appointmentIdSchema, availabilityFor, icsSequence, reassignmentProblem, unitForReassignment,
  type ReassignmentProblem, type UnitRef,
} from '@luotsi/appointments-domain';
import { professionalChanged } from './absence-notifications';

export { professionalChanged, type ProfessionalChangedData } from './absence-notifications';

/** Who handles absences: the team lead of the units. */
export const absenceHandlerRoles = ['team-lead'] as const;

/** The purpose of a team lead's reads and changes of client times (access log). */
export const reassignmentPurpose = 'absence-reassignment';

const day = 86_400_000;
/** Without a period, the absences page shows what is current and the next eight weeks. */
const defaultHorizonDays = 56;

// The lead's units are needed by several fields of one request: read them once.
const leadUnitsOfRequest = new WeakMap<object, Promise<UnitRef[]>>();

/** The units the signed-in team lead works in (and so leads): their team is who shares one. */
function leadUnits(ctx: BffContext): Promise<UnitRef[]> {
  const staffId = ctx.viewer.staff?.staffId;
  if (!staffId) throw new ClientError('FORBIDDEN');
  let units = leadUnitsOfRequest.get(ctx);
  if (!units) {
    units = ctx.prisma.staffUnit
      .findMany({ where: { staffId }, select: { unit: { select: { id: true, code: true, type: true } } } })
      .then((rows) => rows.map((r) => r.unit));
    leadUnitsOfRequest.set(ctx, units);
  }
  return units;
}

type Db = Prisma.TransactionClient | BffContext['prisma'];
type ClientEntry = Pick<CalendarEntry, 'id' | 'staffId' | 'unitId' | 'startsAt' | 'endsAt'>;

/** What busies a set of professionals during an entry's time. */
function overlappingEntries(db: Db, staffIds: string[], entry: ClientEntry) {
  return db.calendarEntry.findMany({
    where: { staffId: { in: staffIds }, startsAt: { lt: entry.endsAt }, endsAt: { gt: entry.startsAt }, id: { not: entry.id } },
    select: { id: true, staffId: true, startsAt: true, endsAt: true, bookable: true, clientId: true },
  });
}

/**
 * Colleagues who could take a client entry: in the entry's unit or in another unit of the same
 * service the lead leads, not its professional, and free then (a free bookable time is free).
 */
async function reassignmentCandidates(db: Db, entry: ClientEntry, units: UnitRef[]) {
  const entryUnit = units.find((u) => u.id === entry.unitId);
  if (!entryUnit) return [];
  const leadUnitIds = units.map((u) => u.id);
  const sameService = units.filter((u) => u.type === entryUnit.type).map((u) => u.id);
  const colleagues = await db.staffMember.findMany({
    where: { id: { not: entry.staffId }, units: { some: { unitId: { in: sameService } } } },
    include: { units: { select: { unit: { select: { id: true, code: true, type: true } } } } },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
  });
  const busy = await overlappingEntries(db, colleagues.map((c) => c.id), entry);
  return colleagues.filter(
    (c) =>
      unitForReassignment(entryUnit, c.units.map((u) => u.unit), leadUnitIds) !== null &&
      availabilityFor(entry, busy.filter((b) => b.staffId === c.id)).free,
  );
}

/** Client work entries in an absence that have not begun, in the lead's units. */
function affectedEntriesWhere(absence: Pick<CalendarEntry, 'staffId' | 'startsAt' | 'endsAt'>, unitIds: string[], now: Date): Prisma.CalendarEntryWhereInput {
  return {
    staffId: absence.staffId,
    clientId: { not: null },
    unitId: { in: unitIds },
    type: { clientWork: true },
    startsAt: { lt: absence.endsAt, gt: now },
    endsAt: { gt: absence.startsAt },
  };
}

interface ReassignmentResult {
  entry: CalendarEntry | null;
  problem: ReassignmentProblem | null;
}

/** Thrown inside the move's transaction to roll it back with a problem for the lead. */
class ReassignmentRefused extends Error {
  constructor(readonly problem: ReassignmentProblem) {
    super(problem);
  }
}

/** A unique violation: the colleague has another client's time starting at that moment. */
function isUniqueViolation(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})}` : '';
  return /23505|unique constraint|P2002/i.test(text) || (error as { code?: unknown })?.code === 'P2002';
}

const moveTransaction = { maxWait: 15_000, timeout: 15_000 };

/** Team leads move an absent professional's client entries to colleagues; the clients are told. */
export function registerAbsenceSchema(builder: typeof Builder): void {
  const TeamMember = builder.prismaObject('StaffMember', {
    variant: 'TeamMember',
    description: 'A professional of the team lead’s units (name and title only).',
    fields: (t) => ({
      id: t.exposeID('id'),
      firstName: t.exposeString('firstName'),
      lastName: t.exposeString('lastName'),
      title: t.field(localizedField('title')),
    }),
  });

  const AffectedEntry = builder.prismaObject('CalendarEntry', {
    variant: 'AbsenceAffectedEntry',
    description: 'A client’s time in an absent professional’s calendar, as the team lead sees it to move it.',
    clientData: { clientOf: (e) => e.clientId, objectType: 'CalendarEntry', purpose: reassignmentPurpose, unitOf: (e) => e.unitId, roles: absenceHandlerRoles },
    fields: (t) => ({
      id: t.exposeID('id'),
      startsAt: t.expose('startsAt', { type: 'DateTime' }),
      endsAt: t.expose('endsAt', { type: 'DateTime' }),
      type: t.relation('type'),
      unit: t.relation('unit'),
      professionalId: t.exposeID('staffId', { description: 'Pass it as fromStaffId when moving the time.' }),
      clientName: t.string({
        description: 'The client’s name (first and last).',
        select: { client: { select: { firstName: true, lastName: true } } },
        resolve: (e) => (e.client ? `${e.client.firstName} ${e.client.lastName}` : ''),
      }),
      candidates: t.field({
        type: [TeamMember],
        description: 'Colleagues who are free at this time and may take it.',
        resolve: async (e, _args, ctx) => reassignmentCandidates(ctx.prisma, e, await leadUnits(ctx)),
      }),
    }),
  });

  const TeamAbsence = builder.prismaObject('CalendarEntry', {
    variant: 'TeamAbsence',
    description: 'An absence in the calendar of a professional of the team lead’s units.',
    fields: (t) => ({
      id: t.exposeID('id'),
      startsAt: t.expose('startsAt', { type: 'DateTime' }),
      endsAt: t.expose('endsAt', { type: 'DateTime' }),
      note: t.exposeString('title', { nullable: true, description: 'A short note of the absence, e.g. “course”.' }),
      professional: t.relation('staff', { type: TeamMember }),
      affectedEntries: t.field({
        type: [AffectedEntry],
        description: 'Client times in the absence that have not begun, in the lead’s units, the earliest first.',
        select: { staffId: true, startsAt: true, endsAt: true },
        resolve: async (absence, _args, ctx) => {
          const units = await leadUnits(ctx);
          return ctx.prisma.calendarEntry.findMany({
            where: affectedEntriesWhere(absence, units.map((u) => u.id), ctx.now()),
            include: { client: { select: { firstName: true, lastName: true } } },
            orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
          });
        },
      }),
    }),
  });

  builder.queryField('teamAbsences', (t) =>
    t.prismaField({
      type: [TeamAbsence],
      description:
        'Absences of the professionals who share a unit with the signed-in team lead, that overlap [from, to) (default: from now, eight weeks), the earliest first.',
      authScopes: { staffRole: absenceHandlerRoles },
      args: { from: t.arg({ type: 'DateTime', required: false }), to: t.arg({ type: 'DateTime', required: false }) },
      resolve: async (query, _root, args, ctx) => {
        const units = await leadUnits(ctx);
        const from = args.from ?? ctx.now();
        const to = args.to ?? new Date(from.getTime() + defaultHorizonDays * day);
        return ctx.prisma.calendarEntry.findMany({
          ...query,
          where: {
            typeCode: absenceTypeCode,
            startsAt: { lt: to },
            endsAt: { gt: from },
            staff: { units: { some: { unitId: { in: units.map((u) => u.id) } } } },
          },
          orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
          take: 200,
        });
      },
    }),
  );

  builder.queryField('teamMembers', (t) =>
    t.prismaField({
      type: [TeamMember],
      description: 'The professionals who share a unit with the signed-in team lead (the lead too), by name: whose absences the lead records.',
      authScopes: { staffRole: absenceHandlerRoles },
      resolve: async (query, _root, _args, ctx) => {
        const units = await leadUnits(ctx);
        return ctx.prisma.staffMember.findMany({
          ...query,
          where: { units: { some: { unitId: { in: units.map((u) => u.id) } } } },
          orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
        });
      },
    }),
  );

  builder.queryField('reassignmentCandidates', (t) =>
    t.prismaField({
      type: [TeamMember],
      description: 'Colleagues free at the time of a client entry in the team lead’s units (empty for other entries).',
      authScopes: { staffRole: absenceHandlerRoles },
      args: { entryId: t.arg.id({ required: true, validate: appointmentIdSchema }) },
      resolve: async (_query, _root, args, ctx) => {
        const units = await leadUnits(ctx);
        const entry = await ctx.prisma.calendarEntry.findFirst({
          where: { id: String(args.entryId), clientId: { not: null }, unitId: { in: units.map((u) => u.id) } },
        });
        return entry ? reassignmentCandidates(ctx.prisma, entry, units) : [];
      },
    }),
  );

  const Problem = builder.enumType('ReassignmentProblem', {
    description: 'Why a time was not moved; the UI words it in the reader’s language.',
    values: {
      ENTRY_NOT_FOUND: { description: 'No such client time in the team lead’s units.' },
      ENTRY_BEGUN: { description: 'The time has begun or is over.' },
      SAME_PROFESSIONAL: { description: 'The time is that professional’s already.' },
      NOT_A_COLLEAGUE: { description: 'Not a professional of the lead’s units providing the same service.' },
      COLLEAGUE_BUSY: { description: 'The colleague has something else at that time.' },
      ENTRY_CHANGED: { description: 'Someone moved or changed the time meanwhile; reload.' },
    } as const,
  });

  const Moved = builder.prismaObject('CalendarEntry', {
    variant: 'ReassignedEntry',
    description: 'A client time after the team lead moved it (no client details).',
    fields: (t) => ({
      id: t.exposeID('id'),
      startsAt: t.expose('startsAt', { type: 'DateTime' }),
      endsAt: t.expose('endsAt', { type: 'DateTime' }),
      professional: t.relation('staff', { type: TeamMember }),
      unit: t.relation('unit'),
    }),
  });

  const Payload = builder.objectRef<ReassignmentResult>('ReassignCalendarEntryPayload').implement({
    description: 'Either the moved time, or why it was not moved.',
    fields: (t) => ({
      entry: t.field({ type: Moved, nullable: true, resolve: (r) => r.entry }),
      problem: t.field({ type: Problem, nullable: true, resolve: (r) => r.problem }),
    }),
  });

  builder.mutationField('reassignCalendarEntry', (t) =>
    t.field({
      type: Payload,
      description:
        'Moves a client time of an absent professional to a free colleague (same unit, or a unit of the same service the team lead leads); the time stays. A free bookable time of the colleague then is withdrawn. Only if the time is still fromStaffId’s: of two leads moving it at once, one succeeds and the other gets ENTRY_CHANGED. Logged, and the client is told (portal, e-mail with an updated .ics, SMS).',
      authScopes: { staffRole: absenceHandlerRoles },
      args: {
        entryId: t.arg.id({ required: true, validate: appointmentIdSchema }),
        fromStaffId: t.arg.id({ required: true, validate: appointmentIdSchema, description: 'The professional the lead saw the time with (AbsenceAffectedEntry.professionalId).' }),
        toStaffId: t.arg.id({ required: true, validate: appointmentIdSchema }),
      },
      resolve: async (_root, args, ctx): Promise<ReassignmentResult> => {
        const entryId = String(args.entryId);
        const fromStaffId = String(args.fromStaffId);
        const toStaffId = String(args.toStaffId);
        const units = await leadUnits(ctx);
        const leadUnitIds = units.map((u) => u.id);
        const now = ctx.now();
        try {
          const entry = await ctx.prisma.$transaction(async (tx) => {
            // Moves to one colleague go one at a time, so two leads cannot both fill the same hour.
            await tx.$queryRaw`SELECT id FROM staff_members WHERE id = ${toStaffId}::uuid FOR UPDATE`;
            const found = await tx.calendarEntry.findFirst({ where: { id: entryId, unitId: { in: leadUnitIds } }, include: { unit: true } });
            if (found && found.clientId !== null && found.staffId !== fromStaffId) throw new ReassignmentRefused('ENTRY_CHANGED');
            const colleagueUnits = (await tx.staffUnit.findMany({ where: { staffId: toStaffId }, select: { unit: { select: { id: true, code: true, type: true } } } })).map((r) => r.unit);
            const targetUnit = found ? unitForReassignment(found.unit, colleagueUnits, leadUnitIds) : null;
            const availability = availabilityFor(found ?? { startsAt: now, endsAt: now }, found ? await overlappingEntries(tx, [toStaffId], found) : []);
            const problem = reassignmentProblem({ entry: found, toStaffId, targetUnit, availability, now });
            if (problem || !found || !targetUnit) throw new ReassignmentRefused(problem ?? 'ENTRY_NOT_FOUND');
            const client = found.clientId!;

            if (availability.withdrawnFreeTimeIds.length) {
              const withdrawn = await tx.calendarEntry.deleteMany({ where: { id: { in: availability.withdrawnFreeTimeIds }, staffId: toStaffId, clientId: null } });
              // Advice booked one of them meanwhile: the colleague is no longer free.
              if (withdrawn.count !== availability.withdrawnFreeTimeIds.length) throw new ReassignmentRefused('COLLEAGUE_BUSY');
            }
            // The statement that decides between two leads: only the first finds it still fromStaffId's.
            const moved = await tx.$executeRaw`
              UPDATE calendar_entries SET staff_id = ${toStaffId}::uuid, unit_id = ${targetUnit.id}::uuid, updated_at = ${now.toISOString()}::timestamptz
              WHERE id = ${found.id}::uuid AND staff_id = ${fromStaffId}::uuid AND client_id = ${client}::uuid AND updated_at = ${found.updatedAt.toISOString()}::timestamptz`;
            if (moved !== 1) throw new ReassignmentRefused('ENTRY_CHANGED');
            await ctx.accessLog.record(tx, {
              action: 'update', clientPersonId: client, objectType: 'CalendarEntry', objectId: found.id,
              purpose: reassignmentPurpose, unitId: targetUnit.id, role: 'team-lead',
            });
            await notify(tx, professionalChanged, {
              recipientPersonId: client,
              data: {
                appointmentId: found.id,
                startsAt: found.startsAt.toISOString(),
                endsAt: found.endsAt.toISOString(),
                changedAt: now.toISOString(),
                sequence: icsSequence(found.createdAt, now),
              },
            });
            return tx.calendarEntry.findUniqueOrThrow({ where: { id: found.id } });
          }, moveTransaction);
          return { entry, problem: null };
        } catch (error) {
          if (error instanceof ReassignmentRefused) return { entry: null, problem: error.problem };
          if (isUniqueViolation(error)) return { entry: null, problem: 'COLLEAGUE_BUSY' };
          throw error;
        }
      },
    }),
  );

  const AbsenceInput = builder.inputType('RecordAbsenceInput', {
    fields: (t) => ({
      staffId: t.id({ required: true, description: 'A professional of the team lead’s units.' }),
      startsAt: t.field({ type: 'DateTime', required: true }),
      endsAt: t.field({ type: 'DateTime', required: true }),
      note: t.string({ required: false, description: 'A short note, e.g. “course” (not the reason of a sick leave).' }),
    }),
    validate: absenceInputSchema,
  });

  builder.mutationField('recordAbsence', (t) =>
    t.prismaField({
      type: TeamAbsence,
      description: 'The team lead records an absence in a team member’s calendar (an entry of type absence). Client times in it then show as affected.',
      authScopes: { staffRole: absenceHandlerRoles },
      args: { input: t.arg({ type: AbsenceInput, required: true }) },
      resolve: async (query, _root, { input }, ctx) => {
        const units = await leadUnits(ctx);
        const shared = await ctx.prisma.staffUnit.findFirst({
          where: { staffId: String(input.staffId), unitId: { in: units.map((u) => u.id) } },
          select: { unitId: true },
          orderBy: { unit: { code: 'asc' } },
        });
        if (!shared) throw new ClientError('BAD_USER_INPUT', 'That professional is not in your team.');
        return ctx.prisma.calendarEntry.create({
          ...query,
          data: {
            staffId: String(input.staffId),
            unitId: shared.unitId,
            typeCode: absenceTypeCode,
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            title: input.note || null,
          },
        });
      },
    }),
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each notification has its own data
export const absenceNotifications: readonly NotificationType<any>[] = [professionalChanged];
