import { pickLanguage, type builder as Builder } from '@luotsi/bff-core';
import { demoToday, type Organization, type Prisma } from '@luotsi/db';
import { countDiagnoses, diagnosticReasons, serviceDiagnostics, type DiagnosticReason } from '@luotsi/services-domain';
import { serviceCuratorRoles } from '../schema';

/** The list of services with gaps shows at most this many (the counts cover all). */
export const diagnosticsListLimit = 200;

type ReasonName = 'MISSING_TARGET_GROUP' | 'MISSING_SERVICE_CLASS' | 'MISSING_SWEDISH' | 'MISSING_OPENING_HOURS' | 'NOT_UPDATED';
const reasonName = (reason: DiagnosticReason) => reason.toUpperCase().replace(/-/g, '_') as ReasonName;

interface DiagnosedRow {
  serviceId: string;
  organizationId: string;
  reasons: DiagnosticReason[];
}

interface OrganizationDiagnosis {
  organization: Organization;
  checked: number;
  withGaps: number;
  byReason: Record<DiagnosticReason, number>;
}

interface Diagnostics {
  checked: number;
  withGaps: number;
  byReason: Record<DiagnosticReason, number>;
  byOrganization: OrganizationDiagnosis[];
  services: DiagnosedRow[];
}

export function registerDiagnosticsSchema(builder: typeof Builder): void {
  const Reason = builder.enumType('ServiceDiagnosticReason', {
    description: 'What a service lacks: a target group, a service class, Swedish name or summary, opening hours of a location, or an update in PTV for a year.',
    values: Object.fromEntries(diagnosticReasons.map((reason) => [reasonName(reason), { value: reason }])) as Record<ReasonName, { value: DiagnosticReason }>,
  });
  const ReasonCount = builder.objectRef<{ reason: DiagnosticReason; count: number }>('ServiceDiagnosticReasonCount').implement({
    fields: (t) => ({ reason: t.field({ type: Reason, resolve: (r) => r.reason }), count: t.exposeInt('count') }),
  });
  const reasonCounts = (byReason: Record<DiagnosticReason, number>) => diagnosticReasons.map((reason) => ({ reason, count: byReason[reason] }));

  const OrganizationRow = builder.objectRef<OrganizationDiagnosis>('ServiceOrganizationDiagnosis').implement({
    fields: (t) => ({
      organization: t.prismaField({ type: 'Organization', resolve: (_query, row) => row.organization }),
      checked: t.exposeInt('checked', { description: 'Services of the organisation checked.' }),
      withGaps: t.exposeInt('withGaps', { description: 'Of them, services with at least one gap.' }),
      byReason: t.field({ type: [ReasonCount], resolve: (row) => reasonCounts(row.byReason) }),
    }),
  });
  const ServiceRow = builder.objectRef<DiagnosedRow>('ServiceDiagnosis').implement({
    fields: (t) => ({
      service: t.prismaField({ type: 'Service', resolve: (query, row, _args, ctx) => ctx.prisma.service.findUniqueOrThrow({ ...query, where: { id: row.serviceId } }) }),
      reasons: t.field({ type: [Reason], resolve: (row) => row.reasons }),
    }),
  });
  const Result = builder.objectRef<Diagnostics>('ServiceDiagnostics').implement({
    description: 'Data-quality gaps of the catalogue for the curators and providers (as in Tarmoa).',
    fields: (t) => ({
      checked: t.exposeInt('checked'),
      withGaps: t.exposeInt('withGaps'),
      byReason: t.field({ type: [ReasonCount], resolve: (d) => reasonCounts(d.byReason) }),
      byOrganization: t.field({ type: [OrganizationRow], description: 'Organisations with gaps, most gaps first.', resolve: (d) => d.byOrganization }),
      services: t.field({ type: [ServiceRow], description: `Services with gaps (of the reason asked for), at most ${diagnosticsListLimit}.`, resolve: (d) => d.services }),
    }),
  });

  builder.queryField('serviceDiagnostics', (t) =>
    t.field({
      type: Result,
      description: 'What the catalogue’s services lack, counted per reason and organisation, with a list of services and their reasons. "Not updated" is against the demo day (today in production).',
      authScopes: { staffRole: serviceCuratorRoles },
      args: {
        municipalityCode: t.arg.string({ required: false }),
        reason: t.arg({ type: Reason, required: false, description: 'List only services with this gap.' }),
        organizationId: t.arg.id({ required: false }),
      },
      resolve: async (_root, args, ctx): Promise<Diagnostics> => {
        const where: Prisma.ServiceWhereInput = {
          ...(args.municipalityCode ? { municipalityCodes: { has: args.municipalityCode } } : {}),
          ...(args.organizationId && /^[0-9a-f-]{36}$/i.test(String(args.organizationId)) ? { organizationId: String(args.organizationId) } : {}),
        };
        const services = await ctx.prisma.service.findMany({
          where,
          select: {
            id: true, name: true, summary: true, targetGroups: true, serviceClasses: true, sourceModifiedAt: true, organizationId: true,
            channels: { select: { channel: { select: { type: true, openingHours: true } } } },
          },
          orderBy: { id: 'asc' },
        });
        const today = new Date(`${demoToday()}T00:00:00Z`);
        const rows: DiagnosedRow[] = services.map((s) => ({
          serviceId: s.id,
          organizationId: s.organizationId,
          reasons: serviceDiagnostics({ ...s, channels: s.channels.map((link) => link.channel) }, today),
        }));
        const total = countDiagnoses(rows.map((r) => r.reasons));
        const perOrganization = new Map<string, DiagnosedRow[]>();
        for (const row of rows) perOrganization.set(row.organizationId, [...(perOrganization.get(row.organizationId) ?? []), row]);
        const organizations = await ctx.prisma.organization.findMany({ where: { id: { in: [...perOrganization.keys()] } } });
        const collator = new Intl.Collator(ctx.language, { sensitivity: 'base' });
        const byOrganization = organizations
          .map((organization) => {
            const own = perOrganization.get(organization.id) ?? [];
            const counts = countDiagnoses(own.map((r) => r.reasons));
            return { organization, checked: own.length, withGaps: counts.services, byReason: counts.byReason };
          })
          .filter((o) => o.withGaps > 0)
          .sort((a, b) => b.withGaps - a.withGaps || collator.compare(pickLanguage(a.organization.name, ctx.language).text, pickLanguage(b.organization.name, ctx.language).text));
        const listed = rows.filter((r) => (args.reason ? r.reasons.includes(args.reason) : r.reasons.length > 0)).slice(0, diagnosticsListLimit);
        return { checked: rows.length, withGaps: total.services, byReason: total.byReason, byOrganization, services: listed };
      },
    }),
  );
}
