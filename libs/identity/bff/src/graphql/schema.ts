import { helsinkiDate } from '@luotsi/calendar';
import { guardianMayActFor, preferredLanguageSchema } from '@luotsi/identity-domain';
import {
  localizedField, LanguageEnum, NotAuthorizedError, residentPersonId, type builder as Builder,
} from '@luotsi/bff-core';

// Ages change at local midnight, not UTC's: "today" is the Helsinki date.
export { helsinkiDate } from '@luotsi/calendar';

export function registerIdentitySchema(builder: typeof Builder): void {
  const Municipality = builder.prismaObject('Municipality', {
    fields: (t) => ({
      code: t.exposeString('code'),
      name: t.field(localizedField('name')),
    }),
  });

  const Child = builder.prismaObject('Person', {
    variant: 'Child',
    description: 'A child the signed-in guardian may act for (under 15).',
    fields: (t) => ({
      id: t.exposeID('id'),
      firstName: t.exposeString('firstName'),
      birthDate: t.expose('birthDate', { type: 'Date' }),
    }),
  });

  const Me = builder.prismaObject('Person', {
    variant: 'Me',
    description: 'The signed-in resident.',
    fields: (t) => ({
      id: t.exposeID('id'),
      firstName: t.exposeString('firstName'),
      lastName: t.exposeString('lastName'),
      language: t.field({ type: LanguageEnum, resolve: (p) => (p.language === 'sv' || p.language === 'en' ? p.language : 'fi') }),
      municipality: t.relation('municipality', { type: Municipality }),
      children: t.field({
        type: [Child],
        description: 'Children under 15 in the resident’s guardianship.',
        resolve: async (person, _a, ctx) => {
          const rows = await ctx.prisma.guardianship.findMany({ where: { guardianId: person.id }, include: { child: true } });
          const today = helsinkiDate(ctx.now());
          return rows
            .map((r) => r.child)
            .filter((child) => guardianMayActFor(child.birthDate.toISOString().slice(0, 10), today))
            .sort((a, b) => a.birthDate.getTime() - b.birthDate.getTime());
        },
      }),
    }),
  });

  const StaffUnitRef = builder.prismaObject('Unit', {
    fields: (t) => ({
      id: t.exposeID('id'),
      code: t.exposeString('code'),
      name: t.field(localizedField('name')),
    }),
  });

  const StaffMe = builder.prismaObject('StaffMember', {
    variant: 'StaffMe',
    description: 'The signed-in professional.',
    fields: (t) => ({
      id: t.exposeID('id'),
      firstName: t.exposeString('firstName'),
      lastName: t.exposeString('lastName'),
      title: t.field(localizedField('title')),
      roles: t.exposeStringList('roles'),
      units: t.field({
        type: [StaffUnitRef],
        resolve: async (s, _a, ctx) =>
          (await ctx.prisma.staffUnit.findMany({ where: { staffId: s.id }, include: { unit: true }, orderBy: { unit: { code: 'asc' } } })).map((r) => r.unit),
      }),
    }),
  });

  builder.queryField('me', (t) =>
    t.prismaField({
      type: Me,
      authScopes: { resident: true },
      resolve: (query, _root, _args, ctx) => ctx.prisma.person.findUniqueOrThrow({ ...query, where: { id: residentPersonId(ctx) } }),
    }),
  );

  builder.queryField('staffMe', (t) =>
    t.prismaField({
      type: StaffMe,
      authScopes: { staff: true },
      resolve: (query, _root, _args, ctx) => {
        const staffId = ctx.viewer.staff?.staffId;
        if (!staffId) throw new NotAuthorizedError('UNAUTHENTICATED');
        return ctx.prisma.staffMember.findUniqueOrThrow({ ...query, where: { id: staffId } });
      },
    }),
  );

  builder.mutationField('setMyLanguage', (t) =>
    t.prismaField({
      type: Me,
      description: 'The language in which the resident wants messages and letters.',
      authScopes: { resident: true },
      // Defence in depth behind the enum; a language form in the browser uses the same schema.
      args: { language: t.arg({ type: LanguageEnum, required: true, validate: preferredLanguageSchema }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.person.update({ ...query, where: { id: residentPersonId(ctx) }, data: { language: args.language } }),
    }),
  );
}
