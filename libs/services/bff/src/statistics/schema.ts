import { InvalidInputError, type builder as Builder } from '@luotsi/bff-core';
import { helsinkiToUtc } from '@luotsi/calendar';
import type { Unit } from '@luotsi/db';
import {
  feedbackKinds, feedbackStates, frequentOnly, protectCounts, protectTotal, suppressionThreshold, type FeedbackKind, type FeedbackState,
} from '@luotsi/services-domain';
import { providerTypes } from '../schema';
import { registerDiagnosticsSchema } from './diagnostics';

/** Who reads the service tray's statistics: managers (the insights) and the curators. */
export const statisticsRoles = ['manager', 'service-curator'] as const;

/** The longest period asked at once. */
const maxPeriodDays = 366;
/** How many terms and services the top lists show. */
const topListLength = 20;

interface Count<K> {
  key: K;
  count: number | null;
}

interface Statistics {
  from: string;
  to: string;
  searches: { total: number | null; topTerms: { term: string; count: number }[]; termsWithoutResults: { term: string; count: number }[] };
  views: { total: number | null; topServices: { serviceId: string; count: number }[] };
  referrals: { total: number | null; byUnit: Count<Unit>[]; byProviderType: Count<string>[] };
  feedback: { total: number | null; byKind: Count<FeedbackKind>[]; byState: Count<FeedbackState>[] };
}

const dayMs = 24 * 60 * 60 * 1000;

function addDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);
}

export function registerStatisticsSchema(builder: typeof Builder): void {
  registerDiagnosticsSchema(builder);

  const TermCount = builder.objectRef<{ term: string; count: number }>('ServiceSearchTermCount').implement({
    fields: (t) => ({ term: t.exposeString('term'), count: t.exposeInt('count') }),
  });
  const ServiceCount = builder.objectRef<{ serviceId: string; count: number }>('ServiceViewCount').implement({
    fields: (t) => ({
      serviceId: t.exposeID('serviceId'),
      service: t.prismaField({
        type: 'Service',
        nullable: true,
        resolve: (query, row, _args, ctx) => ctx.prisma.service.findUnique({ ...query, where: { id: row.serviceId } }),
      }),
      count: t.exposeInt('count'),
    }),
  });
  const countField = { nullable: true as const, description: `Null when from 1 to ${suppressionThreshold - 1} (suppressed, see the module docs).` };
  const UnitCount = builder.objectRef<Count<Unit>>('ServiceReferralUnitCount').implement({
    fields: (t) => ({ unit: t.prismaField({ type: 'Unit', resolve: (_query, row) => row.key }), count: t.exposeInt('count', countField) }),
  });
  const KeyCount = builder.objectRef<Count<string>>('ServiceTrayCount').implement({
    fields: (t) => ({ key: t.exposeString('key', { description: 'A provider type, feedback kind or state (lower-case id).' }), count: t.exposeInt('count', countField) }),
  });

  const Searches = builder.objectRef<Statistics['searches']>('ServiceSearchStatistics').implement({
    fields: (t) => ({
      total: t.exposeInt('total', countField),
      topTerms: t.field({ type: [TermCount], description: `The most searched terms, each searched at least ${suppressionThreshold} times.`, resolve: (s) => s.topTerms }),
      termsWithoutResults: t.field({ type: [TermCount], description: `Terms that found nothing, searched at least ${suppressionThreshold} times.`, resolve: (s) => s.termsWithoutResults }),
    }),
  });
  const Views = builder.objectRef<Statistics['views']>('ServiceViewStatistics').implement({
    fields: (t) => ({
      total: t.exposeInt('total', countField),
      topServices: t.field({ type: [ServiceCount], description: `The most opened services, each opened at least ${suppressionThreshold} times.`, resolve: (v) => v.topServices }),
    }),
  });
  const Referrals = builder.objectRef<Statistics['referrals']>('ServiceReferralStatistics').implement({
    fields: (t) => ({
      total: t.exposeInt('total', countField),
      byUnit: t.field({ type: [UnitCount], description: 'By the referring unit.', resolve: (r) => r.byUnit }),
      byProviderType: t.field({ type: [KeyCount], description: 'By the kind of provider referred to, every kind listed.', resolve: (r) => r.byProviderType }),
    }),
  });
  const Feedback = builder.objectRef<Statistics['feedback']>('ServiceFeedbackStatistics').implement({
    fields: (t) => ({
      total: t.exposeInt('total', countField),
      byKind: t.field({ type: [KeyCount], resolve: (f) => f.byKind }),
      byState: t.field({ type: [KeyCount], resolve: (f) => f.byState }),
    }),
  });
  const Result = builder.objectRef<Statistics>('ServiceTrayStatistics').implement({
    description: `Aggregates of the service tray over a period (Helsinki dates, both included) for the insights. Counts from 1 to ${suppressionThreshold - 1} are null; where a total is shown, a lone small count takes the next smallest with it; free-text terms and services are listed only from ${suppressionThreshold} on.`,
    fields: (t) => ({
      from: t.expose('from', { type: 'Date' }),
      to: t.expose('to', { type: 'Date' }),
      suppressionThreshold: t.int({ resolve: () => suppressionThreshold }),
      searches: t.field({ type: Searches, resolve: (s) => s.searches }),
      views: t.field({ type: Views, resolve: (s) => s.views }),
      referrals: t.field({ type: Referrals, resolve: (s) => s.referrals }),
      feedback: t.field({ type: Feedback, resolve: (s) => s.feedback }),
    }),
  });

  builder.queryField('serviceTrayStatistics', (t) =>
    t.field({
      type: Result,
      description: 'Searches (top terms, terms without results), service views, referrals by unit and provider type, and feedback by kind and state, over a period. Aggregates only.',
      authScopes: { staffRole: statisticsRoles },
      args: {
        from: t.arg({ type: 'Date', required: true, description: 'First day (Helsinki).' }),
        to: t.arg({ type: 'Date', required: true, description: 'Last day, included (at most 366 days after from).' }),
      },
      resolve: async (_root, args, ctx): Promise<Statistics> => {
        const from = String(args.from);
        const to = String(args.to);
        const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs;
        if (days < 0) throw new InvalidInputError([{ path: ['to'], code: 'out-of-range' }]);
        if (days >= maxPeriodDays) throw new InvalidInputError([{ path: ['to'], code: 'out-of-range', maximum: maxPeriodDays }]);
        const at = { gte: helsinkiToUtc(from, '00:00'), lt: helsinkiToUtc(addDay(to), '00:00') };
        const prisma = ctx.prisma;

        const termsWhere = (withoutResults: boolean) =>
          prisma.serviceSearchEvent.groupBy({
            by: ['query'],
            where: { at, query: { not: '' }, ...(withoutResults ? { resultCount: 0 } : {}) },
            _count: { _all: true },
            having: { query: { _count: { gte: suppressionThreshold } } },
            orderBy: [{ _count: { query: 'desc' } }, { query: 'asc' }],
            take: topListLength,
          });
        const [searchTotal, topTerms, withoutResults, viewTotal, topViews, referralUnits, referralTypes, feedbackGroups] = await Promise.all([
          prisma.serviceSearchEvent.count({ where: { at } }),
          termsWhere(false),
          termsWhere(true),
          prisma.serviceViewEvent.count({ where: { at } }),
          prisma.serviceViewEvent.groupBy({
            by: ['serviceId'],
            where: { at },
            _count: { _all: true },
            having: { serviceId: { _count: { gte: suppressionThreshold } } },
            orderBy: [{ _count: { serviceId: 'desc' } }, { serviceId: 'asc' }],
            take: topListLength,
          }),
          prisma.serviceReferral.groupBy({ by: ['fromUnitId'], where: { referredAt: at }, _count: { _all: true } }),
          prisma.serviceReferral.groupBy({ by: ['providerType'], where: { referredAt: at }, _count: { _all: true } }),
          prisma.serviceFeedback.groupBy({ by: ['kind', 'state'], where: { createdAt: at }, _count: { _all: true } }),
        ]);

        const units = await prisma.unit.findMany({ where: { id: { in: referralUnits.map((r) => r.fromUnitId) } }, orderBy: { code: 'asc' } });
        const perUnit = new Map(referralUnits.map((r) => [r.fromUnitId, r._count._all]));
        const referralTotal = referralUnits.reduce((sum, r) => sum + r._count._all, 0);
        const perType = new Map(referralTypes.map((r) => [r.providerType, r._count._all]));
        const feedbackTotal = feedbackGroups.reduce((sum, g) => sum + g._count._all, 0);
        const feedbackCount = (match: (g: (typeof feedbackGroups)[number]) => boolean) => feedbackGroups.filter(match).reduce((sum, g) => sum + g._count._all, 0);

        return {
          from,
          to,
          searches: {
            total: protectTotal(searchTotal),
            topTerms: frequentOnly(topTerms.map((r) => ({ term: r.query, count: r._count._all }))),
            termsWithoutResults: frequentOnly(withoutResults.map((r) => ({ term: r.query, count: r._count._all }))),
          },
          views: { total: protectTotal(viewTotal), topServices: frequentOnly(topViews.map((r) => ({ serviceId: r.serviceId, count: r._count._all }))) },
          referrals: {
            total: protectTotal(referralTotal),
            byUnit: protectCounts(units.map((unit) => ({ key: unit, count: perUnit.get(unit.id) ?? 0 })), { withTotal: true }),
            byProviderType: protectCounts(
              [...providerTypes, ...[...perType.keys()].filter((type) => !(providerTypes as readonly string[]).includes(type))].map((key) => ({ key, count: perType.get(key) ?? 0 })),
              { withTotal: true },
            ),
          },
          feedback: {
            total: protectTotal(feedbackTotal),
            byKind: protectCounts(feedbackKinds.map((key) => ({ key, count: feedbackCount((g) => g.kind === key) })), { withTotal: true }),
            byState: protectCounts(feedbackStates.map((key) => ({ key, count: feedbackCount((g) => g.state === key) })), { withTotal: true }),
          },
        };
      },
    }),
  );
}
