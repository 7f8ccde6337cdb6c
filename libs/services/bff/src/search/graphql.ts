/**
 * GraphQL of the service tray's search and service page: public (no sign-in), no personal data.
 */
import type { ServiceChannel as ChannelRow, Prisma, PrismaClient } from '@luotsi/db';

export type ServiceWithOrganization = Prisma.ServiceGetPayload<{ include: { organization: true } }>;
import { InvalidInputError, LocalizedTextRef, pickLanguage, type BffContext, type builder as Builder, type LocalizedText } from '@luotsi/bff-core';
import {
  channelTypes,
  isOpenAt,
  searchFacets,
  type AccessibilityGroup,
  type ChannelAddress,
  type ChannelPhone,
  type ChannelWebPage,
  type OpeningHoursPeriod,
} from '@luotsi/services-domain';
import { recordViewEvent } from './events';
import { SearchInputError, searchServices, type SearchOutcome } from './search';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function asArray<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** OpenStreetMap at street level, marker on the point (WGS84 degrees). */
export function mapUrl(latitude: number, longitude: number): string {
  const lat = latitude.toFixed(6);
  const lon = longitude.toFixed(6);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}

/** The channel's web pages in the reader's language; all of them when none is. */
export function webPagesFor(pages: readonly ChannelWebPage[], language: string): ChannelWebPage[] {
  const safe = pages.filter((p) => /^https?:\/\//i.test(p.url));
  const own = safe.filter((p) => p.language === language);
  return own.length ? own : safe;
}

/** The channel types of the service page; returns the ServiceChannel type for Service.channels. */
export function registerServiceChannel(builder: typeof Builder) {
  const optionalText = (value: unknown, language: Parameters<typeof pickLanguage>[1]): LocalizedText | null => {
    const picked = pickLanguage(value, language);
    return picked.text ? picked : null;
  };

  const Address = builder.objectRef<ChannelAddress>('ServiceChannelAddress').implement({
    description: 'A location’s visiting address.',
    fields: (t) => ({
      street: t.field({ type: LocalizedTextRef, nullable: true, resolve: (a, _args, ctx) => optionalText(a.street, ctx.language) }),
      streetNumber: t.string({ nullable: true, resolve: (a) => a.streetNumber ?? null }),
      postalCode: t.string({ nullable: true, resolve: (a) => a.postalCode ?? null }),
      postOffice: t.field({ type: LocalizedTextRef, nullable: true, resolve: (a, _args, ctx) => optionalText(a.postOffice, ctx.language) }),
      municipalityCode: t.string({ nullable: true, resolve: (a) => a.municipalityCode ?? null }),
    }),
  });

  const Phone = builder.objectRef<ChannelPhone>('ServiceChannelPhone').implement({
    description: 'A service number of a channel (never a person’s own number).',
    fields: (t) => ({
      number: t.exposeString('number'),
      label: t.field({ type: LocalizedTextRef, nullable: true, resolve: (p, _args, ctx) => optionalText(p.label, ctx.language) }),
      chargeDescription: t.field({ type: LocalizedTextRef, nullable: true, resolve: (p, _args, ctx) => optionalText(p.chargeDescription, ctx.language) }),
    }),
  });

  const WebPage = builder.objectRef<ChannelWebPage>('ServiceChannelWebPage').implement({
    fields: (t) => ({
      url: t.exposeString('url'),
      name: t.string({ nullable: true, resolve: (p) => p.name ?? null }),
      language: t.string({ nullable: true, resolve: (p) => p.language ?? null }),
    }),
  });

  const Interval = builder.objectRef<OpeningHoursPeriod['intervals'][number]>('ServiceOpeningInterval').implement({
    description: 'Opening hours on a weekday (or a range of days), Helsinki time.',
    fields: (t) => ({
      dayFrom: t.int({ nullable: true, description: 'ISO weekday 1 (Monday) … 7 (Sunday); none on exceptional days.', resolve: (i) => i.dayFrom ?? null }),
      dayTo: t.int({ nullable: true, resolve: (i) => i.dayTo ?? null }),
      from: t.exposeString('from'),
      to: t.exposeString('to'),
    }),
  });

  const Period = builder.objectRef<OpeningHoursPeriod>('ServiceOpeningHours').implement({
    description: 'A period of opening hours: regular weekly hours, hours over midnight, or exceptional days.',
    fields: (t) => ({
      kind: t.exposeString('kind', { description: '"regular" | "over-midnight" | "exceptional"' }),
      validFrom: t.string({ nullable: true, resolve: (p) => p.validFrom ?? null }),
      validTo: t.string({ nullable: true, resolve: (p) => p.validTo ?? null }),
      closed: t.exposeBoolean('closed'),
      alwaysOpen: t.exposeBoolean('alwaysOpen'),
      intervals: t.field({ type: [Interval], resolve: (p) => p.intervals }),
      additionalInformation: t.field({ type: LocalizedTextRef, nullable: true, resolve: (p, _args, ctx) => optionalText(p.additionalInformation, ctx.language) }),
    }),
  });

  const Accessibility = builder.objectRef<AccessibilityGroup>('ServiceAccessibilityGroup').implement({
    fields: (t) => ({
      group: t.field({ type: LocalizedTextRef, resolve: (g, _args, ctx) => pickLanguage(g.group, ctx.language) }),
      sentences: t.field({ type: [LocalizedTextRef], resolve: (g, _args, ctx) => g.sentences.map((s) => pickLanguage(s, ctx.language)).filter((s) => s.text) }),
    }),
  });

  const Channel = builder.prismaObject('ServiceChannel', {
    description: 'A way to use a service: a location, a phone line, an e-service, a web page or a printable form. Catalogue data, no personal data.',
    fields: (t) => ({
      id: t.exposeID('id'),
      type: t.exposeString('type', { description: `"${channelTypes.join('" | "')}"` }),
      name: t.field({ type: LocalizedTextRef, resolve: (c, _args, ctx) => pickLanguage(c.name, ctx.language) }),
      summary: t.field({ type: LocalizedTextRef, nullable: true, resolve: (c, _args, ctx) => optionalText(c.summary, ctx.language) }),
      description: t.field({ type: LocalizedTextRef, nullable: true, resolve: (c, _args, ctx) => optionalText(c.description, ctx.language) }),
      address: t.field({ type: Address, nullable: true, resolve: (c) => (c.address ?? null) as ChannelAddress | null }),
      latitude: t.exposeFloat('latitude', { nullable: true, description: 'WGS84 degrees.' }),
      longitude: t.exposeFloat('longitude', { nullable: true, description: 'WGS84 degrees.' }),
      mapUrl: t.string({
        nullable: true,
        description: 'OpenStreetMap at the location.',
        resolve: (c) => (c.latitude !== null && c.longitude !== null ? mapUrl(c.latitude, c.longitude) : null),
      }),
      phones: t.field({ type: [Phone], resolve: (c) => asArray<ChannelPhone>(c.phones) }),
      emails: t.exposeStringList('emails'),
      webPages: t.field({ type: [WebPage], resolve: (c, _args, ctx) => webPagesFor(asArray<ChannelWebPage>(c.webPages), ctx.language) }),
      openingHours: t.field({ type: [Period], resolve: (c) => asArray<OpeningHoursPeriod>(c.openingHours) }),
      openNow: t.boolean({
        nullable: true,
        description: 'Open at this moment (Helsinki time); null when the channel has no hours for today.',
        resolve: (c, _args, ctx) => {
          const periods = asArray<OpeningHoursPeriod>(c.openingHours);
          return periods.length ? (isOpenAt(periods, ctx.now()) ?? null) : null;
        },
      }),
      accessibility: t.field({ type: [Accessibility], resolve: (c) => asArray<AccessibilityGroup>(c.accessibility) }),
    }),
  });

  return Channel;
}

/** Channels of a service: locations first, then phone lines, e-services, web pages and forms. */
export async function channelsOf(ctx: BffContext, serviceId: string): Promise<ChannelRow[]> {
  const links = await ctx.prisma.serviceChannelLink.findMany({ where: { serviceId }, include: { channel: true } });
  const order = (c: ChannelRow) => (channelTypes as readonly string[]).indexOf(c.type);
  return links
    .map((l) => l.channel)
    .sort((a, b) => order(a) - order(b) || pickLanguage(a.name, ctx.language).text.localeCompare(pickLanguage(b.name, ctx.language).text, ctx.language));
}

/** Registers the search; returns the hit type, whose `service` field schema.ts adds (it owns Service). */
export function registerSearchSchema(builder: typeof Builder) {
  const FacetValue = builder
    .objectRef<{ facet: string; value: string; count: number; selected: boolean; label: LocalizedText | null }>('ServiceSearchFacetValue')
    .implement({
      fields: (t) => ({
        value: t.exposeString('value', { description: 'The code to filter by (municipality code, PTV code, provider or channel type, "true").' }),
        count: t.exposeInt('count', { description: 'Services with this value, given the query and the other facets’ filters.' }),
        selected: t.exposeBoolean('selected'),
        label: t.field({ type: LocalizedTextRef, nullable: true, description: 'The value’s name, when the catalogue has one (municipalities, target groups, themes).', resolve: (v) => v.label }),
      }),
    });

  const FacetEnum = builder.enumType('ServiceSearchFacetKind', { values: searchFacets });
  const Facet = builder.objectRef<{ facet: (typeof searchFacets)[number]; values: { facet: string; value: string; count: number; selected: boolean; label: LocalizedText | null }[] }>('ServiceSearchFacet').implement({
    fields: (t) => ({
      facet: t.field({ type: FacetEnum, resolve: (f) => f.facet }),
      values: t.field({ type: [FacetValue], resolve: (f) => f.values }),
    }),
  });

  const Hit = builder.objectRef<{ id: string; rank: number; distanceKm: number | null; service: ServiceWithOrganization }>('ServiceSearchHit').implement({
    fields: (t) => ({
      distanceKm: t.exposeFloat('distanceKm', { nullable: true, description: 'Kilometres to the nearest location of the service, when sorting or searching from a place.' }),
    }),
  });

  const SortEnum = builder.enumType('ServiceSearchSort', { values: ['relevance', 'distance', 'name'] as const });

  const Result = builder.objectRef<Omit<SearchOutcome, 'hits'> & { hits: { id: string; rank: number; distanceKm: number | null; service: ServiceWithOrganization }[]; facetValues: { facet: (typeof searchFacets)[number]; values: { facet: string; value: string; count: number; selected: boolean; label: LocalizedText | null }[] }[] }>('ServiceSearchResult').implement({
    fields: (t) => ({
      query: t.exposeString('query', { description: 'The query as searched: words of letters and digits, at most 8.' }),
      sort: t.field({ type: SortEnum, resolve: (r) => r.sort }),
      total: t.exposeInt('total'),
      hits: t.field({ type: [Hit], resolve: (r) => r.hits }),
      nextCursor: t.string({ nullable: true, description: 'Pass as `after` for the next page; null on the last page.', resolve: (r) => r.nextCursor }),
      suggestion: t.string({ nullable: true, description: '"Did you mean": the query with unknown words corrected, when few services matched.', resolve: (r) => r.suggestion }),
      facets: t.field({ type: [Facet], resolve: (r) => r.facetValues }),
    }),
  });

  const Input = builder.inputType('ServiceSearchInput', {
    fields: (t) => ({
      query: t.string({ required: false, description: 'Free text in any language; odd characters are ignored, long texts cut.' }),
      municipalityCodes: t.stringList({ required: false }),
      targetGroups: t.stringList({ required: false, description: 'PTV target group codes, e.g. "KR1.2".' }),
      themes: t.stringList({ required: false, description: 'Top-level PTV service classes, e.g. "P3".' }),
      providerTypes: t.stringList({ required: false }),
      channelTypes: t.stringList({ required: false }),
      freeOfCharge: t.boolean({ required: false }),
      sort: t.field({ type: SortEnum, required: false, description: 'Default: relevance with a query, else name.' }),
      originMunicipalityCode: t.string({ required: false, description: 'Distance from this municipality’s centre.' }),
      originPostalCode: t.string({ required: false, description: 'Distance from this postal code (wins over the municipality).' }),
      after: t.string({ required: false, description: 'The previous page’s nextCursor.' }),
      first: t.int({ required: false, description: 'Page size, 1–50 (default 20).' }),
    }),
  });

  builder.queryField('searchServices', (t) =>
    t.field({
      type: Result,
      description: 'Full-text search of the region’s services in Finnish, Swedish or English, with facets, sorting and cursor paging. Public.',
      authScopes: { public: true },
      args: { input: t.arg({ type: Input, required: true }) },
      resolve: async (_root, args, ctx) => {
        let outcome: SearchOutcome;
        try {
          outcome = await searchServices(ctx.prisma, { language: ctx.language, now: ctx.now(), logger: ctx.logger, input: args.input });
        } catch (error) {
          if (error instanceof SearchInputError) throw new InvalidInputError(error.fields);
          throw error;
        }
        const [rows, facetValues] = await Promise.all([
          ctx.prisma.service.findMany({ where: { id: { in: outcome.hits.map((h) => h.id) } }, include: { organization: true } }),
          labelFacets(ctx, outcome),
        ]);
        const byId = new Map(rows.map((row) => [row.id, row]));
        // A service removed by an import between the two statements is left out.
        const hits = outcome.hits.flatMap((hit) => {
          const service = byId.get(hit.id);
          return service ? [{ ...hit, service }] : [];
        });
        return { ...outcome, hits, facetValues };
      },
    }),
  );

  builder.queryField('service', (t) =>
    t.prismaField({
      type: 'Service',
      nullable: true,
      description: 'One service of the catalogue, for its page; null when there is no such service. Public; records a view for statistics.',
      authScopes: { public: true },
      args: { id: t.arg.id({ required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const id = String(args.id);
        if (!uuid.test(id)) return null;
        const service = await ctx.prisma.service.findUnique({ ...query, where: { id } });
        if (service) recordViewEvent(ctx.prisma, ctx.logger, { at: ctx.now(), serviceId: id, language: ctx.language });
        return service;
      },
    }),
  );
  return { Hit };
}

/**
 * Names of municipalities, target groups and service classes: small tables that change with the
 * nightly import at most, kept for ten minutes per database (not two queries per search).
 */
const labelTtlMs = 10 * 60 * 1000;
const labelCache = new WeakMap<PrismaClient, { at: number; labels: Promise<{ municipalities: Map<string, unknown>; classifications: Map<string, unknown> }> }>();

function facetLabels(prisma: PrismaClient) {
  const cached = labelCache.get(prisma);
  if (cached && Date.now() - cached.at < labelTtlMs) return cached.labels;
  const labels = Promise.all([
    prisma.municipality.findMany({ select: { code: true, name: true } }),
    prisma.serviceClassification.findMany({ where: { kind: { in: ['target-group', 'service-class'] } }, select: { kind: true, code: true, name: true } }),
  ]).then(([municipalities, classifications]) => ({
    municipalities: new Map<string, unknown>(municipalities.map((m) => [m.code, m.name])),
    classifications: new Map<string, unknown>(classifications.map((c) => [`${c.kind}:${c.code}`, c.name])),
  }));
  labelCache.set(prisma, { at: Date.now(), labels });
  labels.catch(() => labelCache.delete(prisma));
  return labels;
}

async function labelFacets(ctx: BffContext, outcome: SearchOutcome) {
  const selectedOf: Record<(typeof searchFacets)[number], string[]> = {
    municipality: outcome.filters.municipalityCodes,
    targetGroup: outcome.filters.targetGroups,
    theme: outcome.filters.themes,
    providerType: outcome.filters.providerTypes,
    channelType: outcome.filters.channelTypes,
    freeOfCharge: outcome.filters.freeOfCharge ? ['true'] : [],
  };
  const { municipalities, classifications } = await facetLabels(ctx.prisma);
  const labelOf = (facet: (typeof searchFacets)[number], value: string): LocalizedText | null => {
    const name =
      facet === 'municipality'
        ? municipalities.get(value)
        : facet === 'targetGroup'
          ? classifications.get(`target-group:${value}`)
          : facet === 'theme'
            ? classifications.get(`service-class:${value}`)
            : undefined;
    return name === undefined ? null : pickLanguage(name, ctx.language);
  };
  const collator = new Intl.Collator(ctx.language, { sensitivity: 'base', numeric: true });
  return outcome.facets.map(({ facet, values }) => {
    const selected = selectedOf[facet];
    // A chosen value stays listed with 0, so it can be unchosen.
    const all = [...values, ...selected.filter((s) => !values.some((v) => v.value === s)).map((value) => ({ value, count: 0 }))];
    const labelled = all.map((v) => ({ facet, value: v.value, count: v.count, selected: selected.includes(v.value), label: labelOf(facet, v.value) }));
    // Municipalities of the county (those with a name) only: services also list neighbours.
    const shown = facet === 'municipality' ? labelled.filter((v) => v.label !== null) : labelled;
    return { facet, values: shown.sort((a, b) => b.count - a.count || collator.compare(a.label?.text ?? a.value, b.label?.text ?? b.value)) };
  });
}
