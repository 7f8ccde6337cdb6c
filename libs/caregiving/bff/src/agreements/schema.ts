import {
  ClientError, InvalidInputError, LanguageEnum, LocalizedTextRef, NotAuthorizedError, pickLanguage,
  residentPersonId, staffUnitIds, withAccessLog, type BffContext, type builder as Builder,
} from '@luotsi/bff-core';
import {
  agreementIdSchema, agreementTemplateSchema, agreementTermsSchema, carerVisibleVersionStatuses, editableVersionStatuses,
  frozenDocumentIntact, openVersionStatuses, sha256Hex, statusesAllowing, templateFields, templateFieldsUsed,
  type AgreementLanguage, type AgreementVersionStatus, type CareAgreementType,
} from '@luotsi/caregiving-domain';
import { isValidPersonalIdentityCode } from '@luotsi/identity-domain';
import { fieldRule, plainText } from '@luotsi/validation';
import type { PrismaObjectRef } from '@pothos/plugin-prisma';
import type { EnumRef } from '@pothos/core';
import type { CareAgreement as CareAgreementRow, Person as PersonRow, PrismaTypes } from '@luotsi/db';
import { agreementCoordinatorRoles } from '../agreements';
import { renderAgreementPdf } from './pdf';
import { agreementSentForSigning } from './notifications';
import { notify } from '@luotsi/notify';
import {
  documentHeading, isUniqueViolation, renderSelect, syncAgreement, versionColumns, versionText, type TermsInput,
} from './service';

type Types = typeof Builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

// The refs of the older part of the schema (../schema.ts) that this part extends.
interface Refs {
  CareAgreement: PrismaObjectRef<Types, PrismaTypes['CareAgreement'], CareAgreementRow>;
  Carer: PrismaObjectRef<Types, PrismaTypes['Person'], PersonRow>;
  AgreementType: EnumRef<Types, CareAgreementType, CareAgreementType>;
}

const purpose = 'care-agreement';
const logRole = agreementCoordinatorRoles[0];

/** The staff member of the request; the scope has already checked the role. */
function staffOf(ctx: BffContext) {
  const staff = ctx.viewer.staff;
  if (!staff?.staffId) throw new NotAuthorizedError('UNAUTHENTICATED');
  return { staffId: staff.staffId, name: staff.displayName };
}

/** A version of an agreement in one of the coordinator's units, or null (never "someone else's"). */
async function coordinatorsVersion(ctx: BffContext, versionId: string) {
  const version = await ctx.prisma.careAgreementVersion.findFirst({
    where: { id: versionId, agreement: { unitId: { in: await staffUnitIds(ctx) } } },
    select: { id: true, status: true, agreementId: true, version: true, pdf: true, pdfSha256: true, agreement: { select: { carerId: true, unitId: true, type: true } } },
  });
  return version;
}

/** A version of the signed-in resident's own agreement that they may see, or null. */
async function carersVersion(ctx: BffContext, versionId: string) {
  const version = await ctx.prisma.careAgreementVersion.findFirst({
    where: { id: versionId, status: { in: [...carerVisibleVersionStatuses] }, agreement: { carerId: residentPersonId(ctx) } },
    select: { id: true, status: true, agreementId: true, carerSignedAt: true },
  });
  return version;
}

/** A change refused because the version has moved on (someone else acted, or a stale page). */
function wrongStatus(field: string): InvalidInputError {
  return new InvalidInputError([{ path: [field], code: 'invalid' }]);
}

export function registerAgreementSchema(builder: typeof Builder, refs: Refs): void {
  const VersionStatus = builder.enumType('CareAgreementVersionStatus', {
    values: {
      DRAFT: { value: 'draft', description: 'Being prepared; the carer does not see it.' },
      SENT: { value: 'sent', description: 'Sent to the carer to review and sign.' },
      RETURNED: { value: 'returned', description: 'The carer returned it with a comment; the coordinator edits and sends it again.' },
      SIGNED: { value: 'signed', description: 'Signed by the carer and frozen; waiting for the countersignature.' },
      ACTIVE: { value: 'active', description: 'Countersigned: in force.' },
      SUPERSEDED: { value: 'superseded', description: 'Replaced by a newer version in force.' },
      CANCELLED: { value: 'cancelled' },
    } as const satisfies Record<string, { value: AgreementVersionStatus; description?: string }>,
  });

  const PaymentScheduleEnum = builder.enumType('CareAgreementPaymentSchedule', {
    values: { MONTHLY: { value: 'monthly' }, PER_VISIT: { value: 'per-visit' } } as const,
  });

  const Template = builder.prismaObject('CareAgreementTemplate', {
    description: 'An agreement template: text per language with {{field}} placeholders. Holds no personal data.',
    select: { id: true },
    fields: (t) => ({
      id: t.exposeID('id'),
      type: t.field({ type: refs.AgreementType, select: { type: true }, resolve: (tpl) => tpl.type as CareAgreementType }),
      name: t.field({ type: LocalizedTextRef, select: { name: true }, resolve: (tpl, _a, ctx) => pickLanguage(tpl.name, ctx.language) }),
      nameFi: t.string({ select: { name: true }, resolve: (tpl) => (tpl.name as { fi?: string }).fi ?? '' }),
      nameSv: t.string({ select: { name: true }, resolve: (tpl) => (tpl.name as { sv?: string }).sv ?? '' }),
      nameEn: t.string({ nullable: true, select: { name: true }, resolve: (tpl) => (tpl.name as { en?: string }).en ?? null }),
      bodyFi: t.string({ select: { body: true }, resolve: (tpl) => (tpl.body as { fi?: string }).fi ?? '' }),
      bodySv: t.string({ select: { body: true }, resolve: (tpl) => (tpl.body as { sv?: string }).sv ?? '' }),
      bodyEn: t.string({ nullable: true, select: { body: true }, resolve: (tpl) => (tpl.body as { en?: string }).en || null }),
      fieldsUsed: t.stringList({
        select: { body: true },
        resolve: (tpl) => templateFieldsUsed(Object.values(tpl.body as Record<string, string>).join('\n')),
      }),
      updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
      updatedByName: t.exposeString('updatedByName'),
    }),
  });

  const Version = builder.prismaObject('CareAgreementVersion', {
    description: 'One version of a care agreement (the first or an amendment) and its signatures.',
    select: { id: true, agreement: { select: { carerId: true, unitId: true } } },
    clientData: { clientOf: (v) => v.agreement.carerId, unitOf: (v) => v.agreement.unitId, purpose, roles: agreementCoordinatorRoles },
    fields: (t) => ({
      id: t.exposeID('id'),
      version: t.exposeInt('version'),
      status: t.field({ type: VersionStatus, select: { status: true }, resolve: (v) => v.status as AgreementVersionStatus }),
      language: t.field({ type: LanguageEnum, select: { language: true }, resolve: (v) => v.language as AgreementLanguage }),
      templateId: t.exposeID('templateId', { nullable: true }),
      caredPersonName: t.exposeString('caredPersonName', { nullable: true }),
      feeClass: t.exposeString('feeClass', { nullable: true }),
      monthlyFeeCents: t.exposeInt('monthlyFeeCents', { nullable: true }),
      perDayFeeCents: t.exposeInt('perDayFeeCents', { nullable: true }),
      perTaskFeeCents: t.exposeInt('perTaskFeeCents', { nullable: true }),
      daysOffPerMonth: t.exposeInt('daysOffPerMonth'),
      daysOffAgreed: t.exposeBoolean('daysOffAgreed'),
      validFrom: t.expose('validFrom', { type: 'Date' }),
      validTo: t.expose('validTo', { type: 'Date', nullable: true }),
      paymentSchedule: t.field({ type: PaymentScheduleEnum, select: { paymentSchedule: true }, resolve: (v) => v.paymentSchedule as 'monthly' | 'per-visit' }),
      text: t.string({
        description: 'The agreement text: as sent to the carer from sending on (frozen at signing), else rendered from the template now.',
        select: renderSelect,
        resolve: (v) => versionText(v).text,
      }),
      missingFields: t.stringList({
        description: 'Template fields these terms leave empty: the version cannot be sent before they are filled.',
        select: renderSelect,
        resolve: (v) => versionText(v).missing,
      }),
      pdfSha256: t.exposeString('pdfSha256', { nullable: true, description: 'SHA-256 (hex) of the frozen PDF, from the carer’s signature on.' }),
      pdfUrl: t.string({
        nullable: true,
        select: { pdfSha256: true },
        description: 'Where the frozen PDF is downloaded (the BFF checks who asks).',
        resolve: (v) => (v.pdfSha256 ? `/api/caregiving/agreements/${v.id}.pdf` : null),
      }),
      createdAt: t.expose('createdAt', { type: 'DateTime' }),
      createdByName: t.exposeString('createdByName'),
      sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
      returnedAt: t.expose('returnedAt', { type: 'DateTime', nullable: true }),
      returnComment: t.exposeString('returnComment', { nullable: true }),
      carerSignedAt: t.expose('carerSignedAt', { type: 'DateTime', nullable: true }),
      carerSignerName: t.exposeString('carerSignerName', { nullable: true }),
      countersignedAt: t.expose('countersignedAt', { type: 'DateTime', nullable: true }),
      countersignedByName: t.exposeString('countersignedByName', { nullable: true }),
    }),
  });

  builder.prismaObjectFields(refs.CareAgreement, (t) => ({
    perDayFeeCents: t.exposeInt('perDayFeeCents', { nullable: true }),
    perTaskFeeCents: t.exposeInt('perTaskFeeCents', { nullable: true }),
    daysOffAgreed: t.exposeBoolean('daysOffAgreed'),
    paymentSchedule: t.field({ type: PaymentScheduleEnum, resolve: (a: { paymentSchedule: string }) => a.paymentSchedule as 'monthly' | 'per-visit' }),
    versions: t.relation('versions', {
      description: 'Versions, the newest first. A carer sees those sent to them; a coordinator all of them.',
      // The carer never sees the coordinator's unsent drafts; with a coordinator's session every version.
      query: (_args, ctx) => ({
        where: ctx.viewer.staff?.roles.some((r) => (agreementCoordinatorRoles as readonly string[]).includes(r))
          ? {}
          : { status: { in: [...carerVisibleVersionStatuses] } },
        orderBy: { version: 'desc' as const },
      }),
    }),
  }));

  // ---- Templates ----------------------------------------------------------------------------

  const LocalizedInput = builder.inputType('CareAgreementLocalizedInput', {
    fields: (t) => ({ fi: t.string({ required: true }), sv: t.string({ required: true }), en: t.string() }),
  });

  const TemplateInput = builder.inputType('CareAgreementTemplateInput', {
    fields: (t) => ({
      type: t.field({ type: refs.AgreementType, required: true }),
      name: t.field({ type: LocalizedInput, required: true }),
      body: t.field({ type: LocalizedInput, required: true, description: `Text with {{field}} placeholders: ${templateFields.join(', ')}.` }),
    }),
    validate: agreementTemplateSchema,
  });

  builder.queryField('careAgreementTemplates', (t) =>
    t.prismaField({
      type: [Template],
      description: 'The agreement templates in use, by type and name.',
      authScopes: { staffRole: agreementCoordinatorRoles },
      args: { type: t.arg({ type: refs.AgreementType }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.careAgreementTemplate.findMany({
          ...query,
          where: { archived: false, ...(args.type ? { type: args.type as string } : {}) },
          orderBy: [{ type: 'asc' }, { createdAt: 'asc' }],
          take: 200,
        }),
    }),
  );

  const templateData = (input: { type: unknown; name: { fi: string; sv: string; en?: string | null }; body: { fi: string; sv: string; en?: string | null } }, ctx: BffContext) => ({
    type: input.type as string,
    name: { fi: input.name.fi, sv: input.name.sv, ...(input.name.en ? { en: input.name.en } : {}) },
    body: { fi: input.body.fi, sv: input.body.sv, ...(input.body.en ? { en: input.body.en } : {}) },
    updatedByName: staffOf(ctx).name,
  });

  builder.mutationField('createCareAgreementTemplate', (t) =>
    t.prismaField({
      type: Template,
      description: 'A coordinator writes a new template. The same creationKey again returns the same template (a double click makes one).',
      authScopes: { staffRole: agreementCoordinatorRoles },
      args: { creationKey: t.arg.id({ required: true, validate: agreementIdSchema }), input: t.arg({ type: TemplateInput, required: true }) },
      resolve: async (query, _root, { creationKey, input }, ctx) => {
        const key = String(creationKey);
        const existing = await ctx.prisma.careAgreementTemplate.findUnique({ ...query, where: { creationKey: key } });
        if (existing) return existing;
        try {
          return await ctx.prisma.careAgreementTemplate.create({ ...query, data: { creationKey: key, ...templateData(input, ctx) } });
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          return ctx.prisma.careAgreementTemplate.findUniqueOrThrow({ ...query, where: { creationKey: key } });
        }
      },
    }),
  );

  builder.mutationField('updateCareAgreementTemplate', (t) =>
    t.prismaField({
      type: Template,
      nullable: true,
      description: 'Changes a template (null for an unknown one). Versions already sent keep the text they were sent with.',
      authScopes: { staffRole: agreementCoordinatorRoles },
      args: { id: t.arg.id({ required: true, validate: agreementIdSchema }), input: t.arg({ type: TemplateInput, required: true }) },
      resolve: async (query, _root, { id, input }, ctx) => {
        const template = await ctx.prisma.careAgreementTemplate.findFirst({ where: { id: String(id), archived: false }, select: { type: true } });
        if (!template) return null;
        // Drafts made from it would change type under the coordinator's hands.
        if (template.type !== input.type) throw new InvalidInputError([{ path: ['input', 'type'], code: 'invalid-choice' }]);
        return ctx.prisma.careAgreementTemplate.update({ ...query, where: { id: String(id) }, data: templateData(input, ctx) });
      },
    }),
  );

  // ---- Drafting (coordinator) ---------------------------------------------------------------

  const TermsInputType = builder.inputType('CareAgreementTermsInput', {
    fields: (t) => ({
      type: t.field({ type: refs.AgreementType, required: true }),
      language: t.field({ type: LanguageEnum, required: true, description: 'The language the agreement is made in.' }),
      templateId: t.id({ required: true }),
      caredPersonName: t.string(),
      feeClass: t.string({ description: 'Fee class (hoitoisuusluokka) of informal care.' }),
      monthlyFeeCents: t.int(),
      perDayFeeCents: t.int(),
      perTaskFeeCents: t.int(),
      daysOffPerMonth: t.int({ required: true }),
      daysOffAgreed: t.boolean({ required: true, description: 'An agreed number of days off instead of the statutory 2 or 3.' }),
      validFrom: t.field({ type: 'Date', required: true }),
      validTo: t.field({ type: 'Date', description: 'The last valid day; empty until further notice.' }),
      paymentSchedule: t.field({ type: PaymentScheduleEnum, required: true }),
    }),
    validate: agreementTermsSchema,
  });

  type ValidTerms = TermsInput & { type: CareAgreementType };

  /** The template must exist, be in use and be of the agreement's type. */
  async function checkTemplate(ctx: BffContext, terms: ValidTerms, path: string[]) {
    const template = await ctx.prisma.careAgreementTemplate.findFirst({ where: { id: terms.templateId, archived: false, type: terms.type }, select: { id: true } });
    if (!template) throw new InvalidInputError([{ path: [...path, 'templateId'], code: 'invalid-choice' }]);
  }

  builder.queryField('careAgreementCarers', (t) =>
    t.prismaField({
      type: [refs.Carer],
      description: 'The carers with an agreement in the coordinator’s units, by name: whom a new agreement is most often for.',
      authScopes: { staffRole: agreementCoordinatorRoles },
      resolve: async (query, _root, _args, ctx) =>
        ctx.prisma.person.findMany({
          ...query,
          where: { careAgreements: { some: { unitId: { in: await staffUnitIds(ctx) } } } },
          orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
          take: 500,
        }),
    }),
  );

  builder.queryField('careAgreementCarerByIdentityCode', (t) =>
    t.prismaField({
      type: refs.Carer,
      nullable: true,
      description: 'Finds a person by personal identity code, to draft their first agreement. The look-up is access-logged.',
      authScopes: { staffRole: agreementCoordinatorRoles },
      args: {
        personalIdentityCode: t.arg.string({
          required: true,
          validate: agreementIdentityCodeSchema,
        }),
      },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.person.findUnique({ ...query, where: { personalIdentityCode: args.personalIdentityCode.toUpperCase() } }),
    }),
  );

  builder.queryField('unitCareAgreement', (t) =>
    t.prismaField({
      type: refs.CareAgreement,
      nullable: true,
      description: 'One agreement of the coordinator’s units with its versions (access-logged); null for any other.',
      authScopes: { staffRole: agreementCoordinatorRoles },
      args: { id: t.arg.id({ required: true, validate: agreementIdSchema }) },
      resolve: async (query, _root, args, ctx) =>
        ctx.prisma.careAgreement.findFirst({ ...query, where: { id: String(args.id), unitId: { in: await staffUnitIds(ctx) } } }),
    }),
  );

  builder.mutationField('createCareAgreementDraft', (t) =>
    t.prismaField({
      type: refs.CareAgreement,
      description: 'Drafts a new agreement (version 1) in one of the coordinator’s units. The same creationKey again returns the same agreement.',
      authScopes: { staffRole: agreementCoordinatorRoles },
      args: {
        creationKey: t.arg.id({ required: true, validate: agreementIdSchema }),
        carerId: t.arg.id({ required: true, validate: agreementIdSchema }),
        unitId: t.arg.id({ required: true, validate: agreementIdSchema }),
        terms: t.arg({ type: TermsInputType, required: true }),
      },
      resolve: async (query, _root, args, ctx) => {
        const staff = staffOf(ctx);
        const units = await staffUnitIds(ctx);
        const key = String(args.creationKey);
        const again = await ctx.prisma.careAgreement.findFirst({ ...query, where: { creationKey: key, unitId: { in: units } } });
        if (again) return again;
        const unit = await ctx.prisma.unit.findFirst({ where: { id: String(args.unitId), AND: { id: { in: units } } }, select: { id: true, serviceAreaId: true } });
        if (!unit) throw new InvalidInputError([{ path: ['unitId'], code: 'invalid-choice' }]);
        const carer = await ctx.prisma.person.findUnique({ where: { id: String(args.carerId) }, select: { id: true } });
        if (!carer) throw new InvalidInputError([{ path: ['carerId'], code: 'invalid-choice' }]);
        const terms = args.terms as unknown as ValidTerms;
        await checkTemplate(ctx, terms, ['terms']);
        const columns = versionColumns(terms);
        try {
          const id = await withAccessLog(ctx, async (tx, log) => {
            const { language: _l, templateId: _t, ...mirrored } = columns;
            const agreement = await tx.careAgreement.create({
              data: { type: terms.type, carerId: carer.id, unitId: unit.id, serviceAreaId: unit.serviceAreaId, status: 'draft', creationKey: key, ...mirrored },
              select: { id: true },
            });
            await tx.careAgreementVersion.create({
              data: { agreementId: agreement.id, version: 1, status: 'draft', ...columns, createdByStaffId: staff.staffId, createdByName: staff.name },
            });
            await log({ action: 'create', clientPersonId: carer.id, objectType: 'CareAgreement', objectId: agreement.id, purpose, unitId: unit.id, role: logRole });
            return agreement.id;
          });
          return ctx.prisma.careAgreement.findUniqueOrThrow({ ...query, where: { id } });
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          return ctx.prisma.careAgreement.findFirstOrThrow({ ...query, where: { creationKey: key } });
        }
      },
    }),
  );

  builder.mutationField('updateCareAgreementVersion', (t) =>
    t.prismaField({
      type: Version,
      nullable: true,
      description: 'Changes the terms of a draft or returned version (a returned one becomes a draft again); null for a version not in the coordinator’s units.',
      authScopes: { staffRole: agreementCoordinatorRoles },
      args: { versionId: t.arg.id({ required: true, validate: agreementIdSchema }), terms: t.arg({ type: TermsInputType, required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const version = await coordinatorsVersion(ctx, String(args.versionId));
        if (!version) return null;
        const terms = args.terms as unknown as ValidTerms;
        // An amendment keeps the agreement's type; the first version may still change it.
        if (terms.type !== version.agreement.type && version.version !== 1) throw new InvalidInputError([{ path: ['terms', 'type'], code: 'invalid-choice' }]);
        await checkTemplate(ctx, terms, ['terms']);
        await withAccessLog(ctx, async (tx, log) => {
          const { count } = await tx.careAgreementVersion.updateMany({
            where: { id: version.id, status: { in: [...editableVersionStatuses] } },
            data: { ...versionColumns(terms), status: 'draft', frozenText: null },
          });
          if (count === 0) throw wrongStatus('versionId');
          if (version.version === 1) await tx.careAgreement.update({ where: { id: version.agreementId }, data: { type: terms.type } });
          await syncAgreement(tx, version.agreementId);
          await log({ action: 'update', clientPersonId: version.agreement.carerId, objectType: 'CareAgreement', objectId: version.agreementId, purpose, unitId: version.agreement.unitId, role: logRole });
        });
        return ctx.prisma.careAgreementVersion.findUniqueOrThrow({ ...query, where: { id: version.id } });
      },
    }),
  );

  builder.mutationField('createCareAgreementAmendment', (t) =>
    t.prismaField({
      type: Version,
      nullable: true,
      description: 'Starts an amendment: a new draft version with the terms of the version in force. While one is open, returns that one; null for an agreement not in the coordinator’s units.',
      authScopes: { staffRole: agreementCoordinatorRoles },
      args: { agreementId: t.arg.id({ required: true, validate: agreementIdSchema }) },
      resolve: async (query, _root, args, ctx) => {
        const staff = staffOf(ctx);
        const agreement = await ctx.prisma.careAgreement.findFirst({
          where: { id: String(args.agreementId), unitId: { in: await staffUnitIds(ctx) } },
          select: { id: true, carerId: true, unitId: true, versions: { orderBy: { version: 'desc' } } },
        });
        if (!agreement) return null;
        const open = agreement.versions.find((v) => (openVersionStatuses as readonly string[]).includes(v.status));
        if (open) return ctx.prisma.careAgreementVersion.findUniqueOrThrow({ ...query, where: { id: open.id } });
        const base = agreement.versions.find((v) => v.status === 'active');
        if (!base) throw wrongStatus('agreementId');
        try {
          const id = await withAccessLog(ctx, async (tx, log) => {
            const created = await tx.careAgreementVersion.create({
              data: {
                agreementId: agreement.id, version: (agreement.versions[0]?.version ?? 0) + 1, status: 'draft', templateId: base.templateId,
                language: base.language, caredPersonName: base.caredPersonName, feeClass: base.feeClass, monthlyFeeCents: base.monthlyFeeCents,
                perDayFeeCents: base.perDayFeeCents, perTaskFeeCents: base.perTaskFeeCents, daysOffPerMonth: base.daysOffPerMonth,
                daysOffAgreed: base.daysOffAgreed, validFrom: base.validFrom, validTo: base.validTo, paymentSchedule: base.paymentSchedule,
                createdByStaffId: staff.staffId, createdByName: staff.name,
              },
              select: { id: true },
            });
            await log({ action: 'create', clientPersonId: agreement.carerId, objectType: 'CareAgreement', objectId: agreement.id, purpose, unitId: agreement.unitId, role: logRole });
            return created.id;
          });
          return ctx.prisma.careAgreementVersion.findUniqueOrThrow({ ...query, where: { id } });
        } catch (error) {
          // Two clicks at once: the other one made the amendment.
          if (!isUniqueViolation(error)) throw error;
          return ctx.prisma.careAgreementVersion.findFirstOrThrow({ ...query, where: { agreementId: agreement.id, status: 'draft' }, orderBy: { version: 'desc' } });
        }
      },
    }),
  );

  builder.mutationField('sendCareAgreement', (t) =>
    t.prismaField({
      type: Version,
      nullable: true,
      description: 'Sends a draft (or a returned version) to the carer to review and sign. Its text is fixed from now on. Null for a version not in the coordinator’s units.',
      authScopes: { staffRole: agreementCoordinatorRoles },
      args: { versionId: t.arg.id({ required: true, validate: agreementIdSchema }) },
      resolve: async (query, _root, args, ctx) => {
        const version = await coordinatorsVersion(ctx, String(args.versionId));
        if (!version) return null;
        if (version.status === 'sent') return ctx.prisma.careAgreementVersion.findUniqueOrThrow({ ...query, where: { id: version.id } });
        const rendered = versionText(await ctx.prisma.careAgreementVersion.findUniqueOrThrow({ where: { id: version.id }, select: renderSelect }));
        if (rendered.missing.length > 0 || rendered.text.trim() === '') throw new InvalidInputError([{ path: ['versionId'], code: 'required' }]);
        const sentAt = ctx.now();
        await withAccessLog(ctx, async (tx, log) => {
          const { count } = await tx.careAgreementVersion.updateMany({
            where: { id: version.id, status: { in: [...statusesAllowing('send')] } },
            data: { status: 'sent', sentAt, frozenText: rendered.text },
          });
          if (count === 0) {
            const now = await tx.careAgreementVersion.findUniqueOrThrow({ where: { id: version.id }, select: { status: true } });
            if (now.status === 'sent') return;
            throw wrongStatus('versionId');
          }
          await syncAgreement(tx, version.agreementId);
          // The carer's way to the agreement, in the same transaction as the send.
          await notify(tx, agreementSentForSigning, {
            recipientPersonId: version.agreement.carerId,
            data: { agreementId: version.agreementId, version: version.version },
            dedupeKey: `caregiving.agreement-sent:${version.id}:${sentAt.toISOString()}`,
          });
          await log({ action: 'update', clientPersonId: version.agreement.carerId, objectType: 'CareAgreement', objectId: version.agreementId, purpose, unitId: version.agreement.unitId, role: logRole });
        });
        return ctx.prisma.careAgreementVersion.findUniqueOrThrow({ ...query, where: { id: version.id } });
      },
    }),
  );

  builder.mutationField('countersignCareAgreement', (t) =>
    t.prismaField({
      type: Version,
      nullable: true,
      description: 'The coordinator countersigns the version the carer signed; it comes into force and replaces the one before. The frozen PDF must still have its hash. Null for a version not in the coordinator’s units.',
      authScopes: { staffRole: agreementCoordinatorRoles },
      args: { versionId: t.arg.id({ required: true, validate: agreementIdSchema }) },
      resolve: async (query, _root, args, ctx) => {
        const staff = staffOf(ctx);
        const version = await coordinatorsVersion(ctx, String(args.versionId));
        if (!version) return null;
        // A double click: the first countersignature stands.
        if (version.status === 'active') return ctx.prisma.careAgreementVersion.findUniqueOrThrow({ ...query, where: { id: version.id } });
        if (version.status !== 'signed') throw wrongStatus('versionId');
        if (!(await frozenDocumentIntact(version.pdf ? new Uint8Array(version.pdf) : null, version.pdfSha256))) {
          ctx.logger.error({ versionId: version.id }, 'frozen agreement PDF does not match its stored SHA-256; countersigning refused');
          throw new ClientError('BAD_USER_INPUT', 'The signed document has changed since it was signed. Do not countersign; contact support.');
        }
        await withAccessLog(ctx, async (tx, log) => {
          const { count } = await tx.careAgreementVersion.updateMany({
            where: { id: version.id, status: 'signed', pdfSha256: version.pdfSha256 },
            data: { status: 'active', countersignedAt: ctx.now(), countersignedByStaffId: staff.staffId, countersignedByName: staff.name },
          });
          if (count === 0) {
            // Countersigned a moment ago by a double click or a colleague: that signature stands.
            const now = await tx.careAgreementVersion.findUniqueOrThrow({ where: { id: version.id }, select: { status: true } });
            if (now.status === 'active') return;
            throw wrongStatus('versionId');
          }
          await tx.careAgreementVersion.updateMany({
            where: { agreementId: version.agreementId, status: 'active', id: { not: version.id } },
            data: { status: 'superseded' },
          });
          await syncAgreement(tx, version.agreementId);
          await log({ action: 'update', clientPersonId: version.agreement.carerId, objectType: 'CareAgreement', objectId: version.agreementId, purpose, unitId: version.agreement.unitId, role: logRole });
        });
        return ctx.prisma.careAgreementVersion.findUniqueOrThrow({ ...query, where: { id: version.id } });
      },
    }),
  );

  // ---- The carer -----------------------------------------------------------------------------

  builder.queryField('myCareAgreementsToSign', (t) =>
    t.prismaField({
      type: [refs.CareAgreement],
      description: 'The signed-in resident’s agreements with a version waiting for their signature. Any resident: a first agreement makes them a carer only once signed.',
      authScopes: { resident: true },
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.careAgreement.findMany({
          ...query,
          where: { carerId: residentPersonId(ctx), versions: { some: { status: 'sent' } } },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          take: 20,
        }),
    }),
  );

  builder.queryField('myCareAgreement', (t) =>
    t.prismaField({
      type: refs.CareAgreement,
      nullable: true,
      description: 'One of the signed-in resident’s own agreements with the versions sent to them; null for any other.',
      authScopes: { resident: true },
      args: { id: t.arg.id({ required: true, validate: agreementIdSchema }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.careAgreement.findFirst({
          ...query,
          where: { id: String(args.id), carerId: residentPersonId(ctx), versions: { some: { status: { in: [...carerVisibleVersionStatuses] } } } },
        }),
    }),
  );

  builder.mutationField('returnCareAgreement', (t) =>
    t.prismaField({
      type: Version,
      nullable: true,
      description: 'The carer returns a version sent to them with a comment, instead of signing it. Null for any version not theirs.',
      authScopes: { resident: true },
      args: {
        versionId: t.arg.id({ required: true, validate: agreementIdSchema }),
        comment: t.arg.string({ required: true, validate: returnCommentSchema }),
      },
      resolve: async (query, _root, args, ctx) => {
        const version = await carersVersion(ctx, String(args.versionId));
        if (!version) return null;
        const { count } = await ctx.prisma.careAgreementVersion.updateMany({
          where: { id: version.id, status: { in: [...statusesAllowing('return')] } },
          data: { status: 'returned', returnedAt: ctx.now(), returnComment: args.comment, frozenText: null },
        });
        if (count === 0 && version.status !== 'returned') throw wrongStatus('versionId');
        await syncAgreement(ctx.prisma, version.agreementId);
        return ctx.prisma.careAgreementVersion.findUniqueOrThrow({ ...query, where: { id: version.id } });
      },
    }),
  );

  builder.mutationField('signCareAgreement', (t) =>
    t.prismaField({
      type: Version,
      nullable: true,
      description:
        'The carer signs the version sent to them, in their strongly identified resident session. The text is frozen into a PDF whose SHA-256 is kept. Signing again returns the same signature. Null for any version not theirs.',
      authScopes: { resident: true },
      args: { versionId: t.arg.id({ required: true, validate: agreementIdSchema }) },
      resolve: async (query, _root, args, ctx) => {
        const version = await carersVersion(ctx, String(args.versionId));
        if (!version) return null;
        // A double click or a retried request: one signature, the first.
        if (version.carerSignedAt) return ctx.prisma.careAgreementVersion.findUniqueOrThrow({ ...query, where: { id: version.id } });
        if (version.status !== 'sent') throw wrongStatus('versionId');
        const renderable = await ctx.prisma.careAgreementVersion.findUniqueOrThrow({ where: { id: version.id }, select: renderSelect });
        const signedAt = ctx.now();
        const signer = ctx.viewer.resident?.displayName ?? `${renderable.agreement.carer.firstName} ${renderable.agreement.carer.lastName}`;
        const language = renderable.language as AgreementLanguage;
        const pdf = await renderAgreementPdf({
          language,
          ...documentHeading(renderable),
          text: versionText(renderable).text,
          carerSignature: { name: signer, signedAt },
        });
        const hash = await sha256Hex(pdf);
        await ctx.prisma.$transaction(async (tx) => {
          const { count } = await tx.careAgreementVersion.updateMany({
            where: { id: version.id, status: 'sent', carerSignedAt: null },
            data: { status: 'signed', carerSignedAt: signedAt, carerSignerName: signer, pdf: new Uint8Array(pdf), pdfSha256: hash },
          });
          if (count === 0) return;
          await syncAgreement(tx, version.agreementId);
        });
        const result = await ctx.prisma.careAgreementVersion.findUniqueOrThrow({ ...query, where: { id: version.id } });
        return result;
      },
    }),
  );
}

const returnCommentSchema = plainText({ max: 2000, multiline: true });
const agreementIdentityCodeSchema = plainText({ max: 11, min: 11 }).refine((code) => isValidPersonalIdentityCode(code.toUpperCase()), fieldRule('invalid-format'));
