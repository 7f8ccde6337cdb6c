import { ClientError, pickLanguage, staffUnitIds, type builder as Builder } from '@luotsi/bff-core';
import { addDays, daysBetween, helsinkiToUtc } from '@luotsi/calendar';
import type { Prisma } from '@luotsi/db';
import { medianHours, suppressSmallCounts, type SuppressedRow } from '@luotsi/family-domain';

/** Who reads the family center's statistics: managers county-wide, team leads for their units. */
export const statisticsRoles = ['manager', 'team-lead'] as const;

/** The longest period asked at once (a year and a day, so a leap year fits). */
const maxPeriodDays = 366;

interface CountRow extends SuppressedRow {
  label: string | null;
}

interface HelpRequestStatistics {
  from: string;
  to: string;
  total: number | null;
  byTopic: CountRow[];
  byMunicipality: CountRow[];
  answered: number | null;
  answeredInTime: number | null;
  medianHoursToAnswer: number | null;
}

interface ArticleViewStatistics {
  from: string;
  to: string;
  total: number;
  byTopic: { key: string; count: number }[];
  byLanguage: { key: string; count: number }[];
}

/** Counts of 1–4 are hidden in every figure that counts requests (a family could be recognised). */
const hidden = (n: number) => (n > 0 && n < 5 ? null : n);

function period(from: string, to: string): { gte: Date; lt: Date } {
  if (daysBetween(from, to) < 0 || daysBetween(from, to) >= maxPeriodDays) throw new ClientError('BAD_USER_INPUT', 'The period must be from ≤ to and at most a year.');
  // Helsinki days: from 00:00 on the first day to 00:00 after the last.
  return { gte: helsinkiToUtc(from, '00:00'), lt: helsinkiToUtc(addDays(to, 1), '00:00') };
}

export function registerStatisticsSchema(builder: typeof Builder) {
  const Count = builder.objectRef<CountRow>('FamilyStatisticsCount').implement({
    description: 'One row of a statistic; count is null (and suppressed true) for 1–4, so no family can be recognised.',
    fields: (t) => ({
      key: t.exposeString('key'),
      label: t.exposeString('label', { nullable: true, description: 'A municipality’s name in the reader’s language.' }),
      count: t.exposeInt('count', { nullable: true }),
      suppressed: t.exposeBoolean('suppressed'),
    }),
  });
  const HelpStats = builder.objectRef<HelpRequestStatistics>('FamilyHelpRequestStatistics').implement({
    fields: (t) => ({
      from: t.expose('from', { type: 'Date' }),
      to: t.expose('to', { type: 'Date' }),
      total: t.exposeInt('total', { nullable: true }),
      byTopic: t.field({ type: [Count], description: 'By the closing topic code, else the main topic the sender chose.', resolve: (s) => s.byTopic }),
      byMunicipality: t.field({ type: [Count], resolve: (s) => s.byMunicipality }),
      answered: t.exposeInt('answered', { nullable: true }),
      answeredInTime: t.exposeInt('answeredInTime', { nullable: true, description: 'Answered by the deadline (3 working days).' }),
      medianHoursToAnswer: t.exposeFloat('medianHoursToAnswer', { nullable: true }),
    }),
  });
  const ViewCount = builder.objectRef<{ key: string; count: number }>('FamilyArticleViewCount').implement({
    fields: (t) => ({ key: t.exposeString('key'), count: t.exposeInt('count') }),
  });
  const ViewStats = builder.objectRef<ArticleViewStatistics>('FamilyArticleViewStatistics').implement({
    description: 'Article views (no personal data is recorded with a view).',
    fields: (t) => ({
      from: t.expose('from', { type: 'Date' }),
      to: t.expose('to', { type: 'Date' }),
      total: t.exposeInt('total'),
      byTopic: t.field({ type: [ViewCount], resolve: (s) => s.byTopic }),
      byLanguage: t.field({ type: [ViewCount], description: 'By the language the page was read in.', resolve: (s) => s.byLanguage }),
    }),
  });

  builder.queryField('familyHelpRequestStatistics', (t) =>
    t.field({
      type: HelpStats,
      description:
        '"Ask for help" requests received in a period (Helsinki days, at most a year) by topic and municipality, and how fast they were answered. Managers see the county, team leads their units. Counts under 5 are suppressed.',
      authScopes: { staffRole: statisticsRoles },
      args: { from: t.arg({ type: 'Date', required: true }), to: t.arg({ type: 'Date', required: true }) },
      resolve: async (_root, args, ctx) => {
        const from = String(args.from);
        const to = String(args.to);
        const where: Prisma.HelpRequestWhereInput = { createdAt: period(from, to) };
        const roles = ctx.viewer.staff?.roles ?? [];
        if (!roles.includes('manager')) where.unitId = { in: await staffUnitIds(ctx) };
        const rows = await ctx.prisma.helpRequest.findMany({
          where,
          select: { topic: true, closeCode: true, municipalityCode: true, createdAt: true, answeredAt: true, dueAt: true },
        });
        const tally = (keyOf: (r: (typeof rows)[number]) => string) => {
          const counts = new Map<string, number>();
          for (const r of rows) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
          return [...counts].map(([key, count]) => ({ key, count }));
        };
        const topics = suppressSmallCounts(tally((r) => r.closeCode ?? r.topic));
        const municipalities = suppressSmallCounts(tally((r) => r.municipalityCode ?? 'unknown'));
        const names = await ctx.prisma.municipality.findMany({ where: { code: { in: municipalities.rows.map((r) => r.key) } } });
        const nameOf = (code: string) => {
          const m = names.find((n) => n.code === code);
          return m ? pickLanguage(m.name, ctx.language).text : null;
        };
        const answered = rows.filter((r) => r.answeredAt);
        return {
          from,
          to,
          total: topics.total,
          byTopic: topics.rows.map((r) => ({ ...r, label: null })),
          byMunicipality: municipalities.rows.map((r) => ({ ...r, label: nameOf(r.key) })),
          answered: hidden(answered.length),
          answeredInTime: hidden(answered.filter((r) => r.answeredAt! <= r.dueAt).length),
          // A median of fewer than 5 would describe a single family's case too closely.
          medianHoursToAnswer: answered.length >= 5 ? medianHours(answered.map((r) => r.answeredAt!.getTime() - r.createdAt.getTime())) : null,
        };
      },
    }),
  );

  builder.queryField('familyArticleViewStatistics', (t) =>
    t.field({
      type: ViewStats,
      description: 'Family-center article views in a period (Helsinki days, at most a year) by topic and reading language.',
      authScopes: { staffRole: statisticsRoles },
      args: { from: t.arg({ type: 'Date', required: true }), to: t.arg({ type: 'Date', required: true }) },
      resolve: async (_root, args, ctx) => {
        const from = String(args.from);
        const to = String(args.to);
        if (daysBetween(from, to) < 0 || daysBetween(from, to) >= maxPeriodDays) throw new ClientError('BAD_USER_INPUT', 'The period must be from ≤ to and at most a year.');
        const day = { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${to}T00:00:00Z`) };
        const sum = async (by: 'topic' | 'language') => {
          const groups = await ctx.prisma.articleViewCount.groupBy({ by: [by], where: { day }, _sum: { views: true } });
          return groups.map((g) => ({ key: g[by], count: g._sum.views ?? 0 })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
        };
        const byTopic = await sum('topic');
        return { from, to, total: byTopic.reduce((s, r) => s + r.count, 0), byTopic, byLanguage: await sum('language') };
      },
    }),
  );
}
