import { Prisma, type SymptomAssessment as AssessmentRow, type PrismaClient } from '@luotsi/db';
import type { EvaluationResult, LocalizedText as EngineText, QuestionnaireDefinition } from '@luotsi/questionnaires';
import { helsinkiDate } from '@luotsi/calendar';
import { guardianMayActFor } from '@luotsi/identity-domain';
import { ClientError, LocalizedTextRef, pickLanguage, residentPersonId, type builder as Builder } from '@luotsi/bff-core';
import { completeResult, definitionForClient, parseAnswers, recompute, residentQuestionnaire, summaryOf } from './assessment';
import { saveAssessmentSchema, sendContactRequestSchema } from './contact-input';
import { careGuaranteeDeadline } from '@luotsi/symptoms-domain';
import { publishQueueEvent } from './queue/events';

/** A recomputed result with the definition its texts come from. */
interface ShownResult {
  definition: QuestionnaireDefinition;
  result: EvaluationResult;
}

interface ShownDefinition {
  definition: QuestionnaireDefinition;
}

function textOf(definition: QuestionnaireDefinition, key: string): EngineText | undefined {
  return definition.texts?.[key];
}

/** Whether the questionnaire is in the catalogue and in use. */
async function isActive(prisma: PrismaClient, id: string): Promise<boolean> {
  return (await prisma.questionnaire.count({ where: { id, active: true } })) > 0;
}

async function activeDefinition(prisma: PrismaClient, id: string): Promise<QuestionnaireDefinition> {
  const definition = residentQuestionnaire(id);
  if (!definition || !(await isActive(prisma, id))) throw new ClientError('NOT_FOUND', `No questionnaire "${id}".`);
  return definition;
}

/**
 * The child the guardian acts for, checked against the guardianship and the age limit today;
 * anything else is refused as if the child did not exist.
 */
async function childOf(prisma: PrismaClient, guardianId: string, childId: string, now: Date) {
  const row = await prisma.guardianship.findFirst({ where: { guardianId, childId }, include: { child: true } });
  if (!row || !guardianMayActFor(row.child.birthDate.toISOString().slice(0, 10), helsinkiDate(now)))
    throw new ClientError('FORBIDDEN', 'You cannot act for this person.');
  return row.child;
}

/** The stored result, shown with the current definition when its version still matches. */
function storedResult(row: AssessmentRow): ShownResult | null {
  const definition = residentQuestionnaire(row.questionnaireId);
  if (!definition || !row.result || definition.version !== row.version) return null;
  return { definition, result: row.result as unknown as EvaluationResult };
}

export function registerAssessmentSchema(builder: typeof Builder): void {
  const SymptomAdvice = builder.objectRef<{ key: string; text: EngineText | undefined }>('SymptomAdvice').implement({
    description: 'One advice text of a result, in the reader’s language.',
    fields: (t) => ({
      key: t.exposeString('key'),
      text: t.field({ type: LocalizedTextRef, resolve: (a, _args, ctx) => pickLanguage(a.text, ctx.language) }),
    }),
  });

  const SymptomResult = builder.objectRef<ShownResult>('SymptomResult').implement({
    description: 'A result the BFF computed from the raw answers (never from the browser’s own result).',
    fields: (t) => ({
      questionnaireId: t.string({ resolve: (r) => r.result.questionnaireId }),
      version: t.string({ resolve: (r) => r.result.version }),
      urgency: t.string({
        nullable: true,
        description: '"emergency" | "emergency-department" | "same-day" | "within-days" | "non-urgent" | "self-care"',
        resolve: (r) => r.result.urgency,
      }),
      score: t.int({ nullable: true, resolve: (r) => r.result.score }),
      band: t.string({ nullable: true, resolve: (r) => r.result.band }),
      bandLabel: t.field({
        type: LocalizedTextRef,
        nullable: true,
        resolve: (r, _a, ctx) => {
          const band = r.definition.bands?.find((b) => b.id === r.result.band);
          return band ? pickLanguage(band.label, ctx.language) : null;
        },
      }),
      redFlags: t.stringList({ resolve: (r) => [...r.result.redFlags] }),
      endedEarly: t.boolean({ description: 'A danger sign ended the assessment: show its advice at once.', resolve: (r) => r.result.endedEarly }),
      advice: t.field({
        type: [SymptomAdvice],
        resolve: (r) => r.result.advice.map((key) => ({ key, text: textOf(r.definition, key) })),
      }),
      contactOffered: t.boolean({ resolve: (r) => r.result.contact.offered }),
      contactUnitType: t.string({
        nullable: true,
        description: 'The unit type a contact request goes to, e.g. "health-centre".',
        resolve: (r) => (r.result.contact.offered ? r.result.contact.unitType : null),
      }),
    }),
  });

  const SymptomDefinition = builder.objectRef<ShownDefinition>('SymptomQuestionnaireDefinition').implement({
    description: 'A questionnaire as the UI needs it to guide a person one question at a time.',
    fields: (t) => ({
      id: t.id({ resolve: (d) => d.definition.id }),
      version: t.string({ resolve: (d) => d.definition.version }),
      title: t.field({ type: LocalizedTextRef, resolve: (d, _a, ctx) => pickLanguage(d.definition.title, ctx.language) }),
      definition: t.string({
        description: 'The engine definition as JSON (every language): use it with @luotsi/questionnaires’ nextItem, previousItem and endingRedFlag.',
        resolve: (d) => definitionForClient(d.definition),
      }),
    }),
  });

  const SymptomAssessment = builder.prismaObject('SymptomAssessment', {
    description: 'The signed-in resident’s saved answers to a symptom assessment (their own or a child’s).',
    fields: (t) => ({
      id: t.exposeID('id'),
      questionnaire: t.relation('questionnaire'),
      version: t.exposeString('version'),
      answers: t.string({ description: 'The answers as JSON, by item id.', resolve: (a) => JSON.stringify(a.answers) }),
      result: t.field({ type: SymptomResult, nullable: true, description: 'Null while the answers are incomplete.', resolve: storedResult }),
      forChildId: t.exposeID('actingForPersonId', { nullable: true, description: 'The child the answers are about, when a guardian answered.' }),
      startedAt: t.expose('startedAt', { type: 'DateTime' }),
      updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
      completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
      contactRequest: t.relation('contactRequest', { nullable: true }),
    }),
  });

  builder.queryField('symptomQuestionnaire', (t) =>
    t.field({
      type: SymptomDefinition,
      nullable: true,
      description: 'A questionnaire’s questions and rules, or null when there is no such questionnaire in use.',
      authScopes: { public: true },
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const definition = residentQuestionnaire(String(args.id));
        return definition && (await isActive(ctx.prisma, definition.id)) ? { definition } : null;
      },
    }),
  );

  builder.queryField('evaluateSymptomAssessment', (t) =>
    t.field({
      type: SymptomResult,
      description: 'The result of complete answers, recomputed by the BFF. Nothing is stored: anyone may ask.',
      authScopes: { public: true },
      args: {
        questionnaireId: t.arg.id({ required: true }),
        answers: t.arg.string({ required: true, description: 'The answers as JSON, by item id, e.g. {"fever":"high","age":34}.' }),
      },
      resolve: async (_root, args, ctx) => {
        const definition = await activeDefinition(ctx.prisma, String(args.questionnaireId));
        return { definition, result: completeResult(definition, parseAnswers(args.answers)) };
      },
    }),
  );

  builder.queryField('mySymptomAssessments', (t) =>
    t.prismaField({
      type: [SymptomAssessment],
      description: 'The resident’s saved assessments (own and children’s), the latest first.',
      authScopes: { resident: true },
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.symptomAssessment.findMany({ ...query, where: { personId: residentPersonId(ctx) }, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], take: 50 }),
    }),
  );

  const SaveInput = builder.inputType('SaveSymptomAssessmentInput', {
    fields: (t) => ({
      id: t.id({ required: false, description: 'An assessment saved earlier, to update (resume).' }),
      questionnaireId: t.id({ required: true }),
      answers: t.string({ required: true, description: 'The answers as JSON, by item id; may be incomplete.' }),
      forChildId: t.id({ required: false, description: 'A child under 15 the guardian answers for.' }),
    }),
    validate: saveAssessmentSchema,
  });

  builder.mutationField('saveSymptomAssessment', (t) =>
    t.prismaField({
      type: SymptomAssessment,
      nullable: true,
      description:
        'Saves the signed-in resident’s answers (complete or not) with the result the BFF recomputes. Null when `id` is not the resident’s own assessment.',
      authScopes: { resident: true },
      args: { input: t.arg({ type: SaveInput, required: true }) },
      resolve: async (query, _root, { input }, ctx) => {
        const personId = residentPersonId(ctx);
        const definition = await activeDefinition(ctx.prisma, String(input.questionnaireId));
        const { answers, result } = recompute(definition, parseAnswers(input.answers));
        const child = input.forChildId ? await childOf(ctx.prisma, personId, String(input.forChildId), ctx.now()) : null;
        const person = child ?? (await ctx.prisma.person.findUniqueOrThrow({ where: { id: personId } }));
        const data = {
          questionnaireId: definition.id,
          version: definition.version,
          answers,
          result: result ? (result as object) : Prisma.DbNull,
          actingForPersonId: child?.id ?? null,
          language: ctx.language,
          municipalityCode: person.municipalityCode,
          completedAt: result ? ctx.now() : null,
        };
        if (input.id) {
          // Only the resident's own, not yet sent assessment can change.
          const own = await ctx.prisma.symptomAssessment.findFirst({ where: { id: String(input.id), personId, contactRequest: null } });
          if (!own) return null;
          return ctx.prisma.symptomAssessment.update({ ...query, where: { id: own.id }, data });
        }
        return ctx.prisma.symptomAssessment.create({ ...query, data: { ...data, personId } });
      },
    }),
  );

  const SendInput = builder.inputType('SendSymptomContactRequestInput', {
    fields: (t) => ({
      assessmentId: t.id({ required: true }),
      consent: t.boolean({ required: true, description: 'The sender agrees that a professional of the unit reads the answers. Must be true.' }),
      phone: t.string({ required: false, description: 'Confirmed phone; phone or e-mail, at least one.' }),
      email: t.string({ required: false }),
      forChildId: t.id({ required: false, description: 'A child under 15 the request is about; the sender is their guardian.' }),
    }),
    validate: sendContactRequestSchema,
  });

  builder.mutationField('sendSymptomContactRequest', (t) =>
    t.prismaField({
      type: 'ContactRequest',
      nullable: true,
      description:
        'Sends a saved, complete assessment to the health centre of the resident’s (or the child’s) municipality, with the urgency the BFF recomputes from the stored answers. Sending again returns the same request. Null when the assessment is not the resident’s own.',
      authScopes: { resident: true },
      args: { input: t.arg({ type: SendInput, required: true }) },
      resolve: async (query, _root, { input }, ctx) => {
        const personId = residentPersonId(ctx);
        const assessment = await ctx.prisma.symptomAssessment.findFirst({ where: { id: String(input.assessmentId), personId }, include: { contactRequest: true } });
        if (!assessment) return null;
        if (assessment.contactRequest) return ctx.prisma.contactRequest.findUniqueOrThrow({ ...query, where: { id: assessment.contactRequest.id } });
        const definition = await activeDefinition(ctx.prisma, assessment.questionnaireId);
        if (definition.version !== assessment.version) throw new ClientError('BAD_USER_INPUT', 'The questionnaire has changed: answer it again.');
        // Never the stored result as such, let alone the browser's: recompute from the answers.
        const result = completeResult(definition, assessment.answers as Record<string, never>);
        if (!result.contact.offered) throw new ClientError('BAD_USER_INPUT', 'This result does not offer a contact request.');
        const childId = input.forChildId ? String(input.forChildId) : assessment.actingForPersonId;
        const patient = childId
          ? await childOf(ctx.prisma, personId, childId, ctx.now())
          : await ctx.prisma.person.findUniqueOrThrow({ where: { id: personId } });
        const municipality = await ctx.prisma.municipality.findUniqueOrThrow({ where: { code: patient.municipalityCode } });
        const unit = await ctx.prisma.unit.findFirst({
          where: { serviceAreaId: municipality.serviceAreaId, type: result.contact.unitType },
          orderBy: { code: 'asc' },
        });
        if (!unit) throw new ClientError('NOT_FOUND', 'No unit takes contact requests for this municipality.');
        const now = ctx.now();
        const [, created] = await ctx.prisma.$transaction([
          ctx.prisma.symptomAssessment.update({ where: { id: assessment.id }, data: { actingForPersonId: childId ?? null, result: result as object } }),
          ctx.prisma.contactRequest.create({
            ...query,
            data: {
              personId: patient.id,
              questionnaireId: definition.id,
              urgency: result.urgency ?? 'non-urgent',
              deadlineAt: careGuaranteeDeadline(now, result.urgency ?? 'non-urgent'),
              events: { create: { type: 'sent', createdAt: now } },
              unitId: unit.id,
              summary: summaryOf(definition, result) as object,
              assessmentId: assessment.id,
              consentGivenAt: now,
              contactPhone: input.phone?.trim() || null,
              contactEmail: input.email?.trim() || null,
              createdAt: now,
            },
          }),
        ]);
        // The unit's queue pages (on every instance) read the new request.
        publishQueueEvent(ctx.live, created, 'received');
        return created;
      },
    }),
  );

  builder.queryField('mySymptomContactRequests', (t) =>
    t.prismaField({
      type: ['ContactRequest'],
      description: 'Contact requests the resident sent (for themselves or a child) or that are about them, the latest first.',
      authScopes: { resident: true },
      resolve: (query, _root, _args, ctx) => {
        const personId = residentPersonId(ctx);
        return ctx.prisma.contactRequest.findMany({
          ...query,
          where: { OR: [{ personId }, { assessment: { personId } }] },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          take: 50,
        });
      },
    }),
  );
}
