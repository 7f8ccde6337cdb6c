import { localizedField, ClientError, type builder as Builder } from '@luotsi/bff-core';
import type { IndicatorDefinition } from './indicators';
import { daysInRange, eachMonth } from './periods';
import { loadSeries, type Granularity, type SeriesPoint } from './series';

/** Who reads the indicators: managers and administrators (the knowledge-management dashboards). */
export const insightsRoles = ['manager', 'admin'] as const;

/** The longest ranges one request may ask for. */
export const maxSeriesMonths = 36;
export const maxSeriesDays = 366;

export interface InsightsSchemaOptions {
  indicators: readonly IndicatorDefinition[];
  suppressionThreshold: number;
}

interface AreaRow {
  id: string;
  code: string;
  name: unknown;
}

interface Series {
  indicator: IndicatorDefinition;
  granularity: Granularity;
  from: string;
  to: string;
  serviceArea: AreaRow | null;
  suppressionThreshold: number;
  points: SeriesPoint[];
}

export function registerInsightsSchema(builder: typeof Builder, { indicators, suppressionThreshold }: InsightsSchemaOptions): void {
  const byId = new Map(indicators.map((i) => [i.id, i]));

  const UnitEnum = builder.enumType('IndicatorUnit', {
    description: 'How an indicator’s values add up; count: events per day, summed over days and areas.',
    values: ['count'] as const,
  });
  const GranularityEnum = builder.enumType('IndicatorGranularity', { values: ['day', 'month'] as const });
  const SuppressionEnum = builder.enumType('IndicatorSuppression', {
    values: {
      belowThreshold: { value: 'belowThreshold' as const, description: 'The count is below the suppression threshold.' },
      complementary: { value: 'complementary' as const, description: 'Hidden so that a hidden small count cannot be worked out from a total.' },
    },
  });

  const Indicator = builder.objectRef<IndicatorDefinition>('Indicator').implement({
    description: 'An indicator of the knowledge-management dashboards, defined as the county’s reports define it.',
    fields: (t) => ({
      id: t.exposeID('id'),
      domain: t.exposeString('domain', { description: 'The module that counts it.' }),
      unit: t.field({ type: UnitEnum, resolve: (i) => i.unit }),
      name: t.field(localizedField('name')),
      definition: t.field(localizedField('definition')),
    }),
  });

  const ServiceArea = builder.objectRef<AreaRow>('InsightsServiceArea').implement({
    description: 'A service area as a dimension of the indicators.',
    fields: (t) => ({
      code: t.exposeString('code'),
      name: t.field(localizedField('name')),
    }),
  });

  const Point = builder.objectRef<SeriesPoint>('IndicatorPoint').implement({
    description: 'The value of an indicator for one day or one month.',
    fields: (t) => ({
      start: t.field({ type: 'Date', description: 'First day of the period.', resolve: (p) => p.start }),
      end: t.field({ type: 'Date', description: 'Last day of the period.', resolve: (p) => p.end }),
      value: t.int({
        nullable: true,
        description: 'The sum of the daily values. Null when suppressed, and when there is no data for the period.',
        resolve: (p) => (p.suppression ? null : p.value),
      }),
      suppressed: t.boolean({ description: 'The value exists but may not be shown (privacy).', resolve: (p) => p.suppression !== null }),
      suppression: t.field({ type: SuppressionEnum, nullable: true, resolve: (p) => p.suppression }),
    }),
  });

  const SeriesRef = builder.objectRef<Series>('IndicatorSeries').implement({
    fields: (t) => ({
      indicator: t.field({ type: Indicator, resolve: (s) => s.indicator }),
      granularity: t.field({ type: GranularityEnum, resolve: (s) => s.granularity }),
      from: t.field({ type: 'Date', description: 'First day covered (monthly series start on the 1st).', resolve: (s) => s.from }),
      to: t.field({ type: 'Date', description: 'Last day covered (monthly series end on the last day of a month).', resolve: (s) => s.to }),
      serviceArea: t.field({ type: ServiceArea, nullable: true, description: 'Null: the whole county.', resolve: (s) => s.serviceArea }),
      suppressionThreshold: t.int({ description: 'Counts below this are suppressed.', resolve: (s) => s.suppressionThreshold }),
      points: t.field({ type: [Point], resolve: (s) => s.points }),
    }),
  });

  builder.queryField('indicators', (t) =>
    t.field({
      type: [Indicator],
      description: 'The indicators of the knowledge-management dashboards.',
      authScopes: { staffRole: insightsRoles },
      resolve: () => [...indicators],
    }),
  );

  builder.queryField('insightsServiceAreas', (t) =>
    t.field({
      type: [ServiceArea],
      description: 'The service areas the indicators can be filtered by.',
      authScopes: { staffRole: insightsRoles },
      resolve: (_root, _args, ctx) => ctx.prisma.serviceArea.findMany({ select: { id: true, code: true, name: true }, orderBy: { code: 'asc' } }),
    }),
  );

  builder.queryField('indicatorSeries', (t) =>
    t.field({
      type: SeriesRef,
      description:
        'An indicator’s values by day or month for the whole county or one service area. Counts below the suppression threshold come back as null with suppressed: true.',
      authScopes: { staffRole: insightsRoles },
      args: {
        indicatorId: t.arg.id({ required: true }),
        from: t.arg({ type: 'Date', required: true }),
        to: t.arg({ type: 'Date', required: true }),
        serviceAreaCode: t.arg.string({ required: false, description: 'Leave out for the whole county.' }),
        granularity: t.arg({ type: GranularityEnum, required: false, defaultValue: 'month' }),
      },
      resolve: async (_root, args, ctx) => {
        const indicator = byId.get(String(args.indicatorId));
        if (!indicator) throw new ClientError('NOT_FOUND', `No indicator ${String(args.indicatorId)}`);
        const granularity = args.granularity ?? 'month';
        if (args.from > args.to) throw new ClientError('BAD_USER_INPUT', 'from must not be after to');
        if (granularity === 'month' && eachMonth(args.from, args.to).length > maxSeriesMonths)
          throw new ClientError('BAD_USER_INPUT', `At most ${maxSeriesMonths} months at a time`);
        if (granularity === 'day' && daysInRange(args.from, args.to) > maxSeriesDays)
          throw new ClientError('BAD_USER_INPUT', `At most ${maxSeriesDays} days at a time`);
        let serviceArea: AreaRow | null = null;
        if (args.serviceAreaCode) {
          serviceArea = await ctx.prisma.serviceArea.findUnique({ where: { code: args.serviceAreaCode }, select: { id: true, code: true, name: true } });
          if (!serviceArea) throw new ClientError('NOT_FOUND', `No service area ${args.serviceAreaCode}`);
        }
        const points = await loadSeries(ctx.prisma, {
          indicatorId: indicator.id,
          from: args.from,
          to: args.to,
          serviceAreaId: serviceArea?.id ?? null,
          granularity,
          threshold: suppressionThreshold,
        });
        const from = granularity === 'month' ? (points[0]?.start ?? args.from) : args.from;
        const to = granularity === 'month' ? (points[points.length - 1]?.end ?? args.to) : args.to;
        return { indicator, granularity, from, to, serviceArea, suppressionThreshold, points };
      },
    }),
  );
}
