import type { ContactRequest as ContactRequestRow } from '@luotsi/db';
import { localizedField, staffUnitIds, type builder as Builder } from '@luotsi/bff-core';
import { registerAssessmentSchema } from './assessment-schema';
import { registerLocalServicesSchema } from './local-services';
import { registerIndicatorsSchema } from './indicators';
import { closedContactRequestStatuses, urgencyLevels } from './urgency';
import { sortQueue } from '@luotsi/symptoms-domain';
import { deadlineOf, registerQueueSchema } from './queue/schema';

/** Who works the contact-request queue of a health centre. */
export const contactRequestHandlerRoles = ['nurse'] as const;

/** The queue shows at most this many requests at once. */
export const contactRequestQueueLimit = 100;

export function registerSymptomsSchema(builder: typeof Builder): void {
  const Questionnaire = builder.prismaObject('Questionnaire', {
    description: 'A self-assessment: a validated questionnaire (PHQ-9, GAD-7, AUDIT …) or a symptom assessment.',
    fields: (t) => ({
      id: t.exposeID('id', { description: 'Stable slug, e.g. "phq-9".' }),
      version: t.exposeInt('version'),
      category: t.exposeString('category', {
        description: '"mental-health" | "substance-use" | "infection" | "musculoskeletal" | "other"',
      }),
      name: t.field(localizedField('name')),
      description: t.field(localizedField('description')),
      estimatedMinutes: t.exposeInt('estimatedMinutes'),
    }),
  });

  const ContactRequest = builder.prismaObject('ContactRequest', {
    description: 'A resident’s request to be contacted after a self-assessment.',
    // The resident's data: a professional's read is access-logged (the queue of the unit).
    clientData: { clientOf: (r) => r.personId, purpose: 'unit-queue', unitOf: (r) => r.unitId, roles: contactRequestHandlerRoles },
    fields: (t) => ({
      id: t.exposeID('id'),
      urgency: t.exposeString('urgency', {
        description: 'Urgency id: "emergency" | "emergency-department" | "same-day" | "within-days" | "non-urgent" | "self-care"',
      }),
      status: t.exposeString('status', { description: '"new" | "in-progress" | "handled"' }),
      receivedAt: t.expose('createdAt', { type: 'DateTime' }),
      questionnaire: t.relation('questionnaire', { type: Questionnaire }),
      unit: t.relation('unit'),
      reply: t.exposeString('reply', { nullable: true, description: 'The professional’s reply to the resident, when given.' }),
      repliedAt: t.expose('repliedAt', { type: 'DateTime', nullable: true }),
    }),
  });

  builder.queryField('symptomQuestionnaires', (t) =>
    t.prismaField({
      type: [Questionnaire],
      description: 'The self-assessments a resident can take, by category and id.',
      authScopes: { public: true },
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.questionnaire.findMany({ ...query, where: { active: true }, orderBy: [{ category: 'asc' }, { id: 'asc' }] }),
    }),
  );

  registerAssessmentSchema(builder);
  registerLocalServicesSchema(builder);
  registerIndicatorsSchema(builder);
  registerQueueSchema(builder);

  builder.queryField('symptomContactRequests', (t) =>
    t.prismaField({
      type: [ContactRequest],
      description:
        'Open contact requests of the professional’s own units (and those reassigned to them): the most urgent first, then the nearest care-guarantee deadline, then the one that has waited longest.',
      authScopes: { staffRole: contactRequestHandlerRoles },
      resolve: async (query, _root, _args, ctx) => {
        const staffId = ctx.viewer.staff?.staffId;
        const open = {
          OR: [{ unitId: { in: await staffUnitIds(ctx) } }, ...(staffId ? [{ claimedById: staffId }] : [])],
          status: { notIn: [...closedContactRequestStatuses] },
        };
        // One query per level keeps the order in the database and the result bounded. An unknown
        // urgency is a data error: such requests come first, so nobody's request is hidden.
        const levels = [{ notIn: [...urgencyLevels] }, ...urgencyLevels];
        const rows: ContactRequestRow[] = [];
        for (const urgency of levels) {
          const take = contactRequestQueueLimit - rows.length;
          if (take <= 0) break;
          rows.push(
            ...(await ctx.prisma.contactRequest.findMany({
              ...query,
              where: { ...open, urgency },
              orderBy: [{ deadlineAt: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }, { id: 'asc' }],
              take,
            })),
          );
        }
        // Within a level by deadline (computed for old requests that have none stored).
        return sortQueue(rows.map((row) => ({ row, id: row.id, urgency: row.urgency as never, deadlineAt: deadlineOf(row), sentAt: row.createdAt }))).map((e) => e.row);
      },
    }),
  );
}
