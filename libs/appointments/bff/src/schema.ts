import { localizedField, residentPersonId, type builder as Builder } from '@luotsi/bff-core';
import {
  firstContactBookerRoles, firstContactServices, firstContactTypeCode,
  type FirstContactService, type FirstContactUnitType,
} from './calendar';

const minute = 60_000;
const serviceOfUnitType = new Map<string, FirstContactUnitType>(Object.values(firstContactServices).map((type) => [type, type]));

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
          where: {
            bookable: true,
            clientId: null,
            typeCode: firstContactTypeCode,
            startsAt: { gt: ctx.now() },
            unit: { type: args.service ? args.service : { in: Object.values(firstContactServices) } },
          },
          orderBy: [{ startsAt: 'asc' }, { unit: { code: 'asc' } }, { id: 'asc' }],
          take: Math.min(Math.max(args.limit ?? 30, 1), 100),
        }),
    }),
  );
}
