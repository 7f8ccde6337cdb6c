import { trilingual, type PersonalDataSection, type PrismaLike, type RetentionRule, type Trilingual } from '@luotsi/bff-core';
import { closedContactRequestStatuses } from './urgency';

const urgencies: Record<string, Trilingual> = {
  emergency: { fi: 'Hätätilanne – soita 112', sv: 'Nödsituation – ring 112', en: 'Emergency – call 112' },
  'emergency-department': { fi: 'Päivystykseen tänään', sv: 'Till jouren i dag', en: 'Emergency department today' },
  'same-day': { fi: 'Terveysasemalle tänään', sv: 'Till hälsocentralen i dag', en: 'Health centre today' },
  'within-days': { fi: '1–3 päivän kuluessa', sv: 'Inom 1–3 dagar', en: 'Within 1–3 days' },
  'non-urgent': { fi: 'Kiireetön', sv: 'Inte brådskande', en: 'Not urgent' },
  'self-care': { fi: 'Omahoito', sv: 'Egenvård', en: 'Self-care' },
};
const statuses: Record<string, Trilingual> = {
  new: { fi: 'Uusi', sv: 'Ny', en: 'New' },
  'in-progress': { fi: 'Työn alla', sv: 'Under behandling', en: 'In progress' },
  handled: { fi: 'Käsitelty', sv: 'Behandlad', en: 'Handled' },
};

function coded(labels: Record<string, Trilingual | undefined>, value: string) {
  const valueLabel = labels[value];
  return valueLabel ? { value, valueLabel } : { value };
}

/** Contact requests after a self-assessment: the answers' summary, urgency and how it was handled. */
export async function symptomsPersonalData(prisma: PrismaLike, personId: string): Promise<PersonalDataSection[]> {
  const rows = await prisma.contactRequest.findMany({
    where: { personId },
    include: { questionnaire: { select: { name: true } }, unit: { select: { name: true } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
  return [
    {
      id: 'symptoms.contact-requests',
      title: { fi: 'Yhteydenottopyynnöt oirearvion jälkeen', sv: 'Kontaktbegäranden efter symtombedömning', en: 'Contact requests after a symptom check' },
      purpose: {
        fi: 'Terveysaseman hoitaja arvioi hoidon tarpeesi vastaustesi perusteella ja ottaa sinuun yhteyttä.',
        sv: 'Hälsocentralens skötare bedömer ditt vårdbehov utifrån dina svar och kontaktar dig.',
        en: 'A nurse of the health centre assesses your need for care from your answers and contacts you.',
      },
      records: rows.map((r) => {
        const summary = trilingual(r.summary);
        const scores = (r.summary as { scores?: Record<string, unknown> } | null)?.scores;
        const questionnaire = trilingual(r.questionnaire.name);
        const unit = trilingual(r.unit.name);
        return [
          { key: 'questionnaire', label: { fi: 'Arvio', sv: 'Bedömning', en: 'Assessment' }, ...coded({ [r.questionnaireId]: questionnaire }, r.questionnaireId) },
          { key: 'urgency', label: { fi: 'Kiireellisyys', sv: 'Brådskandegrad', en: 'Urgency' }, ...coded(urgencies, r.urgency) },
          { key: 'summary', label: { fi: 'Yhteenveto vastauksista', sv: 'Sammanfattning av svaren', en: 'Summary of the answers' }, value: summary?.fi ?? null, ...(summary ? { valueLabel: summary } : {}) },
          { key: 'scores', label: { fi: 'Pisteet', sv: 'Poäng', en: 'Scores' }, value: scores ? Object.entries(scores).map(([k, v]) => `${k}: ${String(v)}`).join(', ') : null },
          { key: 'unit', label: { fi: 'Yksikkö', sv: 'Enhet', en: 'Unit' }, ...coded({ [r.unitId]: unit }, r.unitId) },
          { key: 'status', label: { fi: 'Tila', sv: 'Status', en: 'Status' }, ...coded(statuses, r.status) },
          { key: 'receivedAt', label: { fi: 'Saapunut', sv: 'Ankommen', en: 'Received' }, value: r.createdAt.toISOString(), format: 'dateTime' as const },
          { key: 'handledAt', label: { fi: 'Käsitelty', sv: 'Behandlad', en: 'Handled' }, value: r.handledAt?.toISOString() ?? null, format: 'dateTime' as const },
        ];
      }),
    },
  ];
}

/** Saved assessments (own, and those a guardian answered about the person). */
export async function symptomAssessmentsPersonalData(prisma: PrismaLike, personId: string): Promise<PersonalDataSection[]> {
  const assessments = await prisma.symptomAssessment.findMany({
    where: { OR: [{ personId }, { actingForPersonId: personId }] },
    include: { questionnaire: { select: { name: true } } },
    orderBy: [{ startedAt: 'desc' }, { id: 'asc' }],
  });
  return [
    {
      id: 'symptoms.assessments',
      title: { fi: 'Tallennetut oirearviot', sv: 'Sparade symtombedömningar', en: 'Saved symptom checks' },
      purpose: {
        fi: 'Tallensit vastauksesi, jotta voit jatkaa myöhemmin tai lähettää ne terveysasemalle.',
        sv: 'Du sparade dina svar för att kunna fortsätta senare eller skicka dem till hälsocentralen.',
        en: 'You saved your answers to continue later or to send them to the health centre.',
      },
      records: assessments.map((a) => {
        const questionnaire = trilingual(a.questionnaire.name);
        const urgency = (a.result as { urgency?: string } | null)?.urgency ?? null;
        return [
          { key: 'questionnaire', label: { fi: 'Arvio', sv: 'Bedömning', en: 'Assessment' }, ...coded({ [a.questionnaireId]: questionnaire }, a.questionnaireId) },
          { key: 'answers', label: { fi: 'Vastaukset', sv: 'Svar', en: 'Answers' }, value: JSON.stringify(a.answers) },
          { key: 'urgency', label: { fi: 'Kiireellisyys', sv: 'Brådskandegrad', en: 'Urgency' }, ...(urgency ? coded(urgencies, urgency) : { value: null }) },
          { key: 'startedAt', label: { fi: 'Aloitettu', sv: 'Påbörjad', en: 'Started' }, value: a.startedAt.toISOString(), format: 'dateTime' as const },
          { key: 'completedAt', label: { fi: 'Valmis', sv: 'Klar', en: 'Completed' }, value: a.completedAt?.toISOString() ?? null, format: 'dateTime' as const },
        ];
      }),
    },
  ];
}

/**
 * Luotsi holds a contact request as a work item: what the nurse decides is written in the patient
 * record system, which keeps it as the patient-records decree requires. Handled requests are
 * removed once the period has passed since handling; open ones never expire.
 */
export const symptomsRetention: readonly RetentionRule[] = [
  {
    id: 'symptoms.contact-requests',
    description: 'Handled contact requests after a symptom check, counted from when they were handled.',
    defaultDays: 365,
    purge: async (prisma, cutoff) =>
      (await prisma.contactRequest.deleteMany({ where: { status: { in: [...closedContactRequestStatuses] }, handledAt: { lt: cutoff } } })).count,
  },
  // Saved answers that were never sent are only for resuming an assessment.
  {
    id: 'symptoms.unsent-assessments',
    description: 'Saved symptom assessments that were never sent as a contact request, counted from the last change.',
    defaultDays: 30,
    purge: async (prisma, cutoff) =>
      (await prisma.symptomAssessment.deleteMany({ where: { contactRequest: null, updatedAt: { lt: cutoff } } })).count,
  },
];
