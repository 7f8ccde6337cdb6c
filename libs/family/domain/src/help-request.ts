import { z } from 'zod';
import { fieldRule, plainText } from '@luotsi/validation';
import { helsinkiDate, workingDayDeadline } from '@luotsi/calendar';
import { normalizeReplyCode } from './reply-code';

/**
 * What an "ask for help" request can be about. The sender picks one or more; the professional
 * closes the request with one of them (the topic code the statistics count).
 */
export const helpRequestTopics = [
  'sleep',
  'feeding',
  'emotions',
  'parenting',
  'relationships',
  'separation',
  'parent-wellbeing',
  'money',
  'school',
  'development',
  'substances',
  'safety',
  'other',
] as const;
export type HelpRequestTopic = (typeof helpRequestTopics)[number];
export const isHelpRequestTopic = (value: unknown): value is HelpRequestTopic =>
  typeof value === 'string' && (helpRequestTopics as readonly string[]).includes(value);

/** How the sender wants to be answered. 'portal' needs a sign-in; 'anonymous' gets a reply code. */
export const contactMethods = ['phone', 'email', 'portal', 'anonymous'] as const;
export type ContactMethod = (typeof contactMethods)[number];
export const isContactMethod = (value: unknown): value is ContactMethod =>
  typeof value === 'string' && (contactMethods as readonly string[]).includes(value);

export const helpRequestMessageMaxLength = 2000;

// Finnish and international numbers as people type them: +358 40 123 4567, 040-123 4567.
const phonePattern = /^\+?[0-9][0-9 ()-]{5,19}$/;

/**
 * The "ask for help" form, checked by the page and again by the BFF. Phone and e-mail are asked
 * only for those contact methods; a municipality is needed to route an anonymous request (a
 * signed-in sender's comes from the population register).
 */
export const helpRequestSchema = z
  .object({
    topics: z.array(z.enum(helpRequestTopics)).min(1).max(helpRequestTopics.length),
    message: plainText({ max: helpRequestMessageMaxLength, multiline: true }),
    contactMethod: z.enum(contactMethods),
    phone: z.string().trim().max(25).optional().nullable(),
    email: z.string().trim().max(254).optional().nullable(),
    municipalityCode: z.string().trim().regex(/^\d{3}$/).optional().nullable(),
    /** Client-generated per form: a double click or a retry sends the same key. */
    idempotencyKey: z.uuid(),
    /**
     * Anonymous requests only: the reply code, generated in the browser (newReplyCode, a
     * cryptographic source) with the form, so a retried submission keeps the code the sender was
     * shown; the BFF stores only its hash.
     */
    replyCode: z.string().trim().max(20).optional().nullable(),
  })
  .superRefine((value, ctx) => {
    if (value.contactMethod === 'phone') {
      if (!value.phone) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'required', ...fieldRule('required') });
      else if (!phonePattern.test(value.phone) || value.phone.replace(/\D/g, '').length < 6)
        ctx.addIssue({ code: 'custom', path: ['phone'], message: 'format', ...fieldRule('invalid-format') });
    }
    if (value.contactMethod === 'email') {
      if (!value.email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'required', ...fieldRule('required') });
      else if (!z.email().safeParse(value.email).success)
        ctx.addIssue({ code: 'custom', path: ['email'], message: 'format', ...fieldRule('invalid-format') });
    }
  })
  .superRefine((value, ctx) => {
    if (value.contactMethod === 'anonymous' && (!value.replyCode || !normalizeReplyCode(value.replyCode)))
      ctx.addIssue({ code: 'custom', path: ['replyCode'], message: 'format', ...fieldRule('invalid-format') });
  })
  .transform((value) => ({
    ...value,
    topics: [...new Set(value.topics)],
    // Only what the chosen method needs is kept: a number typed and then abandoned is not stored.
    phone: value.contactMethod === 'phone' ? (value.phone ?? null) : null,
    email: value.contactMethod === 'email' ? (value.email ?? null) : null,
    municipalityCode: value.municipalityCode || null,
    replyCode: value.contactMethod === 'anonymous' ? normalizeReplyCode(value.replyCode ?? '') : null,
  }));
export type HelpRequestInput = z.input<typeof helpRequestSchema>;
export type HelpRequestValues = z.output<typeof helpRequestSchema>;

/** Requests are answered within 3 working days (county practice, docs/domain-rules.md). */
export const helpRequestAnswerWorkingDays = 3;

/** The answer deadline: 3 working days, Finnish public holidays excluded, at 16:00 Helsinki time. */
export function helpRequestDeadline(receivedAt: Date): Date {
  return workingDayDeadline(receivedAt, helpRequestAnswerWorkingDays);
}

export type DeadlineState = 'overdue' | 'due-today' | 'upcoming' | 'done';

/**
 * How urgent an open request is for the queue: past its deadline, due later today (Helsinki day),
 * or upcoming. Answered and closed requests are done.
 */
export function deadlineState(request: { dueAt: Date; status: string }, now: Date): DeadlineState {
  if (request.status !== 'new') return 'done';
  if (request.dueAt.getTime() <= now.getTime()) return 'overdue';
  return helsinkiDate(request.dueAt) === helsinkiDate(now) ? 'due-today' : 'upcoming';
}

/**
 * Which unit answers the requests of a service area: the county's family counselling where the
 * area has one, otherwise its family services. County configuration, kept as data.
 */
export const guidanceUnitTypes = ['family-counselling', 'family-services'] as const;

/** The unit of the area that gets the request, or undefined when the area has neither type. */
export function guidanceUnit<U extends { type: string; code: string }>(units: readonly U[]): U | undefined {
  for (const type of guidanceUnitTypes) {
    const match = units.filter((u) => u.type === type).sort((a, b) => a.code.localeCompare(b.code))[0];
    if (match) return match;
  }
  return undefined;
}

export type HelpRequestStatus = 'new' | 'answered' | 'closed';

/** A request is claimed before it is answered; a closed one cannot be claimed. */
export function mayClaimHelpRequest(status: string): boolean {
  return status !== 'closed';
}

export const closeHelpRequestSchema = z.object({
  closeCode: z.enum(helpRequestTopics),
});

/** The topics' names in the portal's languages: the form, the queue, statistics and the export. */
export const helpRequestTopicLabels: Record<HelpRequestTopic, { fi: string; sv: string; en: string }> = {
  sleep: { fi: 'Uni', sv: 'Sömn', en: 'Sleep' },
  feeding: { fi: 'Syöminen ja imetys', sv: 'Mat och amning', en: 'Eating and breastfeeding' },
  emotions: { fi: 'Lapsen tunteet ja käytös', sv: 'Barnets känslor och beteende', en: 'The child’s emotions and behaviour' },
  parenting: { fi: 'Kasvatus ja arjen rutiinit', sv: 'Fostran och vardagsrutiner', en: 'Parenting and daily routines' },
  relationships: { fi: 'Parisuhde ja perheen ihmissuhteet', sv: 'Parrelationen och familjens relationer', en: 'Couple and family relationships' },
  separation: { fi: 'Ero', sv: 'Skilsmässa och separation', en: 'Separation and divorce' },
  'parent-wellbeing': { fi: 'Vanhemman jaksaminen', sv: 'Förälderns ork', en: 'Parent’s wellbeing and coping' },
  money: { fi: 'Raha-asiat ja tuet', sv: 'Ekonomi och förmåner', en: 'Money and benefits' },
  school: { fi: 'Koulu ja varhaiskasvatus', sv: 'Skola och småbarnspedagogik', en: 'School and early education' },
  development: { fi: 'Kehitys ja erityinen tuki', sv: 'Utveckling och särskilt stöd', en: 'Development and special support' },
  substances: { fi: 'Päihteet ja pelaaminen', sv: 'Rusmedel och spelande', en: 'Alcohol, drugs and gambling' },
  safety: { fi: 'Väkivalta ja turvallisuus', sv: 'Våld och trygghet', en: 'Violence and safety' },
  other: { fi: 'Muu asia', sv: 'Annat', en: 'Something else' },
};
