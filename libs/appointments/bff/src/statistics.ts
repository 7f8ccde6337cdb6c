import { InvalidInputError, type BffContext, type builder as Builder } from '@luotsi/bff-core';
import { Prisma } from '@luotsi/db';
import { fieldErrorsFromIssues } from '@luotsi/validation';
import {
  firstContactTypeCode, monthlyTable, monthSchema, monthsBetween, periodBounds, sharePercent, statisticsPeriodSchema,
  type MonthlyAggregate, type MonthlyRow,
} from '@luotsi/appointments-domain';
import { calendarEntryTypes } from './calendar';

/** Who sees calendar statistics: team leads (of their units) and managers (everything). */
export const statisticsRoles = ['team-lead', 'manager'] as const;
/** Roles that see every unit's figures; the others see the units they work in. */
const countyWideRoles = ['manager'];

interface FirstContactMonth {
  month: string;
  booked: number;
  fromAdvice: number;
}

interface CalendarStatistics {
  months: string[];
  byType: MonthlyRow[];
  byService: MonthlyRow[];
  firstContacts: FirstContactMonth[];
}

// Helsinki months: the time zone conversion is done by the database, so DST is handled where the
// rows are (PGlite and PostgreSQL both carry the zone data).
const helsinkiMonth = Prisma.sql`to_char(date_trunc('month', e.starts_at AT TIME ZONE 'Europe/Helsinki'), 'YYYY-MM')`;

/**
 * Which entries count: the period's entries, in the given units. A free bookable time nobody has
 * booked is availability, not work, and is left out.
 */
function scope(from: Date, until: Date, unitIds: string[] | null): Prisma.Sql {
  const units = unitIds === null ? Prisma.empty : unitIds.length
    ? Prisma.sql`AND e.unit_id IN (${Prisma.join(unitIds.map((id) => Prisma.sql`${id}::uuid`))})`
    : Prisma.sql`AND FALSE`;
  return Prisma.sql`e.starts_at >= ${from.toISOString()}::timestamptz AND e.starts_at < ${until.toISOString()}::timestamptz
    AND NOT (e.bookable AND e.client_id IS NULL) ${units}`;
}

interface AggregateRow {
  key: string;
  month: string;
  count: number | bigint;
  minutes: number | bigint | null;
}

const toAggregate = (r: AggregateRow): MonthlyAggregate => ({ key: r.key, month: r.month, count: Number(r.count), minutes: Number(r.minutes ?? 0) });

/** The units whose figures the viewer sees, narrowed by the ones asked for; null = all. */
async function visibleUnitIds(ctx: BffContext, asked: readonly string[] | null | undefined): Promise<string[] | null> {
  const staff = ctx.viewer.staff;
  const countyWide = staff?.roles.some((r) => countyWideRoles.includes(r)) ?? false;
  if (countyWide) return asked?.length ? [...asked] : null;
  const own = (await ctx.prisma.staffUnit.findMany({ where: { staffId: staff?.staffId ?? '' }, select: { unitId: true } })).map((r) => r.unitId);
  return asked?.length ? own.filter((id) => asked.includes(id)) : own;
}

/** Calendar statistics by entry type, service and month; aggregates only, so nothing to access-log. */
export function registerStatisticsSchema(builder: typeof Builder): void {
  const Cell = builder.objectRef<{ month: string; count: number; hours: number }>('CalendarStatisticsCell').implement({
    fields: (t) => ({
      month: t.exposeString('month', { description: 'Helsinki month, YYYY-MM.' }),
      count: t.exposeInt('count'),
      hours: t.exposeFloat('hours', { description: 'Hours, one decimal.' }),
    }),
  });

  const Row = builder.objectRef<MonthlyRow>('CalendarStatisticsRow').implement({
    description: 'One row of a statistics table: a key (entry type code or service), a cell per month, totals.',
    fields: (t) => ({
      key: t.exposeString('key', { description: 'An entry type code (byType) or the unit type of a service (byService).' }),
      months: t.field({ type: [Cell], resolve: (r) => r.months }),
      count: t.exposeInt('count'),
      hours: t.exposeFloat('hours'),
    }),
  });

  const Share = builder.objectRef<FirstContactMonth>('FirstContactShare').implement({
    description: 'Booked first contacts of a month (or the whole period), and how many advice booked on the first call.',
    fields: (t) => ({
      month: t.exposeString('month', { description: 'YYYY-MM, or "total" for the whole period.' }),
      booked: t.exposeInt('booked'),
      fromAdvice: t.exposeInt('fromAdvice', { description: 'Booked directly from social-services advice (booking channel advice).' }),
      sharePercent: t.float({ nullable: true, description: 'fromAdvice of booked, percent with one decimal; null without bookings.', resolve: (s) => sharePercent(s.fromAdvice, s.booked) }),
    }),
  });

  const Statistics = builder.objectRef<CalendarStatistics>('CalendarStatistics').implement({
    description: 'Calendar entries of a period by type, service and month (Helsinki months of their start).',
    fields: (t) => ({
      months: t.exposeStringList('months'),
      byType: t.field({ type: [Row], resolve: (s) => s.byType }),
      byService: t.field({ type: [Row], resolve: (s) => s.byService }),
      firstContacts: t.field({ type: [Share], description: 'Per month of the period.', resolve: (s) => s.firstContacts }),
      firstContactTotal: t.field({
        type: Share,
        resolve: (s) => ({
          month: 'total',
          booked: s.firstContacts.reduce((sum, m) => sum + m.booked, 0),
          fromAdvice: s.firstContacts.reduce((sum, m) => sum + m.fromAdvice, 0),
        }),
      }),
    }),
  });

  builder.queryField('calendarStatistics', (t) =>
    t.field({
      type: Statistics,
      description:
        'Counts and hours of calendar entries by entry type and by service, per Helsinki month, and the share of booked first contacts booked directly from advice. Team leads see their units, managers all (or the unitIds asked for). Free unbooked times are not counted.',
      authScopes: { staffRole: statisticsRoles },
      args: {
        from: t.arg.string({ required: true, validate: monthSchema, description: 'First month, YYYY-MM.' }),
        to: t.arg.string({ required: true, validate: monthSchema, description: 'Last month, YYYY-MM (included).' }),
        unitIds: t.arg.idList({ required: false }),
      },
      resolve: async (_root, args, ctx): Promise<CalendarStatistics> => {
        const period = statisticsPeriodSchema.safeParse({ from: args.from, to: args.to });
        if (!period.success) throw new InvalidInputError(fieldErrorsFromIssues(period.error.issues, args));
        const { from, to } = period.data;
        const months = monthsBetween(from, to);
        const bounds = periodBounds(from, to);
        const units = await visibleUnitIds(ctx, args.unitIds?.map(String));
        const where = scope(bounds.from, bounds.until, units);
        const minutes = Prisma.sql`sum(extract(epoch from (e.ends_at - e.starts_at)) / 60)::int`;

        const [byType, byService, firstContacts] = await Promise.all([
          ctx.prisma.$queryRaw<AggregateRow[]>`
            SELECT e.type_code AS key, ${helsinkiMonth} AS month, count(*)::int AS count, ${minutes} AS minutes
            FROM calendar_entries e WHERE ${where} GROUP BY 1, 2`,
          ctx.prisma.$queryRaw<AggregateRow[]>`
            SELECT u.type AS key, ${helsinkiMonth} AS month, count(*)::int AS count, ${minutes} AS minutes
            FROM calendar_entries e JOIN units u ON u.id = e.unit_id WHERE ${where} GROUP BY 1, 2`,
          ctx.prisma.$queryRaw<{ month: string; booked: number | bigint; from_advice: number | bigint }[]>`
            SELECT ${helsinkiMonth} AS month, count(*)::int AS booked,
              count(*) FILTER (WHERE e.booking_channel = 'advice')::int AS from_advice
            FROM calendar_entries e
            WHERE ${where} AND e.type_code = ${firstContactTypeCode} AND e.client_id IS NOT NULL
            GROUP BY 1`,
        ]);

        const shares = new Map(firstContacts.map((r) => [r.month, { booked: Number(r.booked), fromAdvice: Number(r.from_advice) }]));
        return {
          months,
          byType: monthlyTable(byType.map(toAggregate), months, calendarEntryTypes.map((type) => type.code)),
          byService: monthlyTable(byService.map(toAggregate), months),
          firstContacts: months.map((month) => ({ month, booked: shares.get(month)?.booked ?? 0, fromAdvice: shares.get(month)?.fromAdvice ?? 0 })),
        };
      },
    }),
  );
}
