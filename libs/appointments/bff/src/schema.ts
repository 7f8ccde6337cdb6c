import { ClientError, InvalidInputError, localizedField, residentPersonId, type builder as Builder } from '@luotsi/bff-core';
import type { CalendarEntry, Prisma } from '@luotsi/db';
import { notify } from '@luotsi/notify';
import {
  appointmentIdSchema, contactModeOf, firstContactBookingSchema, mayCancelAppointment, mayMoveAppointment, moveProblem, normalizePhone, slotProblem,
  type BookingContact, type FirstContactBooking, type MoveProblem,
} from '@luotsi/appointments-domain';
import {
  firstContactBookerRoles, firstContactServices, firstContactTypeCode,
  type FirstContactService, type FirstContactUnitType,
} from './calendar';
import { appointmentCancelled, appointmentMoved, firstContactBooked } from './notifications';
import { contactModeEnum } from './contact-mode';

const minute = 60_000;
const serviceOfUnitType = new Map<string, FirstContactUnitType>(Object.values(firstContactServices).map((type) => [type, type]));

/** How many free times a refused booking offers instead. */
const nextFreeTimesOffered = 5;

/** The free first-contact times of the target services (or of one unit type, or of one contact mode) not yet begun. */
function freeTimesWhere(now: Date, unitType?: string, contactMode?: string): Prisma.CalendarEntryWhereInput {
  return {
    ...(contactMode ? { contactMode } : {}),
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
/** Thrown inside a move when the resident's old time changed meanwhile (cancelled, purged): rolls it back. */
class NoLongerMovable extends Error {}

interface MoveResult {
  appointment: CalendarEntry | null;
  problem: MoveProblem | null;
  /** The unit type whose free times a refused move offers instead. */
  offerUnitType: string | null;
  /** The time being moved, left out of the offered times. */
  fromId: string;
}

/** How many free times a resident is offered to move a time to. */
const movableTimesOffered = 20;

/** The Person a booking is for; null when a code names nobody known. */
type BookingClient = { id: string } | { create: BookingContact } | null;

/**
 * Finds who the advisor books for: by personal identity code; or by name (letter case aside) and
 * birth date with a matching phone (however written) or e-mail, so that two people of the same
 * name and age are not mixed up; else a new person without a code is created with the booking
 * (see bookFirstContact). The advisor learns nothing either way: the answer is the same.
 */
async function findBookingClient(prisma: Prisma.TransactionClient, client: FirstContactBooking['client']): Promise<BookingClient> {
  if (client.personalIdentityCode) {
    return prisma.person.findUnique({ where: { personalIdentityCode: client.personalIdentityCode }, select: { id: true } });
  }
  const contact = client.contact;
  if (!contact) return null;
  const candidates = await prisma.person.findMany({
    where: {
      firstName: { equals: contact.firstName, mode: 'insensitive' },
      lastName: { equals: contact.lastName, mode: 'insensitive' },
      birthDate: new Date(`${contact.birthDate}T00:00:00Z`),
    },
    select: { id: true, phone: true, email: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const phone = contact.phone ? normalizePhone(contact.phone) : null;
  const email = contact.email?.toLowerCase() ?? null;
  const match = candidates.find(
    (p) => (phone !== null && p.phone !== null && normalizePhone(p.phone) === phone) || (email !== null && p.email?.trim().toLowerCase() === email),
  );
  return match ? { id: match.id } : { create: contact };
}

/** A unique violation (23505): the professional already has a client time starting then. */
function isUniqueViolation(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})}` : '';
  return /23505|unique constraint|P2002|calendar_entries_staff_booked_start_key/i.test(text) || (error as { code?: unknown })?.code === 'P2002';
}

// Waiting for a contended time's row lock is expected under load; Prisma's 2 s default is not enough.
const bookingTransaction = { maxWait: 15_000, timeout: 15_000 };

export function registerAppointmentsSchema(builder: typeof Builder): void {
  const ContactModeEnum = contactModeEnum(builder);
  const contactModeField = (description: string) => ({
    type: ContactModeEnum,
    nullable: true as const,
    description,
    resolve: (entry: CalendarEntry) => contactModeOf(entry.contactMode),
  });
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
      contactMode: t.field(contactModeField('How a first contact happens (the professional calls, the resident comes to the unit, or a remote meeting); null for other times.')),
      cancellable: t.boolean({
        description: 'Whether the resident may cancel it here (a booked time not yet begun).',
        resolve: (entry, _args, ctx) => mayCancelAppointment(entry, ctx.now()),
      }),
      movable: t.boolean({
        description: 'Whether the resident may move it here to another free time (first contacts of services that allow it; see movableTimes).',
        select: { unit: { select: { type: true } } },
        resolve: (entry, _args, ctx) => mayMoveAppointment({ ...entry, unitType: entry.unit.type }, ctx.now()),
      }),
      service: t.field({
        type: Service,
        nullable: true,
        description: 'The target service the time is in, when it is one of them.',
        select: { unit: { select: { type: true } } },
        resolve: (entry) => serviceOfUnitType.get(entry.unit.type) ?? null,
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
      contactMode: t.field(contactModeField('How the contact happens, so the advisor can tell the resident; null only for times published before modes existed.')),
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
      professional: t.string({
        description: 'The professional whose calendar the time is in (first and last name), so the advisor can tell the resident who will contact them.',
        select: { staff: { select: { firstName: true, lastName: true } } },
        resolve: (entry) => `${entry.staff.firstName} ${entry.staff.lastName}`,
      }),
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
      contactMode: t.field(contactModeField('How the contact happens, as the resident is told.')),
    }),
  });

  const Problem = builder.enumType('FirstContactBookingProblem', {
    description: 'Why a first contact was not booked; the UI words it in the reader’s language.',
    values: {
      SLOT_TAKEN: { description: 'Someone booked the time first (or the professional has another client then). See nextFreeTimes.' },
      SLOT_UNAVAILABLE: { description: 'No such free first-contact time, or it has begun.' },
      CLIENT_NOT_FOUND: { description: 'Nobody with that personal identity code is known to Luotsi: book with name and contact details instead.' },
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

  const BookingContactInput = builder.inputType('FirstContactClientContactInput', {
    description: 'A client known by name and contact details: found by exact name, birth date and a matching phone or e-mail, or else added without a personal identity code.',
    fields: (t) => ({
      firstName: t.string({ required: true }),
      lastName: t.string({ required: true }),
      birthDate: t.string({ required: true, description: 'YYYY-MM-DD.' }),
      municipalityCode: t.string({ required: true, description: 'Home municipality, official code (e.g. "049").' }),
      phone: t.string({ required: false, description: 'Phone or e-mail, at least one: the confirmation goes there.' }),
      email: t.string({ required: false }),
      language: t.string({ required: true, description: 'fi, sv or en: the language the client is told in.' }),
    }),
  });
  const BookingClientInput = builder.inputType('FirstContactClientInput', {
    description: 'Who the time is for: personalIdentityCode, or contact (name and contact details) — exactly one.',
    fields: (t) => ({
      personalIdentityCode: t.string({ required: false }),
      contact: t.field({ type: BookingContactInput, required: false }),
    }),
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
        'Books a free first-contact time for a resident (social-services advice, on the call), identified by personal identity code or by name and contact details (someone not yet known is added without a code). Records the advisor and the channel (advice) with the booking. Exactly one of two simultaneous bookings of a time succeeds; the other gets SLOT_TAKEN and the next free times. The resident is told by message, e-mail (with an .ics file) and SMS.',
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
        // The input was parsed with firstContactBookingSchema (the `validate:` above): its types hold.
        const found = await findBookingClient(ctx.prisma, input.client as FirstContactBooking['client']);
        if (!found) return refused('CLIENT_NOT_FOUND');
        if ('create' in found && !(await ctx.prisma.municipality.findUnique({ where: { code: found.create.municipalityCode }, select: { code: true } })))
          throw new InvalidInputError([{ path: ['input', 'client', 'contact', 'municipalityCode'], code: 'invalid-choice' }]);
        try {
          const booking = await ctx.prisma.$transaction(async (tx) => {
            // A new client is added in the same transaction: a booking that loses the race adds nobody.
            const client =
              'create' in found
                ? await tx.person.create({
                    data: {
                      personalIdentityCode: null,
                      firstName: found.create.firstName,
                      lastName: found.create.lastName,
                      birthDate: new Date(`${found.create.birthDate}T00:00:00Z`),
                      municipalityCode: found.create.municipalityCode,
                      language: found.create.language,
                      phone: found.create.phone ? normalizePhone(found.create.phone) : null,
                      email: found.create.email ?? null,
                    },
                    select: { id: true },
                  })
                : found;
            // The one statement that decides: of simultaneous bookings, only the first to lock the
            // row finds it free; the others re-read it after that commit and match nothing. Who
            // booked and through which channel are recorded with it (the statistics' share of
            // first contacts booked directly from advice).
            const claimed = await tx.$executeRaw`
              UPDATE calendar_entries
              SET client_id = ${client.id}::uuid, reason = ${input.reason}, booked_at = ${now},
                  booked_by_id = ${staff.staffId}::uuid, booking_channel = 'advice', updated_at = ${now}
              WHERE id = ${slot.id}::uuid AND client_id IS NULL AND bookable AND starts_at > ${now}`;
            if (claimed !== 1) throw new SlotTakenMeanwhile();
            await ctx.accessLog.record(tx, {
              action: 'create', clientPersonId: client.id, objectType: 'CalendarEntry', objectId: slot.id, purpose: 'first-contact-booking',
              unitId: slot.unitId, role: staff.roles.find((r) => (firstContactBookerRoles as readonly string[]).includes(r)),
            });
            await notify(tx, firstContactBooked, {
              recipientPersonId: client.id,
              data: {
                appointmentId: slot.id, startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), bookedAt: now.toISOString(),
                contactMode: contactModeOf(slot.contactMode),
              },
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
        // client, so a cancel racing with a retention purge or a move frees nothing else; the
        // confirmation is written only when this cancel freed the time.
        return ctx.prisma.$transaction(async (tx) => {
          const freed = await tx.calendarEntry.updateMany({
            where: { id, clientId: personId, startsAt: { gt: now } },
            data: { clientId: null, reason: null, bookedAt: null, bookedById: null, bookingChannel: null, title: null },
          });
          if (freed.count !== 1) return null;
          await notify(tx, appointmentCancelled, {
            recipientPersonId: personId,
            data: { appointmentId: id, startsAt: entry.startsAt.toISOString(), endsAt: entry.endsAt.toISOString(), cancelledAt: now.toISOString() },
          });
          return id;
        });
      },
    }),
  );

  const MoveProblemEnum = builder.enumType('MoveAppointmentProblem', {
    description: 'Why a time was not moved; the UI words it in the reader’s language.',
    values: {
      NOT_MOVABLE: { description: 'This time cannot be moved in the portal (the service arranges changes itself, or it has begun).' },
      SLOT_TAKEN: { description: 'Someone booked the new time first. See nextFreeTimes.' },
      SLOT_UNAVAILABLE: { description: 'The new time is not a free first-contact time of the same service, or it has begun.' },
    } as const,
  });

  const MovePayload = builder.objectRef<MoveResult>('MoveMyAppointmentPayload').implement({
    description: 'Either the time after the move, or why it was not moved and other free times to choose from.',
    fields: (t) => ({
      appointment: t.field({ type: Appointment, nullable: true, resolve: (r) => r.appointment }),
      problem: t.field({ type: MoveProblemEnum, nullable: true, resolve: (r) => r.problem }),
      nextFreeTimes: t.field({
        type: [FirstContactTime],
        description: 'When the new time was taken: other free times of the same service.',
        resolve: (r, _args, ctx) =>
          r.problem === 'SLOT_TAKEN' && r.offerUnitType
            ? ctx.prisma.calendarEntry.findMany({
                where: { ...freeTimesWhere(ctx.now(), r.offerUnitType), id: { not: r.fromId } },
                include: { unit: true },
                orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
                take: nextFreeTimesOffered,
              })
            : [],
      }),
    }),
  });

  builder.mutationField('moveMyAppointment', (t) =>
    t.field({
      type: MovePayload,
      nullable: true,
      description:
        'The signed-in resident moves a first-contact time of theirs to another free time of the same service, where the service allows it (Appointment.movable). The old time is freed and the new one claimed in one transaction; of simultaneous claims of the new time exactly one succeeds. Null when the resident has no such time.',
      authScopes: { resident: true },
      args: {
        id: t.arg.id({ required: true, validate: appointmentIdSchema }),
        toSlotId: t.arg.id({ required: true, validate: appointmentIdSchema }),
      },
      resolve: async (_root, args, ctx): Promise<MoveResult | null> => {
        const personId = residentPersonId(ctx);
        const id = String(args.id);
        const toId = String(args.toSlotId);
        const now = ctx.now();
        const from = await ctx.prisma.calendarEntry.findFirst({ where: { id, clientId: personId }, include: { unit: { select: { type: true } } } });
        if (!from) return null;
        const unitType = from.unit.type;
        const refused = (problem: MoveProblem): MoveResult => ({ appointment: null, problem, offerUnitType: unitType, fromId: id });
        const to = await ctx.prisma.calendarEntry.findUnique({ where: { id: toId }, include: { unit: { select: { type: true } } } });
        const problem = to
          ? moveProblem({ ...from, unitType }, { ...to, unitType: to.unit.type, inTargetService: serviceOfUnitType.has(to.unit.type) }, now)
          : mayMoveAppointment({ ...from, unitType }, now) ? 'SLOT_UNAVAILABLE' : 'NOT_MOVABLE';
        if (problem || !to) return refused(problem ?? 'SLOT_UNAVAILABLE');
        try {
          const appointment = await ctx.prisma.$transaction(async (tx) => {
            // Claim the new time with the booking's conditional UPDATE (see bookFirstContact). The
            // booking's reason, booker and channel go with it: it is the same first contact.
            const claimed = await tx.$executeRaw`
              UPDATE calendar_entries
              SET client_id = ${personId}::uuid, reason = ${from.reason}, booked_at = ${from.bookedAt ?? now},
                  booked_by_id = ${from.bookedById}::uuid, booking_channel = ${from.bookingChannel}, updated_at = ${now}
              WHERE id = ${to.id}::uuid AND client_id IS NULL AND bookable AND type_code = ${firstContactTypeCode} AND starts_at > ${now}`;
            if (claimed !== 1) throw new SlotTakenMeanwhile();
            // Free the old one only if it is still the resident's and not begun; else undo both.
            const freed = await tx.calendarEntry.updateMany({
              where: { id: from.id, clientId: personId, startsAt: { gt: now } },
              data: { clientId: null, reason: null, bookedAt: null, bookedById: null, bookingChannel: null, title: null },
            });
            if (freed.count !== 1) throw new NoLongerMovable();
            await notify(tx, appointmentMoved, {
              recipientPersonId: personId,
              data: {
                appointmentId: to.id, startsAt: to.startsAt.toISOString(), endsAt: to.endsAt.toISOString(),
                previousAppointmentId: from.id, previousStartsAt: from.startsAt.toISOString(), previousEndsAt: from.endsAt.toISOString(),
                movedAt: now.toISOString(), contactMode: contactModeOf(to.contactMode),
              },
            });
            return tx.calendarEntry.findUniqueOrThrow({ where: { id: to.id } });
          }, bookingTransaction);
          return { appointment, problem: null, offerUnitType: null, fromId: id };
        } catch (error) {
          if (error instanceof NoLongerMovable) return refused('NOT_MOVABLE');
          if (error instanceof SlotTakenMeanwhile || isUniqueViolation(error)) return refused('SLOT_TAKEN');
          throw error;
        }
      },
    }),
  );

  builder.queryField('movableTimes', (t) =>
    t.prismaField({
      type: [FirstContactTime],
      description:
        'Free first-contact times of the same service that the signed-in resident may move a time of theirs to, the earliest first; empty when the time is not theirs or cannot be moved.',
      authScopes: { resident: true },
      args: { appointmentId: t.arg.id({ required: true, validate: appointmentIdSchema }) },
      resolve: async (query, _root, args, ctx) => {
        const personId = residentPersonId(ctx);
        const now = ctx.now();
        const from = await ctx.prisma.calendarEntry.findFirst({
          where: { id: String(args.appointmentId), clientId: personId },
          include: { unit: { select: { type: true } } },
        });
        if (!from || !mayMoveAppointment({ ...from, unitType: from.unit.type }, now)) return [];
        return ctx.prisma.calendarEntry.findMany({
          ...query,
          where: { ...freeTimesWhere(now, from.unit.type), id: { not: from.id } },
          orderBy: [{ startsAt: 'asc' }, { unit: { code: 'asc' } }, { id: 'asc' }],
          take: movableTimesOffered,
        });
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
      description: 'The earliest free first-contact times of the target services (or of one; of one contact mode), the earliest first.',
      authScopes: { staffRole: firstContactBookerRoles },
      args: {
        service: t.arg({ type: Service, required: false }),
        contactMode: t.arg({ type: ContactModeEnum, required: false, description: 'Only times that happen this way.' }),
        limit: t.arg.int({ required: false, defaultValue: 30, description: 'At most this many times (1–100).' }),
      },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.calendarEntry.findMany({
          ...query,
          where: freeTimesWhere(ctx.now(), args.service ?? undefined, args.contactMode ?? undefined),
          orderBy: [{ startsAt: 'asc' }, { unit: { code: 'asc' } }, { id: 'asc' }],
          take: Math.min(Math.max(args.limit ?? 30, 1), 100),
        }),
    }),
  );
}
