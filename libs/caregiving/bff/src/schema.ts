import { LocalizedTextRef, pickLanguage, residentPersonId, staffUnitIds, type builder as Builder } from '@luotsi/bff-core';
import {
  agreementCoordinatorRoles, isEndingSoon, statusesOnCoordinatorList, statusesVisibleToCarer,
  type CareAgreementStatus, type CareAgreementType,
} from './agreements';
import { registerAgreementSchema } from './agreements/schema';
import { registerReportsSchema } from './reports/schema';
import { registerPayrollSchema } from './payroll/schema';

export function registerCaregivingSchema(builder: typeof Builder): void {
  // GraphQL enum names cannot hold hyphens: the database's 'informal-care' is INFORMAL_CARE.
  const AgreementType = builder.enumType('CareAgreementType', {
    description: 'Kind of fee-based care the agreement is about.',
    values: {
      INFORMAL_CARE: { value: 'informal-care', description: 'Informal care support (omaishoidon tuki).' },
      FAMILY_CARE: { value: 'family-care', description: 'Family care (perhehoito), one agreement per cared person.' },
      EXPERIENCE_EXPERT: { value: 'experience-expert', description: 'Experience expert (kokemusasiantuntija).' },
      SUPPORT_PERSON: { value: 'support-person', description: 'Support person (tukihenkilö).' },
      SUPPORT_FAMILY: { value: 'support-family', description: 'Support family (tukiperhe).' },
      SUBSTITUTE_CARE: { value: 'substitute-care', description: 'Substitute care during a carer’s days off (sijaishoito).' },
    } as const satisfies Record<string, { value: CareAgreementType; description: string }>,
  });

  const AgreementStatus = builder.enumType('CareAgreementStatus', {
    values: {
      DRAFT: { value: 'draft', description: 'Being prepared; the carer does not see it yet.' },
      SENT: { value: 'sent', description: 'Sent to the carer to sign.' },
      SIGNED: { value: 'signed', description: 'Signed, not yet in force.' },
      ACTIVE: { value: 'active' },
      ENDED: { value: 'ended' },
    } as const satisfies Record<string, { value: CareAgreementStatus; description?: string }>,
  });

  const Carer = builder.prismaObject('Person', {
    variant: 'Carer',
    description: 'The carer of an agreement: a resident, not a county employee.',
    clientData: { clientOf: (p) => p.id, objectType: 'Person', purpose: 'care-agreement', roles: agreementCoordinatorRoles },
    fields: (t) => ({
      id: t.exposeID('id'),
      firstName: t.exposeString('firstName'),
      lastName: t.exposeString('lastName'),
    }),
  });

  const CareAgreement = builder.prismaObject('CareAgreement', {
    description: 'An agreement on fee-based care between the county and a carer.',
    // The carer's data (fees, care days): a coordinator's read is access-logged.
    clientData: { clientOf: (a) => a.carerId, purpose: 'care-agreement', unitOf: (a) => a.unitId, roles: agreementCoordinatorRoles },
    fields: (t) => ({
      id: t.exposeID('id'),
      type: t.field({ type: AgreementType, resolve: (a) => a.type as CareAgreementType }),
      status: t.field({ type: AgreementStatus, resolve: (a) => a.status as CareAgreementStatus }),
      carer: t.relation('carer', { type: Carer }),
      caredPersonName: t.exposeString('caredPersonName', { nullable: true }),
      validFrom: t.expose('validFrom', { type: 'Date' }),
      validTo: t.expose('validTo', { type: 'Date', nullable: true, description: 'The last valid day; null while in force until further notice.' }),
      feeClass: t.exposeString('feeClass', { nullable: true }),
      monthlyFeeCents: t.exposeInt('monthlyFeeCents', {
        nullable: true,
        description: 'Care fee per month in cents; null when the agreement pays per day or per task.',
      }),
      daysOffPerMonth: t.exposeInt('daysOffPerMonth'),
      endingSoon: t.boolean({
        description: 'In force or about to be, and its validity ends within 60 days (Helsinki dates).',
        resolve: (a, _args, ctx) => isEndingSoon(a, ctx.now()),
      }),
      unit: t.relation('unit'),
      serviceAreaName: t.field({
        type: LocalizedTextRef,
        select: { serviceArea: { select: { name: true } } },
        resolve: (a, _args, ctx) => pickLanguage(a.serviceArea.name, ctx.language),
      }),
    }),
  });

  // Versions, templates and e-signing (agreements/schema.ts).
  registerAgreementSchema(builder, { CareAgreement, Carer, AgreementType });

  builder.queryField('myCareAgreements', (t) =>
    t.prismaField({
      type: [CareAgreement],
      description: 'The signed-in carer’s own agreements (not drafts), the newest first.',
      authScopes: { carer: true },
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.careAgreement.findMany({
          ...query,
          where: { carerId: residentPersonId(ctx), status: { in: [...statusesVisibleToCarer] } },
          orderBy: [{ validFrom: 'desc' }, { id: 'asc' }],
          take: 50,
        }),
    }),
  );

  builder.queryField('unitCareAgreements', (t) =>
    t.prismaField({
      type: [CareAgreement],
      description: 'Current agreements (draft to active) of the coordinator’s own units, the soonest ending first.',
      authScopes: { staffRole: agreementCoordinatorRoles },
      resolve: async (query, _root, _args, ctx) =>
        ctx.prisma.careAgreement.findMany({
          ...query,
          where: { unitId: { in: await staffUnitIds(ctx) }, status: { in: [...statusesOnCoordinatorList] } },
          orderBy: [
            { validTo: { sort: 'asc', nulls: 'last' } },
            { carer: { lastName: 'asc' } },
            { carer: { firstName: 'asc' } },
            { id: 'asc' },
          ],
          take: 200,
        }),
    }),
  );

  // Monthly reports and approval (reports/schema.ts); runs, payroll, statements (payroll/schema.ts).
  registerReportsSchema(builder);
  registerPayrollSchema(builder);
}
