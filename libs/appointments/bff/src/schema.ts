import { ClientError, localizedField, residentPersonId, type builder as Builder } from '@luotsi/bff-core';
import type { CalendarEntry, Prisma } from '@luotsi/db';
import { notify } from '@luotsi/notify';
import { appointmentIdSchema, firstContactBookingSchema, mayCancelAppointment, slotProblem } from '@luotsi/appointments-domain';
import {
  firstContactBookerRoles, firstContactServices, firstContactTypeCode,
  type FirstContactService, type FirstContactUnitType,
} from './calendar';
import { firstContactBooked } from './notifications';

const minute = 60_000;
const serviceOfUnitType = new Map<string, FirstContactUnitType>(Object.values(firstContactServices).map((type) => [type, type]));

/** How many free times a refused booking offers instead. */
const nextFreeTimesOffered = 5;

/** The free first-contact times of the target services (or of one unit type) not yet begun. */
function freeTimesWhere(now: Date, unitType?: string): Prisma.CalendarEntryWhereInput {
  return {
    bookable: true,
    clientId: null,
    typeCode: firstContactTypeCode,
    startsAt: { gt: now },
    unit: { type: unitType ? unitType : { in: Object.values(firstContactServices) } },
  };
}

type BookingProblem = 'SLOT_TAKEN' | 'SLOT_UNAVAILABLE' | 'CLIENT_NOT_FOUND';
interface BookingResult {
  booking: CalendarEntry | null;
  problem: BookingProblem | null;
  /** The unit type whose next free times a refusal offers (none when the time was unknown). */
  offerUnitType: string | null;
}

/** Thrown inside the booking transaction when another booking got the time first: rolls it back. */
class SlotTakenMeanwhile extends Error {}

/** A unique violation (23505): the professional already has a client time starting then. */
function isUniqueViolation(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})}` : '';
  return /23505|unique constraint|P2002|calendar_entries_staff_booked_start_key/i.test(text) || (error as { code?: unknown })?.code === 'P2002';
}

// Waiting for a contended time's row lock is expected under load; Prisma's 2 s default is not enough.
const bookingTransaction = { maxWait: 15_000, timeout: 15_000 };

export function registerAppointmentsSchema(builder: typeof Builder): void {
  const EntryType = builder.prismaObject('CalendarEntryType', {
    description: 'One of the county’s uniform calendar entry types.',
    fields: (t) => ({
      code: t.exposeString('code'),
      name: t.field(localizedField('name')),
      clientWork: t.exposeBoolean('clientWork', { description: 'Counts towards client work in the statistics.' }),
    }),
  });

  // The enum's internal values are the unit types that provide each service.
  const Service = builder.enumType('FirstContactService', {
    description: 'A target service that social-services advice books first contacts into.',
    values: Object.fromEntries(Object.entries(firstContactServices).map(([name, value]) => [name, { value }])) as {
      [K in FirstContactService]: { value: (typeof firstContactServices)[K] };
    },
  });

  const Appointment = builder.prismaObject('CalendarEntry', {
    variant: 'Appointment',
    description: 'A time booked for the signed-in resident, as the resident sees it.',
    // Only the resident's own field returns it today (not logged); a professional's read would be.
    clientData: { clientOf: (e) => e.clientId, objectType: 'CalendarEntry', purpose: 'appointment', unitOf: (e) => e.unitId },
    fields: (t) => ({
      id: t.exposeID('id'),
      startsAt: t.expose('startsAt', { type: 'DateTime' }),
      endsAt: t.expose('endsAt', { type: 'DateTime' }),
      type: t.relation('type', { type: EntryType }),
      unit: t.relation('unit'),
      cancellable: t.boolean({
        description: 'Whether the resident may cancel it here (a booked time not yet begun).',
        resolve: (entry, _args, ctx) => mayCancelAppointment(entry, ctx.now()),
      }),
    }),
  });

  const FirstContactTime = builder.prismaObject('CalendarEntry', {
    variant: 'FirstContactTime',
    description: 'A free time in a target service that an advisor can book for a resident’s first contact.',
    // Free times have no client; a booked one would be its client's data.
    clientData: { clientOf: (e) => e.clientId, objectType: 'CalendarEntry', purpose: 'first-contact-booking', unitOf: (e) => e.unitId, roles: firstContactBookerRoles },
    fields: (t) => ({
      id: t.exposeID('id'),
      startsAt: t.expose('startsAt', { type: 'DateTime' }),
      endsAt: t.expose('endsAt', { type: 'DateTime' }),
      lengthMinutes: t.int({ resolve: (entry) => Math.round((entry.endsAt.getTime() - entry.startsAt.getTime()) / minute) }),
      service: t.field({
        type: Service,
        select: { unit: { select: { type: true } } },
        resolve: (entry) => {
          const service = serviceOfUnitType.get(entry.unit.type);
          if (!service) throw new Error(`unit type ${entry.unit.type} is not a first-contact service`);
          return service;
        },
      }),
      unit: t.relation('unit'),
    }),
  });

  const BookedFirstContact = builder.prismaObject('CalendarEntry', {
    variant: 'BookedFirstContact',
    description: 'A first-contact time the advisor booked for a resident, as the advisor sees it right after booking.',
    clientData: { clientOf: (e) => e.clientId, objectType: 'CalendarEntry', purpose: 'first-contact-booking', unitOf: (e) => e.unitId, roles: firstContactBookerRoles },
    fields: (t) => ({
      id: t.exposeID('id'),
      startsAt: t.expose('startsAt', { type: 'DateTime' }),
      endsAt: t.expose('endsAt', { type: 'DateTime' }),
      bookedAt: t.expose('bookedAt', { type: 'DateTime', nullable: true }),
      reason: t.exposeString('reason', { nullable: true }),
      unit: t.relation('unit'),
    }),
  });

  const Problem = builder.enumType('FirstContactBookingProblem', {
    description: 'Why a first contact was not booked; the UI words it in the reader’s language.',
    values: {
      SLOT_TAKEN: { description: 'Someone booked the time first (or the professional has another client then). See nextFreeTimes.' },
      SLOT_UNAVAILABLE: { description: 'No such free first-contact time, or it has begun.' },
      CLIENT_NOT_FOUND: { description: 'Nobody with that personal identity code is known to Luotsi.' },
    } as const,
  });

  const BookingPayload = builder.objectRef<BookingResult>('BookFirstContactPayload').implement({
    description: 'Either the booking, or why there is none and the earliest free times of the same service.',
    fields: (t) => ({
      booking: t.field({ type: BookedFirstContact, nullable: true, resolve: (r) => r.booking }),
      problem: t.field({ type: Problem, nullable: true, resolve: (r) => r.problem }),
      nextFreeTimes: t.field({
        type: [FirstContactTime],
        description: 'When the time was taken: the earliest free times of the same service.',
        resolve: (r, _args, ctx) =>
          r.problem && r.offerUnitType
            ? ctx.prisma.calendarEntry.findMany({
                where: freeTimesWhere(ctx.now(), r.offerUnitType),
                include: { unit: true },
                orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
                take: nextFreeTimesOffered,
              })
            : [],
      }),
    }),
  });

  const BookingClientInput = builder.inputType('FirstContactClientInput', {
    description: 'Who the time is for. (Name and contact details, for residents without a code, come later.)',
    fields: (t) => ({ personalIdentityCode: t.string({ required: true }) }),
  });
  const BookingInput = builder.inputType('BookFirstContactInput', {
    fields: (t) => ({
      slotId: t.id({ required: true, description: 'A free time from firstContactTimes.' }),
      client: t.field({ type: BookingClientInput, required: true }),
      reason: t.string({ required: true, description: 'A short reason from the call, for the professional.' }),
    }),
    validate: firstContactBookingSchema,
  });

  builder.mutationField('bookFirstContact', (t) =>
    t.field({
      type: BookingPayload,
      description:
        'Books a free first-contact time for a resident (social-services advice, on the call). Exactly one of two simultaneous bookings of a time succeeds; the other gets SLOT_TAKEN and the next free times. The resident is told by message, e-mail (with an .ics file) and SMS.',
      authScopes: { staffRole: firstContactBookerRoles },
      args: { input: t.arg({ type: BookingInput, required: true }) },
      resolve: async (_root, { input }, ctx): Promise<BookingResult> => {
        const staff = ctx.viewer.staff;
        if (!staff?.staffId) throw new ClientError('FORBIDDEN');
        const now = ctx.now();
        const slot = await ctx.prisma.calendarEntry.findUnique({ where: { id: input.slotId }, include: { unit: { select: { type: true } } } });
        if (!slot) return { booking: null, problem: 'SLOT_UNAVAILABLE', offerUnitType: null };
        const inTargetService = serviceOfUnitType.has(slot.unit.type);
        const refused = (problem: BookingProblem): BookingResult => ({ booking: null, problem, offerUnitType: inTargetService ? slot.unit.type : null });
        const problem = slotProblem({ ...slot, inTargetService }, now);
        if (problem) return refused(problem);
        const client = await ctx.prisma.person.findUnique({ where: { personalIdentityCode: input.client.personalIdentityCode }, select: { id: true } });
        if (!client) return refused('CLIENT_NOT_FOUND');
        try {
          const booking = await ctx.prisma.$transaction(async (tx) => {
            // The one statement that decides: of simultaneous bookings, only the first to lock the
            // row finds it free; the others re-read it after that commit and match nothing.
            const claimed = await tx.$executeRaw`
              UPDATE calendar_entries SET client_id = ${client.id}::uuid, reason = ${input.reason}, booked_at = ${now}
              WHERE id = ${slot.id}::uuid AND client_id IS NULL AND bookable AND starts_at > ${now}`;
            if (claimed !== 1) throw new SlotTakenMeanwhile();
            await ctx.accessLog.record(tx, {
              action: 'create', clientPersonId: client.id, objectType: 'CalendarEntry', objectId: slot.id, purpose: 'first-contact-booking',
              unitId: slot.unitId, role: staff.roles.find((r) => (firstContactBookerRoles as readonly string[]).includes(r)),
            });
            await notify(tx, firstContactBooked, {
              recipientPersonId: client.id,
              data: { appointmentId: slot.id, startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), bookedAt: now.toISOString() },
            });
            return tx.calendarEntry.findUniqueOrThrow({ where: { id: slot.id } });
          }, bookingTransaction);
          return { booking, problem: null, offerUnitType: null };
        } catch (error) {
          if (error instanceof SlotTakenMeanwhile || isUniqueViolation(error)) return refused('SLOT_TAKEN');
          throw error;
        }
      },
    }),
  );

  builder.mutationField('cancelMyAppointment', (t) =>
    t.id({
      nullable: true,
      description:
        'The signed-in resident cancels a booked time of theirs that has not begun; it becomes free for others again. Returns its id; null when the resident has no such time. BAD_USER_INPUT when the time cannot be cancelled in the portal (arranged directly with the professional, or begun).',
      authScopes: { resident: true },
      args: { id: t.arg.id({ required: true, validate: appointmentIdSchema }) },
      resolve: async (_root, args, ctx) => {
        const personId = residentPersonId(ctx);
        const id = String(args.id);
        const now = ctx.now();
        const entry = await ctx.prisma.calendarEntry.findFirst({ where: { id, clientId: personId } });
        // Someone else's time is answered like a missing one.
        if (!entry) return null;
        if (!mayCancelAppointment(entry, now)) throw new ClientError('BAD_USER_INPUT', 'This time cannot be cancelled here; contact the professional.');
        // Residents' own changes are not access-logged (docs/modules/privacy.md). Conditional on the
        // client, so a cancel racing with a retention purge or a move frees nothing else.
        const freed = await ctx.prisma.calendarEntry.updateMany({
          where: { id, clientId: personId, startsAt: { gt: now } },
          data: { clientId: null, reason: null, bookedAt: null, title: null },
        });
        return freed.count === 1 ? id : null;
      },
    }),
  );

  builder.queryField('calendarEntryTypes', (t) =>
    t.prismaField({
      type: [EntryType],
      description: 'The county’s uniform calendar entry types, in their agreed order.',
      authScopes: { staff: true },
      resolve: (query, _root, _args, ctx) => ctx.prisma.calendarEntryType.findMany({ ...query, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] }),
    }),
  );

  builder.queryField('myAppointments', (t) =>
    t.prismaField({
      type: [Appointment],
      description: 'The signed-in resident’s own times that have not yet ended, the earliest first.',
      authScopes: { resident: true },
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.calendarEntry.findMany({
          ...query,
          where: { clientId: residentPersonId(ctx), endsAt: { gt: ctx.now() } },
          orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
          take: 50,
        }),
    }),
  );

  builder.queryField('firstContactTimes', (t) =>
    t.prismaField({
      type: [FirstContactTime],
      description: 'The earliest free first-contact times of the target services (or of one), the earliest first.',
      authScopes: { staffRole: firstContactBookerRoles },
      args: {
        service: t.arg({ type: Service, required: false }),
        limit: t.arg.int({ required: false, defaultValue: 30, description: 'At most this many times (1–100).' }),
      },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.calendarEntry.findMany({
          ...query,
          where: freeTimesWhere(ctx.now(), args.service ?? undefined),
          orderBy: [{ startsAt: 'asc' }, { unit: { code: 'asc' } }, { id: 'asc' }],
          take: Math.min(Math.max(args.limit ?? 30, 1), 100),
        }),
    }),
  );
}
