import { randomUUID } from 'node:crypto';
import {
  InvalidInputError, NotAuthorizedError, defineJob, localizedField, pickLanguage, staffUnitIds, withAccessLog,
  type BffContext, type ClientChange, type builder as Builder, type JobDefinition,
} from '@luotsi/bff-core';
import type { CalendarEntry, CalendarSeries, Prisma } from '@luotsi/db';
import { validateInput, type FieldErrorCode } from '@luotsi/validation';
import { helsinkiToUtc, type Holiday } from '@luotsi/calendar';
import {
  calendarEntryInputSchema, calendarRangeSchema, entryEditProblem, entryInstants, exdateOf, freeBusyOf, holidaysBetween,
  contactModeOf, materialisationHorizon, occurrenceFields, planOccurrences, recurrenceFrequencies, recurrenceOfRule, recurrenceRule, retimedSeries,
  seriesContinuesAfter, type BusyKind, type CalendarEntryInput, type EntryEditProblem, type FreeBusy,
  type RecurrenceInput, type SeriesDefinition,
} from '@luotsi/appointments-domain';
import { calendarEntryTypes } from './calendar';
import { contactModeEnum } from './contact-mode';

/**
 * Professionals' own calendars (issue 9): the signed-in professional's entries with their clients
 * (access-logged, purpose 'own-calendar'), colleagues' free/busy, and editing one's own entries and
 * recurring series. Colleagues and team leads see free/busy only: the team lead's need for client
 * details arises in the absences flow (absences.ts), which logs its own reads.
 *
 * Rules live in @luotsi/appointments-domain; this file reads and writes.
 */

const ownCalendarPurpose = 'own-calendar';
/** Anything else cannot name a row; Prisma would fail on it instead of finding nothing. */
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const minute = 60_000;

type CalendarProblem = 'NOT_FOUND' | EntryEditProblem | 'CLIENT_TIME_TAKEN' | 'NOT_YOUR_UNIT';
interface EditResult {
  entry: CalendarEntry | null;
  problem: CalendarProblem | null;
  /** Dates of bookable occurrences not published because they fall on a public holiday. */
  skippedHolidays: string[];
  /** How many entries the change created, changed or removed. */
  count: number;
  /** How many other entries of the professional overlap the (first) entry. */
  overlaps: number;
}
const refused = (problem: CalendarProblem): EditResult => ({ entry: null, problem, skippedHolidays: [], count: 0, overlaps: 0 });

interface CalendarRange {
  staffId: string;
  from: string;
  to: string;
}

function viewerStaffId(ctx: BffContext): string {
  const staffId = ctx.viewer.staff?.staffId;
  if (!staffId) throw new NotAuthorizedError('UNAUTHENTICATED');
  return staffId;
}

/** [from, to) as instants; the range is Helsinki dates, at most 62 days. */
function rangeOf(from: string, to: string): { from: Date; to: Date } {
  const checked = validateInput(calendarRangeSchema, { from, to });
  if (!checked.ok) throw new InvalidInputError(checked.errors);
  return { from: helsinkiToUtc(from, '00:00'), to: helsinkiToUtc(to, '00:00') };
}

const fieldError = (field: string | string[], code: FieldErrorCode) =>
  new InvalidInputError([{ path: ['input', ...(Array.isArray(field) ? field : [field])], code }]);

const isUniqueViolation = (error: unknown) =>
  (error as { code?: unknown })?.code === 'P2002' || /23505|unique constraint/i.test(error instanceof Error ? error.message : '');

/**
 * Checks what the schema cannot: the type and the client exist. The unit must be the
 * professional's: a problem, not a field error, as the form only offers their own units.
 */
async function resolveInput(ctx: BffContext, input: CalendarEntryInput): Promise<{ clientId: string | null; clientWork: boolean } | 'NOT_YOUR_UNIT'> {
  if (!(await staffUnitIds(ctx)).includes(input.unitId)) return 'NOT_YOUR_UNIT';
  const type = calendarEntryTypes.find((t) => t.code === input.typeCode);
  if (!type) throw fieldError('typeCode', 'invalid-choice');
  if (!input.clientPersonalIdentityCode) return { clientId: null, clientWork: type.clientWork };
  if (!type.clientWork) throw fieldError('clientPersonalIdentityCode', 'invalid-choice');
  const client = await ctx.prisma.person.findUnique({ where: { personalIdentityCode: input.clientPersonalIdentityCode }, select: { id: true } });
  // 'invalid': a well-formed code nobody in Luotsi has; the form says so.
  if (!client) throw fieldError('clientPersonalIdentityCode', 'invalid');
  return { clientId: client.id, clientWork: type.clientWork };
}

const durationOf = (startsAt: Date, endsAt: Date) => Math.round((endsAt.getTime() - startsAt.getTime()) / minute);

async function overlapCount(db: Prisma.TransactionClient | BffContext['prisma'], staffId: string, time: { startsAt: Date; endsAt: Date }, except: string[]): Promise<number> {
  return db.calendarEntry.count({ where: { staffId, id: { notIn: except }, startsAt: { lt: time.endsAt }, endsAt: { gt: time.startsAt } } });
}

const seriesDefinition = (s: Pick<CalendarSeries, 'rule' | 'firstStartLocal' | 'durationMinutes' | 'exdates' | 'bookable'>): SeriesDefinition => ({
  rule: s.rule, firstStartLocal: s.firstStartLocal, durationMinutes: s.durationMinutes, exdates: s.exdates, bookable: s.bookable,
});

type EntryData = Omit<Prisma.CalendarEntryUncheckedCreateInput, 'startsAt' | 'endsAt' | 'id'>;

/** Stores a series' occurrences in a window; returns the created rows' ids and the skipped holidays. */
async function materialise(
  tx: Prisma.TransactionClient,
  series: SeriesDefinition & { id: string },
  data: EntryData,
  window: { from: Date; to: Date },
): Promise<{ ids: string[]; skippedHolidays: string[] }> {
  const plan = planOccurrences(series, window);
  const rows = plan.occurrences.map((o) => ({ ...data, id: randomUUID(), seriesId: series.id, startsAt: o.start, endsAt: o.end }));
  if (rows.length) await tx.calendarEntry.createMany({ data: rows });
  return { ids: rows.map((r) => r.id), skippedHolidays: plan.skippedHolidays };
}

/** The columns of an entry an input sets. */
function entryData(staffId: string, input: CalendarEntryInput, clientId: string | null, now: Date): EntryData {
  return {
    staffId,
    unitId: input.unitId,
    typeCode: input.typeCode,
    title: input.title ?? null,
    bookable: input.bookable,
    // How a bookable first contact happens (the schema allows it on those only).
    contactMode: input.contactMode ?? null,
    clientId,
    // A client the professional adds herself: arranged directly, not booked through advice.
    bookingChannel: clientId ? 'professional' : null,
    bookedAt: clientId && input.bookable ? now : null,
  };
}

export function registerCalendarSchema(builder: typeof Builder): void {
  const ContactModeEnum = contactModeEnum(builder);
  const Frequency = builder.enumType('CalendarRecurrenceFrequency', { values: recurrenceFrequencies });
  const BusyKindEnum = builder.enumType('CalendarBusyKind', {
    description: 'What a colleague sees of an entry.',
    values: {
      BUSY: { value: 'busy' },
      ABSENCE: { value: 'absence' },
      FREE_BOOKABLE: { value: 'free-bookable', description: 'A free time residents can book.' },
    } as const,
  });
  const Scope = builder.enumType('CalendarEditScope', {
    description: 'Which entries of a recurring series a change applies to.',
    values: {
      THIS: { description: 'This occurrence only (it is detached from its series).' },
      SERIES: { description: 'The whole series from now on: occurrences that have not begun and were not edited on their own.' },
    } as const,
  });
  const Problem = builder.enumType('CalendarEntryProblem', {
    description: 'Why a change to one’s own calendar was not made; the UI words it in the reader’s language.',
    values: {
      NOT_FOUND: { description: 'No such entry in the signed-in professional’s calendar.' },
      CLIENT_ENTRY: { description: 'The entry is a client’s time: move or cancel it through the absences or cancellation flow, which tells the client.' },
      CLIENT_TIME_TAKEN: { description: 'The professional already has another client’s time starting then.' },
      NOT_YOUR_UNIT: { description: 'The unit is not one of the professional’s own units.' },
    } as const,
  });

  const Recurrence = builder.objectRef<RecurrenceInput>('CalendarRecurrence').implement({
    description: 'How a series repeats (a subset of RFC 5545).',
    fields: (t) => ({
      frequency: t.field({ type: Frequency, resolve: (r) => r.frequency }),
      interval: t.exposeInt('interval'),
      weekdays: t.intList({ nullable: true, description: 'ISO weekdays, 1 = Monday.', resolve: (r) => r.weekdays ?? null }),
      count: t.int({ nullable: true, resolve: (r) => r.count ?? null }),
      until: t.field({ type: 'Date', nullable: true, description: 'The last date (inclusive).', resolve: (r) => r.until ?? null }),
    }),
  });

  const HolidayRef = builder.objectRef<Holiday>('CalendarHoliday').implement({
    description: 'A Finnish public holiday (or Christmas or Midsummer Eve, days off at the county): no bookable times then.',
    fields: (t) => ({
      date: t.field({ type: 'Date', resolve: (h) => h.date }),
      name: t.string({ resolve: (h, _a, ctx) => pickLanguage(h.name, ctx.language).text }),
      official: t.exposeBoolean('official'),
    }),
  });

  const Client = builder.prismaObject('Person', {
    variant: 'CalendarClient',
    description: 'The client of an entry, as their professional sees them.',
    clientData: { clientOf: (p) => p.id, objectType: 'Person', purpose: ownCalendarPurpose },
    fields: (p) => ({
      id: p.exposeID('id'),
      firstName: p.exposeString('firstName'),
      lastName: p.exposeString('lastName'),
    }),
  });

  const MyEntry = builder.prismaObject('CalendarEntry', {
    variant: 'MyCalendarEntry',
    description: 'An entry in the signed-in professional’s own calendar, with its client.',
    clientData: { clientOf: (e) => e.clientId, objectType: 'CalendarEntry', purpose: ownCalendarPurpose, unitOf: (e) => e.unitId },
    fields: (t) => ({
      id: t.exposeID('id'),
      startsAt: t.expose('startsAt', { type: 'DateTime' }),
      endsAt: t.expose('endsAt', { type: 'DateTime' }),
      type: t.relation('type'),
      unit: t.relation('unit'),
      client: t.relation('client', { nullable: true, type: Client }),
      title: t.exposeString('title', { nullable: true }),
      reason: t.exposeString('reason', { nullable: true }),
      bookable: t.exposeBoolean('bookable'),
      contactMode: t.field({
        type: ContactModeEnum,
        nullable: true,
        description: 'How a bookable first contact happens; null for other entries.',
        resolve: (e) => contactModeOf(e.contactMode),
      }),
      bookedAt: t.expose('bookedAt', { type: 'DateTime', nullable: true }),
      bookingChannel: t.exposeString('bookingChannel', { nullable: true }),
      seriesId: t.exposeID('seriesId', { nullable: true }),
      detached: t.exposeBoolean('detached', { description: 'An occurrence edited on its own: changes to its series leave it alone.' }),
      recurrence: t.field({
        type: Recurrence,
        nullable: true,
        description: 'How its series repeats; null for a single entry.',
        select: { series: { select: { rule: true } } },
        resolve: (e) => (e.series ? recurrenceOfRule(e.series.rule) : null),
      }),
    }),
  });

  const FreeBusyRef = builder.objectRef<FreeBusy>('CalendarFreeBusy').implement({
    description: 'A colleague’s time as others see it: when, and whether busy, away or free to book. Never the client or the kind of client work.',
    fields: (t) => ({
      startsAt: t.field({ type: 'DateTime', resolve: (f) => f.startsAt }),
      endsAt: t.field({ type: 'DateTime', resolve: (f) => f.endsAt }),
      kind: t.field({ type: BusyKindEnum, resolve: (f): BusyKind => f.kind }),
    }),
  });

  const Colleague = builder.prismaObject('StaffMember', {
    variant: 'CalendarColleague',
    description: 'A professional sharing a unit with the viewer.',
    fields: (t) => ({
      id: t.exposeID('id'),
      firstName: t.exposeString('firstName'),
      lastName: t.exposeString('lastName'),
      title: t.field(localizedField('title')),
    }),
  });

  const MyCalendar = builder.objectRef<CalendarRange>('MyCalendar').implement({
    fields: (t) => ({
      from: t.field({ type: 'Date', resolve: (r) => r.from }),
      to: t.field({ type: 'Date', description: 'Exclusive.', resolve: (r) => r.to }),
      entries: t.field({
        type: [MyEntry],
        description: 'Entries overlapping the range, the earliest first.',
        resolve: (r, _a, ctx) => {
          const range = rangeOf(r.from, r.to);
          return ctx.prisma.calendarEntry.findMany({
            where: { staffId: r.staffId, startsAt: { lt: range.to }, endsAt: { gt: range.from } },
            orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
            take: 1000,
          });
        },
      }),
      holidays: t.field({ type: [HolidayRef], resolve: (r) => holidaysBetween(r.from, r.to) }),
    }),
  });

  const StaffCalendar = builder.objectRef<CalendarRange>('StaffCalendar').implement({
    description: 'A colleague’s calendar as free/busy.',
    fields: (t) => ({
      from: t.field({ type: 'Date', resolve: (r) => r.from }),
      to: t.field({ type: 'Date', resolve: (r) => r.to }),
      staff: t.field({ type: Colleague, resolve: (r, _a, ctx) => ctx.prisma.staffMember.findUniqueOrThrow({ where: { id: r.staffId } }) }),
      entries: t.field({
        type: [FreeBusyRef],
        resolve: async (r, _a, ctx) => {
          const range = rangeOf(r.from, r.to);
          const rows = await ctx.prisma.calendarEntry.findMany({
            where: { staffId: r.staffId, startsAt: { lt: range.to }, endsAt: { gt: range.from } },
            select: { startsAt: true, endsAt: true, typeCode: true, bookable: true, clientId: true },
            orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
            take: 1000,
          });
          return rows.map(freeBusyOf);
        },
      }),
      holidays: t.field({ type: [HolidayRef], resolve: (r) => holidaysBetween(r.from, r.to) }),
    }),
  });

  const Payload = builder.objectRef<EditResult>('CalendarEntryPayload').implement({
    description: 'The entry (the first one, for a new series), or why nothing was changed.',
    fields: (t) => ({
      entry: t.field({ type: MyEntry, nullable: true, resolve: (r) => r.entry }),
      problem: t.field({ type: Problem, nullable: true, resolve: (r) => r.problem }),
      count: t.exposeInt('count', { description: 'Entries created, changed or removed.' }),
      skippedHolidays: t.field({
        type: ['Date'],
        description: 'Dates of a bookable series left out because they are public holidays.',
        resolve: (r) => r.skippedHolidays,
      }),
      overlaps: t.exposeInt('overlaps', { description: 'Other entries of the professional overlapping the entry: a warning, not an error.' }),
    }),
  });

  const RecurrenceInputRef = builder.inputType('CalendarRecurrenceInput', {
    fields: (t) => ({
      frequency: t.field({ type: Frequency, required: true }),
      interval: t.int({ required: true }),
      weekdays: t.intList({ required: false, description: 'WEEKLY: ISO weekdays, 1 = Monday.' }),
      count: t.int({ required: false }),
      until: t.string({ required: false, description: 'The last date, YYYY-MM-DD (inclusive).' }),
    }),
  });
  const EntryInput = builder.inputType('CalendarEntryInput', {
    description: 'An entry in Helsinki wall-clock time.',
    fields: (t) => ({
      typeCode: t.string({ required: true, description: 'A code from calendarEntryTypes.' }),
      unitId: t.id({ required: true, description: 'One of the professional’s own units.' }),
      date: t.string({ required: true, description: 'YYYY-MM-DD (the first date of a series).' }),
      startTime: t.string({ required: true, description: 'HH:mm' }),
      endTime: t.string({ required: true, description: 'HH:mm, after startTime.' }),
      clientPersonalIdentityCode: t.string({ required: false, description: 'Client work only.' }),
      title: t.string({ required: false }),
      bookable: t.boolean({ required: true, description: 'A free first-contact time advice can book (first-contact only; not on public holidays).' }),
      contactMode: t.field({ type: ContactModeEnum, required: false, description: 'How the contact happens: required for a bookable first contact, refused for other entries.' }),
      recurrence: t.field({ type: RecurrenceInputRef, required: false }),
    }),
    validate: calendarEntryInputSchema,
  });

  builder.queryField('myCalendar', (t) =>
    t.field({
      type: MyCalendar,
      description: 'The signed-in professional’s entries in [from, to) (Helsinki dates, at most 62 days) and the public holidays then.',
      authScopes: { staff: true },
      args: { from: t.arg({ type: 'Date', required: true }), to: t.arg({ type: 'Date', required: true }) },
      resolve: (_root, args, ctx) => {
        rangeOf(args.from, args.to);
        return { staffId: viewerStaffId(ctx), from: args.from, to: args.to };
      },
    }),
  );

  builder.queryField('staffCalendar', (t) =>
    t.field({
      type: StaffCalendar,
      nullable: true,
      description: 'A colleague’s (sharing a unit with the viewer) calendar as free/busy; null for anyone else.',
      authScopes: { staff: true },
      args: { staffId: t.arg.id({ required: true }), from: t.arg({ type: 'Date', required: true }), to: t.arg({ type: 'Date', required: true }) },
      resolve: async (_root, args, ctx) => {
        rangeOf(args.from, args.to);
        const staffId = String(args.staffId);
        if (!uuid.test(staffId)) return null;
        const units = await staffUnitIds(ctx);
        const shared = await ctx.prisma.staffUnit.count({ where: { staffId, unitId: { in: units } } });
        return shared > 0 || staffId === viewerStaffId(ctx) ? { staffId, from: args.from, to: args.to } : null;
      },
    }),
  );

  builder.queryField('calendarColleagues', (t) =>
    t.prismaField({
      type: [Colleague],
      description: 'Professionals sharing a unit with the viewer (not the viewer), by name.',
      authScopes: { staff: true },
      resolve: async (query, _root, _args, ctx) => {
        const units = await staffUnitIds(ctx);
        return ctx.prisma.staffMember.findMany({
          ...query,
          where: { id: { not: viewerStaffId(ctx) }, units: { some: { unitId: { in: units } } } },
          orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
        });
      },
    }),
  );

  builder.mutationField('createCalendarEntry', (t) =>
    t.field({
      type: Payload,
      description:
        'Adds an entry, or a recurring series (materialised a year ahead; a daily job extends open-ended ones), to the signed-in professional’s calendar. Bookable occurrences on public holidays are skipped and listed.',
      authScopes: { staff: true },
      args: { input: t.arg({ type: EntryInput, required: true }) },
      resolve: async (_root, { input }, ctx): Promise<EditResult> => {
        const staffId = viewerStaffId(ctx);
        const resolved = await resolveInput(ctx, input);
        if (resolved === 'NOT_YOUR_UNIT') return refused(resolved);
        const { clientId } = resolved;
        const now = ctx.now();
        const first = entryInstants(input);
        const data = entryData(staffId, input, clientId, now);
        const logCreate = async (log: (entry: ClientChange) => Promise<void>, ids: string[]) => {
          if (clientId)
            for (const id of ids) await log({ action: 'create', clientPersonId: clientId, objectType: 'CalendarEntry', objectId: id, purpose: ownCalendarPurpose, unitId: input.unitId });
        };
        try {
          return await withAccessLog(ctx, async (tx, log) => {
            const overlaps = await overlapCount(tx, staffId, first, []);
            if (!input.recurrence) {
              const entry = await tx.calendarEntry.create({ data: { ...data, ...first } });
              await logCreate(log, [entry.id]);
              return { entry, problem: null, skippedHolidays: [], count: 1, overlaps };
            }
            const horizon = materialisationHorizon(now);
            const series = await tx.calendarSeries.create({
              data: {
                staffId, unitId: input.unitId, typeCode: input.typeCode, rule: recurrenceRule(input.recurrence), exdates: [],
                firstStartLocal: `${input.date}T${input.startTime}`, durationMinutes: durationOf(first.startsAt, first.endsAt),
                title: data.title ?? null, bookable: input.bookable, contactMode: data.contactMode ?? null, clientId, materialisedUntil: horizon,
              },
            });
            const made = await materialise(tx, series, data, { from: first.startsAt, to: horizon });
            // A bookable series whose every date is a holiday publishes nothing: refuse it like a single one.
            if (made.ids.length === 0) throw fieldError('bookable', 'invalid');
            await logCreate(log, made.ids);
            const entry = await tx.calendarEntry.findUniqueOrThrow({ where: { id: made.ids[0]! } });
            return { entry, problem: null, skippedHolidays: made.skippedHolidays, count: made.ids.length, overlaps };
          });
        } catch (error) {
          if (isUniqueViolation(error)) return refused('CLIENT_TIME_TAKEN');
          throw error;
        }
      },
    }),
  );

  builder.mutationField('updateCalendarEntry', (t) =>
    t.field({
      type: Payload,
      description:
        'Changes an entry of the signed-in professional’s own calendar: this occurrence, or its whole series from now on (the input’s recurrence, when given, replaces the rule). A client’s time cannot be moved here (CLIENT_ENTRY).',
      authScopes: { staff: true },
      args: {
        id: t.arg.id({ required: true }),
        input: t.arg({ type: EntryInput, required: true }),
        scope: t.arg({ type: Scope, required: false, defaultValue: 'THIS' }),
      },
      resolve: async (_root, args, ctx): Promise<EditResult> => {
        const staffId = viewerStaffId(ctx);
        const id = String(args.id);
        const input = args.input;
        if (!uuid.test(id)) return refused('NOT_FOUND');
        // Someone else's entry is answered like a missing one.
        const entry = await ctx.prisma.calendarEntry.findFirst({ where: { id, staffId }, include: { series: true } });
        if (!entry) return refused('NOT_FOUND');
        const resolved = await resolveInput(ctx, input);
        if (resolved === 'NOT_YOUR_UNIT') return refused(resolved);
        // The form does not know a booked client's identity code: without one the client stays.
        const clientId = resolved.clientId ?? entry.clientId;
        if (clientId && !resolved.clientWork) throw fieldError('typeCode', 'invalid-choice');
        const now = ctx.now();
        const time = entryInstants(input);
        const problem = entryEditProblem(entry, { kind: 'update', ...time, clientId });
        if (problem) return refused(problem);
        const data = entryData(staffId, input, clientId, now);
        // A booked time keeps its booking details, and how the client was told it happens:
        // retitling it does not rebook it.
        if (entry.clientId)
          Object.assign(data, { bookingChannel: entry.bookingChannel, bookedAt: entry.bookedAt, bookable: entry.bookable, contactMode: entry.contactMode });
        const touchesClient = entry.clientId ?? clientId;
        try {
          return await withAccessLog(ctx, async (tx, log) => {
            if (args.scope !== 'SERIES' || !entry.series) {
              if (entry.series && !entry.detached)
                await tx.calendarSeries.update({ where: { id: entry.series.id }, data: { exdates: { push: exdateOf(entry.startsAt) } } });
              const updated = await tx.calendarEntry.update({ where: { id }, data: { ...data, ...time, detached: entry.seriesId !== null } });
              if (touchesClient)
                await log({ action: 'update', clientPersonId: touchesClient, objectType: 'CalendarEntry', objectId: id, purpose: ownCalendarPurpose, unitId: updated.unitId });
              return { entry: updated, problem: null, skippedHolidays: [], count: 1, overlaps: await overlapCount(tx, staffId, time, [id]) };
            }
            const series = entry.series;
            const upcoming = await tx.calendarEntry.findMany({ where: { seriesId: series.id, detached: false, startsAt: { gt: now } }, orderBy: { startsAt: 'asc' } });
            if (upcoming.some((e) => e.clientId !== null)) return refused('CLIENT_ENTRY');
            const retimed = retimedSeries(series, entry.startsAt, { date: input.date, startTime: input.startTime, durationMinutes: durationOf(time.startsAt, time.endsAt) });
            const updatedSeries = await tx.calendarSeries.update({
              where: { id: series.id },
              data: {
                ...retimed, unitId: input.unitId, typeCode: input.typeCode, title: data.title ?? null, bookable: input.bookable,
                contactMode: data.contactMode ?? null,
                rule: input.recurrence ? recurrenceRule(input.recurrence) : series.rule,
                materialisedUntil: materialisationHorizon(now),
              },
            });
            // The upcoming occurrences are re-made from the changed rule; past ones stay as they were.
            await tx.calendarEntry.deleteMany({ where: { id: { in: upcoming.map((e) => e.id) } } });
            const made = await materialise(tx, updatedSeries, { ...data, ...occurrenceFields(updatedSeries) }, { from: now, to: updatedSeries.materialisedUntil });
            const first = made.ids[0] ? await tx.calendarEntry.findUniqueOrThrow({ where: { id: made.ids[0] } }) : null;
            const overlaps = first ? await overlapCount(tx, staffId, first, made.ids) : 0;
            return { entry: first, problem: null, skippedHolidays: made.skippedHolidays, count: made.ids.length, overlaps };
          });
        } catch (error) {
          if (isUniqueViolation(error)) return refused('CLIENT_TIME_TAKEN');
          throw error;
        }
      },
    }),
  );

  builder.mutationField('deleteCalendarEntry', (t) =>
    t.field({
      type: Payload,
      description:
        'Removes an entry of the signed-in professional’s own calendar, or its whole series from now on (past occurrences stay). A client’s time is not removed here (CLIENT_ENTRY): cancel it or use absences, so the client is told.',
      authScopes: { staff: true },
      args: { id: t.arg.id({ required: true }), scope: t.arg({ type: Scope, required: false, defaultValue: 'THIS' }) },
      resolve: async (_root, args, ctx): Promise<EditResult> => {
        const staffId = viewerStaffId(ctx);
        const id = String(args.id);
        if (!uuid.test(id)) return refused('NOT_FOUND');
        const entry = await ctx.prisma.calendarEntry.findFirst({ where: { id, staffId } });
        if (!entry) return refused('NOT_FOUND');
        const now = ctx.now();
        return ctx.prisma.$transaction(async (tx) => {
          if (args.scope !== 'SERIES' || !entry.seriesId) {
            const problem = entryEditProblem(entry, { kind: 'delete' });
            if (problem) return refused(problem);
            if (entry.seriesId && !entry.detached)
              await tx.calendarSeries.update({ where: { id: entry.seriesId }, data: { exdates: { push: exdateOf(entry.startsAt) } } });
            await tx.calendarEntry.delete({ where: { id } });
            return { entry: null, problem: null, skippedHolidays: [], count: 1, overlaps: 0 };
          }
          const upcoming = await tx.calendarEntry.findMany({ where: { seriesId: entry.seriesId, startsAt: { gt: now } }, select: { id: true, clientId: true } });
          if (upcoming.some((e) => e.clientId !== null)) return refused('CLIENT_ENTRY');
          const removed = await tx.calendarEntry.deleteMany({ where: { id: { in: upcoming.map((e) => e.id) } } });
          // Past occurrences stay in the calendar (and the statistics) as single entries.
          await tx.calendarSeries.delete({ where: { id: entry.seriesId } });
          return { entry: null, problem: null, skippedHolidays: [], count: removed.count, overlaps: 0 };
        });
      },
    }),
  );
}

/**
 * Keeps every series materialised a year ahead: each day, the horizon moves on a day. Idempotent:
 * a window is materialised and its end stored in one transaction, so a re-run starts after it.
 * Occurrences of a client series are created without an access-log row: no professional reads or
 * changes anything; the series' creation was logged.
 */
export const extendCalendarSeries = defineJob({
  name: 'appointments.extend-calendar-series',
  description: 'Materialises recurring calendar entries up to twelve months ahead.',
  schedule: { cron: '20 2 * * *' },
  handler: async ({ prisma, now, logger }) => {
    const horizon = materialisationHorizon(now());
    const due = await prisma.calendarSeries.findMany({ where: { materialisedUntil: { lt: horizon } } });
    let created = 0;
    for (const series of due) {
      const definition = seriesDefinition(series);
      await prisma.$transaction(async (tx) => {
        if (seriesContinuesAfter(definition, series.materialisedUntil)) {
          const plan = planOccurrences(definition, { from: series.materialisedUntil, to: horizon });
          const data = plan.occurrences.map((o) => ({ ...occurrenceFields(series), seriesId: series.id, startsAt: o.start, endsAt: o.end }));
          // skipDuplicates: a client time taken meanwhile by another entry is left out, not failed on.
          if (data.length) created += (await tx.calendarEntry.createMany({ data, skipDuplicates: true })).count;
        }
        await tx.calendarSeries.update({ where: { id: series.id }, data: { materialisedUntil: horizon } });
      });
    }
    logger.info({ series: due.length, created }, 'calendar series extended');
  },
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each job has its own data
export const calendarJobs: readonly JobDefinition<any>[] = [extendCalendarSeries];
