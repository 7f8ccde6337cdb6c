import type { Organization as OrganizationRow, Prisma } from '@luotsi/db';
import { localizedField, LanguageEnum, LocalizedTextRef, pickLanguage, type builder as Builder, type LocalizedText } from '@luotsi/bff-core';
import { channelsOf, registerSearchSchema, registerServiceChannel } from './search/graphql';
import { languages, type Language } from '@luotsi/shell-contract';

/** Who maintains the service tray's content. */
export const serviceCuratorRoles = ['service-curator'] as const;

/** Organisation kinds of the catalogue, in the order the UI lists them. */
export const providerTypes = ['county', 'municipality', 'ngo', 'parish', 'company'] as const;
export type ProviderType = (typeof providerTypes)[number];

/** The catalogue shows at most this many services at once (search and paging come later). */
export const serviceCatalogueLimit = 500;

/** The languages a localized database value has text in. */
export function languagesOf(value: unknown): Language[] {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return languages.filter((language) => typeof record[language] === 'string' && (record[language] as string).trim() !== '');
}

function nonEmpty(text: LocalizedText): LocalizedText | null {
  return text.text.trim() === '' ? null : text;
}

function byLocalizedName<T extends { name: Prisma.JsonValue }>(rows: T[], language: Language): T[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return rows
    .map((row) => ({ row, key: pickLanguage(row.name, language).text }))
    .sort((a, b) => collator.compare(a.key, b.key))
    .map((entry) => entry.row);
}

function serviceFilter(municipalityCode: string | null | undefined): Prisma.ServiceWhereInput {
  return municipalityCode ? { municipalityCodes: { has: municipalityCode } } : {};
}

interface CatalogueStats {
  total: number;
  byProviderType: { providerType: string; count: number }[];
  byOrganization: { organization: OrganizationRow; count: number }[];
}

export function registerServicesSchema(builder: typeof Builder): void {
  const Organization = builder.prismaObject('Organization', {
    description: 'An organisation that provides services: the county, a municipality, an NGO, a parish or a company.',
    fields: (t) => ({
      id: t.exposeID('id', { description: 'The organisation’s id in the national service catalogue (PTV).' }),
      name: t.field(localizedField('name')),
      providerType: t.exposeString('providerType', { description: '"county" | "municipality" | "ngo" | "parish" | "company"' }),
    }),
  });

  const ServiceChannel = registerServiceChannel(builder);

  const Service = builder.prismaObject('Service', {
    description: 'A service of the national service catalogue (PTV) offered in the county.',
    fields: (t) => ({
      id: t.exposeID('id', { description: 'The service’s id in the national service catalogue (PTV).' }),
      name: t.field(localizedField('name')),
      summary: t.field(localizedField('summary')),
      description: t.field({
        type: LocalizedTextRef,
        nullable: true,
        description: 'The long description, when the catalogue has one.',
        resolve: (s, _args, ctx) => nonEmpty(pickLanguage(s.description, ctx.language)),
      }),
      userInstruction: t.field({
        type: LocalizedTextRef,
        nullable: true,
        description: 'How to use the service, when the catalogue says.',
        resolve: (s, _args, ctx) => nonEmpty(pickLanguage(s.userInstruction, ctx.language)),
      }),
      serviceLanguages: t.exposeStringList('serviceLanguages', { description: 'Languages the service is given in (ISO 639-1).' }),
      channels: t.field({
        type: [ServiceChannel],
        description: 'The service’s channels: locations first, then phone lines, e-services, web pages and forms.',
        resolve: (s, _args, ctx) => channelsOf(ctx, s.id),
      }),
      languages: t.field({
        type: [LanguageEnum],
        description: 'The languages the service’s name is available in.',
        resolve: (s) => languagesOf(s.name),
      }),
      organization: t.relation('organization', { type: Organization }),
      municipalityCodes: t.exposeStringList('municipalityCodes'),
      targetGroups: t.exposeStringList('targetGroups', { description: 'PTV target group codes, e.g. "KR1.2" (families with children).' }),
      chargeType: t.exposeString('chargeType', { nullable: true, description: '"free" | "charged"' }),
    }),
  });

  const { Hit } = registerSearchSchema(builder);
  // The hit's service is loaded for the whole page at once, with its organisation (one query, not one per hit).
  builder.objectField(Hit, 'service', (t) => t.field({ type: Service, resolve: (hit) => hit.service }));

  const ProviderTypeCount = builder.objectRef<CatalogueStats['byProviderType'][number]>('ServiceProviderTypeCount').implement({
    fields: (t) => ({
      providerType: t.exposeString('providerType'),
      count: t.exposeInt('count'),
    }),
  });

  const OrganizationCount = builder.objectRef<CatalogueStats['byOrganization'][number]>('ServiceOrganizationCount').implement({
    fields: (t) => ({
      organization: t.field({ type: Organization, resolve: (row) => row.organization }),
      count: t.exposeInt('count'),
    }),
  });

  const Stats = builder.objectRef<CatalogueStats>('ServiceCatalogueStats').implement({
    description: 'How many services the catalogue has, by kind of provider and by organisation.',
    fields: (t) => ({
      total: t.exposeInt('total'),
      byProviderType: t.field({ type: [ProviderTypeCount], resolve: (s) => s.byProviderType }),
      byOrganization: t.field({ type: [OrganizationCount], resolve: (s) => s.byOrganization }),
    }),
  });

  builder.queryField('serviceCatalogue', (t) =>
    t.prismaField({
      type: [Service],
      description: 'The region’s services, by name in the reader’s language; optionally only those offered in one municipality.',
      authScopes: { public: true },
      args: { municipalityCode: t.arg.string({ required: false, description: 'Official municipality code, e.g. "049".' }) },
      resolve: async (query, _root, args, ctx) =>
        byLocalizedName(
          await ctx.prisma.service.findMany({
            ...query,
            where: serviceFilter(args.municipalityCode),
            orderBy: { id: 'asc' },
            take: serviceCatalogueLimit,
          }),
          ctx.language,
        ),
    }),
  );

  builder.queryField('serviceMunicipalities', (t) =>
    t.prismaField({
      type: ['Municipality'],
      description: 'The county’s municipalities, by name in the reader’s language: the service tray’s area filter.',
      authScopes: { public: true },
      resolve: async (query, _root, _args, ctx) => byLocalizedName(await ctx.prisma.municipality.findMany({ ...query }), ctx.language),
    }),
  );

  builder.queryField('serviceCatalogueStats', (t) =>
    t.field({
      type: Stats,
      description: 'Counts of the catalogue’s services by kind of provider and by organisation, for the curators.',
      authScopes: { staffRole: serviceCuratorRoles },
      args: { municipalityCode: t.arg.string({ required: false }) },
      resolve: async (_root, args, ctx) => {
        const groups = await ctx.prisma.service.groupBy({ by: ['organizationId'], where: serviceFilter(args.municipalityCode), _count: { _all: true } });
        const organizations = await ctx.prisma.organization.findMany({ where: { id: { in: groups.map((g) => g.organizationId) } } });
        const organizationById = new Map(organizations.map((o) => [o.id, o]));
        const collator = new Intl.Collator(ctx.language, { sensitivity: 'base' });
        const byOrganization = groups
          .flatMap((g) => {
            const organization = organizationById.get(g.organizationId);
            return organization ? [{ organization, count: g._count._all, name: pickLanguage(organization.name, ctx.language).text }] : [];
          })
          .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name))
          .map(({ organization, count }) => ({ organization, count }));
        const perType = new Map<string, number>();
        for (const { organization, count } of byOrganization) perType.set(organization.providerType, (perType.get(organization.providerType) ?? 0) + count);
        // Known kinds in their fixed order (with zeros, so the table always has the same rows), then any others.
        const known = providerTypes.map((providerType) => ({ providerType, count: perType.get(providerType) ?? 0 }));
        const others = [...perType].filter(([type]) => !(providerTypes as readonly string[]).includes(type)).map(([providerType, count]) => ({ providerType, count }));
        return {
          total: byOrganization.reduce((sum, row) => sum + row.count, 0),
          byProviderType: [...known, ...others],
          byOrganization,
        };
      },
    }),
  );
}
