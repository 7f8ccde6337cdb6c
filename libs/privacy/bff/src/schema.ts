import type { Person, Prisma, Unit } from '@luotsi/db';
import { accessActions, localizedField, NotAuthorizedError, residentPersonId, type AccessAction, type BffContext, type builder as Builder } from '@luotsi/bff-core';
import {
  accessLogAdminRoles, accessLogSubjects, accessLogSupervisionPurpose, helsinkiDate, helsinkiDateWindow,
} from './access-log-rules';

/**
 * Loads rows by id once per request, in one query for all the ids asked in the same tick: the
 * log's pages name a handful of units and persons many times over.
 */
function perRequestLoader<V>(load: (prisma: BffContext['prisma'], ids: string[]) => Promise<(V & { id: string })[]>) {
  const caches = new WeakMap<BffContext, { rows: Map<string, Promise<V | null>>; batch: Map<string, (row: V | null) => void> | null }>();
  return (ctx: BffContext, id: string): Promise<V | null> => {
    let cache = caches.get(ctx);
    if (!cache) caches.set(ctx, (cache = { rows: new Map(), batch: null }));
    const known = cache.rows.get(id);
    if (known) return known;
    const state = cache;
    if (!state.batch) {
      const batch = new Map<string, (row: V | null) => void>();
      state.batch = batch;
      queueMicrotask(() => {
        state.batch = null;
        load(ctx.prisma, [...batch.keys()]).then(
          (rows) => {
            const byId = new Map(rows.map((row) => [row.id, row]));
            for (const [key, settle] of batch) settle(byId.get(key) ?? null);
          },
          () => {
            for (const settle of batch.values()) settle(null);
          },
        );
      });
    }
    const promise = new Promise<V | null>((settle) => state.batch?.set(id, settle));
    state.rows.set(id, promise);
    return promise;
  };
}

const loadUnit = perRequestLoader<Unit>((prisma, ids) => prisma.unit.findMany({ where: { id: { in: ids } } }));
const loadPerson = perRequestLoader<Person>((prisma, ids) => prisma.person.findMany({ where: { id: { in: ids } } }));

function adminStaff(ctx: BffContext) {
  const staff = ctx.viewer.staff;
  if (!staff?.staffId || !accessLogAdminRoles.some((role) => staff.roles.includes(role))) throw new NotAuthorizedError('FORBIDDEN');
  return staff;
}

/**
 * The privacy module's GraphQL: the access log (käyttöloki) for residents (who has viewed my
 * data) and for administrators (search). The log itself is written by bff-core for every type
 * declared `clientData` (docs/modules/privacy.md).
 */
export function registerPrivacySchema(builder: typeof Builder): void {
  // GraphQL enum names in capitals; the stored values are the lower-case actions.
  const Action = builder.enumType('AccessLogAction', {
    description: 'What a professional did with the data.',
    values: Object.fromEntries(accessActions.map((action) => [action.toUpperCase(), { value: action }])) as {
      [K in AccessAction as Uppercase<K>]: { value: K };
    },
  });

  const Subject = builder.objectRef<{ person: Person; isSelf: boolean }>('AccessLogSubject').implement({
    description: 'Whose data the entry is about: the signed-in resident or a child in their guardianship.',
    fields: (t) => ({
      personId: t.id({ resolve: (s) => s.person.id }),
      firstName: t.string({ resolve: (s) => s.person.firstName }),
      isSelf: t.exposeBoolean('isSelf'),
    }),
  });

  const LogUnit = builder.prismaObject('Unit', {
    variant: 'AccessLogUnit',
    description: 'The unit in whose work a professional accessed the data.',
    fields: (t) => ({ id: t.exposeID('id'), code: t.exposeString('code'), name: t.field(localizedField('name')) }),
  });

  const MyEntry = builder.prismaObject('AccessLogEntry', {
    variant: 'MyAccessLogEntry',
    description: 'A professional’s access to the signed-in resident’s data or their child’s.',
    fields: (t) => ({
      id: t.exposeID('id'),
      occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
      actorName: t.exposeString('actorName', { description: 'The professional’s name at the time.' }),
      actorRole: t.exposeString('actorRole', { description: 'The role that gave the access, e.g. "nurse".' }),
      actorUnit: t.field({ type: LogUnit, nullable: true, resolve: (e, _a, ctx) => (e.actorUnitId ? loadUnit(ctx, e.actorUnitId) : null) }),
      action: t.field({ type: Action, resolve: (e) => e.action as AccessAction }),
      objectType: t.exposeString('objectType', { description: 'What was accessed, e.g. "ContactRequest".' }),
      purpose: t.exposeString('purpose', { description: 'Why: the relationship or task, e.g. "unit-queue".' }),
      subject: t.field({
        type: Subject,
        resolve: async (entry, _args, ctx) => {
          const person = await loadPerson(ctx, entry.clientPersonId);
          if (!person) throw new Error('access log entry of an unknown person');
          return { person, isSelf: person.id === residentPersonId(ctx) };
        },
      }),
    }),
  });

  // What an administrator sees of the client: their identity, a read that is itself logged.
  const Client = builder.prismaObject('Person', {
    variant: 'AccessLogClient',
    description: 'The person whose data an access-log entry is about.',
    clientData: { clientOf: (p) => p.id, objectType: 'Person', purpose: accessLogSupervisionPurpose, roles: accessLogAdminRoles },
    fields: (t) => ({
      id: t.exposeID('id'),
      firstName: t.exposeString('firstName'),
      lastName: t.exposeString('lastName'),
      personalIdentityCode: t.exposeString('personalIdentityCode', { nullable: true, description: 'Null for a client known only by name and contact details.' }),
    }),
  });

  const AdminEntry = builder.prismaObject('AccessLogEntry', {
    variant: 'AccessLogEntry',
    description: 'One access of a professional to a client’s data, for administrators.',
    // An entry tells what was done with whose data: showing it is a read of that client's data,
    // logged once per client and search (the same row as for the client's identity below).
    clientData: {
      clientOf: (e) => e.clientPersonId,
      objectType: 'Person',
      idOf: (e) => e.clientPersonId,
      purpose: accessLogSupervisionPurpose,
      roles: accessLogAdminRoles,
    },
    fields: (t) => ({
      id: t.exposeID('id'),
      occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
      actorName: t.exposeString('actorName', { description: 'The professional’s name at the time.' }),
      actorRole: t.exposeString('actorRole', { description: 'The role that gave the access, e.g. "nurse".' }),
      actorUnit: t.field({ type: LogUnit, nullable: true, resolve: (e, _a, ctx) => (e.actorUnitId ? loadUnit(ctx, e.actorUnitId) : null) }),
      action: t.field({ type: Action, resolve: (e) => e.action as AccessAction }),
      objectType: t.exposeString('objectType', { description: 'What was accessed, e.g. "ContactRequest".' }),
      purpose: t.exposeString('purpose', { description: 'Why: the relationship or task, e.g. "unit-queue".' }),
      actorStaffId: t.exposeID('actorStaffId'),
      objectId: t.exposeString('objectId'),
      requestId: t.exposeString('requestId'),
      client: t.field({
        type: Client,
        nullable: true,
        description: 'Null when the person no longer exists.',
        resolve: (entry, _args, ctx) => loadPerson(ctx, entry.clientPersonId),
      }),
    }),
  });

  const Search = builder.inputType('AccessLogSearch', {
    description: 'Every given criterion must match. Dates are Helsinki calendar days, both inclusive.',
    fields: (t) => ({
      clientPersonalIdentityCode: t.string({ required: false }),
      clientId: t.id({ required: false }),
      actorId: t.id({ required: false, description: 'The professional’s staff id.' }),
      actorName: t.string({ required: false, description: 'Part of the professional’s name, any case.' }),
      from: t.field({ type: 'Date', required: false }),
      to: t.field({ type: 'Date', required: false }),
      action: t.field({ type: Action, required: false }),
    }),
  });

  builder.queryField('myAccessLog', (t) =>
    t.prismaConnection(
      {
        type: MyEntry,
        cursor: 'id',
        description:
          'Who has viewed or changed the signed-in resident’s data, and their under-15 children’s, and when and why: the newest first.',
        authScopes: { resident: true },
        resolve: async (query, _root, _args, ctx) => {
          const selfId = residentPersonId(ctx);
          const children = await ctx.prisma.guardianship.findMany({ where: { guardianId: selfId }, select: { child: { select: { id: true, birthDate: true } } } });
          const subjects = accessLogSubjects(
            selfId,
            children.map(({ child }) => ({ id: child.id, birthDate: child.birthDate.toISOString().slice(0, 10) })),
            helsinkiDate(ctx.now()),
          );
          return ctx.prisma.accessLogEntry.findMany({
            ...query,
            where: { clientPersonId: { in: subjects } },
            orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
          });
        },
      },
      { name: 'MyAccessLogConnection' },
      { name: 'MyAccessLogEdge' },
    ),
  );

  builder.queryField('accessLogEntries', (t) =>
    t.prismaConnection(
      {
        type: AdminEntry,
        cursor: 'id',
        description: 'Search of the access log for administrators, the newest first. Reading a client’s identity here is logged too.',
        authScopes: { staffRole: accessLogAdminRoles },
        args: { search: t.arg({ type: Search, required: true }) },
        resolve: async (query, _root, { search }, ctx) => {
          adminStaff(ctx);
          const where: Prisma.AccessLogEntryWhereInput[] = [];
          if (search.clientPersonalIdentityCode) {
            const person = await ctx.prisma.person.findUnique({ where: { personalIdentityCode: search.clientPersonalIdentityCode.trim().toUpperCase() } });
            if (!person) return [];
            // Looking a person up by identity code is reading their identity.
            ctx.accessLog.noteRead({ clientPersonId: person.id, objectType: 'Person', objectId: person.id, purpose: accessLogSupervisionPurpose, role: 'admin' });
            where.push({ clientPersonId: person.id });
          }
          if (search.clientId) where.push({ clientPersonId: String(search.clientId) });
          if (search.actorId) where.push({ actorStaffId: String(search.actorId) });
          if (search.actorName?.trim()) where.push({ actorName: { contains: search.actorName.trim(), mode: 'insensitive' } });
          if (search.action) where.push({ action: search.action });
          if (search.from || search.to) {
            const window = helsinkiDateWindow(dateOf(search.from), dateOf(search.to));
            if (!window) return [];
            where.push({ occurredAt: window });
          }
          if (search.clientId && !isUuid(String(search.clientId))) return [];
          if (search.actorId && !isUuid(String(search.actorId))) return [];
          return ctx.prisma.accessLogEntry.findMany({ ...query, where: { AND: where }, orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }] });
        },
      },
      { name: 'AccessLogConnection' },
      { name: 'AccessLogEdge' },
    ),
  );
}

function dateOf(value: string | Date | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}

/** Ids are uuids in the database; anything else cannot match (and would be a database error). */
function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
