import { demoId } from '@luotsi/db';
import { findPersona } from '@luotsi/identity-domain';

function findResidentCode(subject: string): string {
  const persona = findPersona(subject);
  if (persona?.area !== 'resident') throw new Error(`no resident persona ${subject}`);
  return persona.personalIdentityCode;
}

/**
 * Argument values the generated operations use. Required arguments are filled by type (scalars
 * below, the first value of an enum, the required fields of an input object); a field whose
 * arguments need real values from the seeded data (ids, date ranges) gets an entry in `byField`.
 * Optional arguments are left out unless `byField` names them.
 */
export interface Samples {
  byType: Readonly<Record<string, unknown>>;
  byField: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export const samples: Samples = {
  byType: {
    ID: 'sample-id',
    String: 'sample',
    Int: 1,
    Float: 1,
    Boolean: true,
    Date: '2026-11-23',
    DateTime: '2026-11-23T10:00:00.000Z',
  },
  byField: {
    // A service of the catalogue's hand-written core (public; records a view event).
    'Query.service': { id: demoId('ptv-service', 'perheneuvola') },
    'Query.searchServices': { input: { query: 'perhe', municipalityCodes: ['049'] } },
    // A new set of the caller's unit (its id is derived from the caller and the draft key).
    'Mutation.saveGuidanceSet': {
      input: { draftKey: 'matrix-draft-1', language: 'sv', note: 'Ring gärna först.', items: [{ serviceId: demoId('ptv-service', 'perheneuvola'), note: '' }] },
    },
    // Nobody's set: every allowed caller gets SET_NOT_FOUND, nothing is handed over.
    'Mutation.handOverGuidanceSet': { input: { setId: '00000000-0000-4000-8000-000000000000', channel: 'LINK', idempotencyKey: 'matrix-probe-1' } },
    'Query.guidanceSet': { id: '00000000-0000-4000-8000-000000000000' },
    // Feedback on a core service, the same text each time (kept once).
    'Mutation.sendServiceFeedback': { input: { serviceId: demoId('ptv-service', 'perheneuvola'), kind: 'HELPED', text: '' } },
    // No such feedback: a curator gets null.
    'Mutation.handleServiceFeedback': { input: { id: '00000000-0000-4000-8000-000000000000', note: '' } },
    'Query.serviceTrayStatistics': { from: '2026-11-01', to: '2026-11-30' },
    'Query.indicatorSeries': { indicatorId: 'family.help-requests-received', from: '2026-01-01', to: '2026-06-30' },
    // A request of the unit where the demo family worker and social advisor work.
    'Mutation.replyToHelpRequest': { id: demoId('help-request', 'sleep'), message: 'Soitamme sinulle huomenna.' },
    // Family center: an anonymous request (the same key each time: one request), a reply code
    // nobody has, and closing nobody's request (null for every allowed caller).
    'Mutation.sendHelpRequest': {
      input: { topics: ['sleep'], message: 'Vauva heräilee öisin.', contactMethod: 'anonymous', municipalityCode: '049', idempotencyKey: '00000000-0000-4000-8000-0000000000f1', replyCode: 'MATR-XKPR-QBE2' },
    },
    'Mutation.closeHelpRequest': { id: '00000000-0000-4000-8000-000000000000', closeCode: 'sleep' },
    'Query.familyHelpRequestStatistics': { from: '2026-11-01', to: '2026-11-30' },
    'Query.familyArticleViewStatistics': { from: '2026-11-01', to: '2026-11-30' },
    'Query.familyArticle': { slug: 'vauvan-uni' },
    'Mutation.recordFamilyArticleView': { slug: 'vauvan-uni' },
    // A free first-contact time booked for a persona (only the advisor gets through; one booking).
    'Mutation.bookFirstContact': {
      input: { slotId: demoId('calendar-entry', 'fc-05'), client: { personalIdentityCode: findResidentCode('resident-ville') }, reason: 'Toivoo soittoa aamupäivällä.' },
    },
    // Nobody's time: a resident gets null, which is an answer, not a refusal.
    'Mutation.cancelMyAppointment': { id: '00000000-0000-4000-8000-000000000000' },
    // Nobody's time: a resident gets null (nothing moves).
    'Mutation.moveMyAppointment': { id: '00000000-0000-4000-8000-000000000000', toSlotId: demoId('calendar-entry', 'fc-15') },
    'Query.movableTimes': { appointmentId: demoId('calendar-entry', 'tessa-first-contact') },
    // Pia's client time in her absence, as if seen with someone else: ENTRY_CHANGED, nothing moves.
    'Query.reassignmentCandidates': { entryId: demoId('calendar-entry', 'ville-visit-in-absence') },
    'Mutation.reassignCalendarEntry': {
      entryId: demoId('calendar-entry', 'ville-visit-in-absence'),
      fromStaffId: '00000000-0000-4000-8000-000000000000',
      toStaffId: demoId('staff', 'demo-staff-riitta'),
    },
    // An absence of a team member of the team lead, on a day with nothing else in the demo.
    'Mutation.recordAbsence': { input: { staffId: demoId('staff', 'demo-staff-riitta'), startsAt: '2026-12-14T06:00:00.000Z', endsAt: '2026-12-14T14:00:00.000Z' } },
    'Query.calendarStatistics': { from: '2026-11', to: '2026-12' },
    'Query.myCalendar': { from: '2026-11-23', to: '2026-11-30' },
    'Query.staffCalendar': { staffId: demoId('staff', 'staff-pia'), from: '2026-11-23', to: '2026-11-30' },
    // Nobody's unit and nobody's entry: every caller gets the problem NOT_YOUR_UNIT or NOT_FOUND; nothing is written.
    'Mutation.createCalendarEntry': {
      input: { typeCode: 'documentation', unitId: '00000000-0000-4000-8000-000000000000', date: '2026-12-14', startTime: '14:00', endTime: '15:00', bookable: false },
    },
    'Mutation.updateCalendarEntry': {
      id: '00000000-0000-4000-8000-000000000000',
      input: { typeCode: 'documentation', unitId: '00000000-0000-4000-8000-000000000000', date: '2026-12-14', startTime: '14:00', endTime: '15:00', bookable: false },
    },
    'Mutation.deleteCalendarEntry': { id: '00000000-0000-4000-8000-000000000000' },
    // A danger sign: a complete answer that ends the assessment at once.
    'Query.evaluateSymptomAssessment': { questionnaireId: 'respiratory-infection', answers: '{"severe-breathlessness":"yes"}' },
    'Query.symptomQuestionnaire': { id: 'respiratory-infection' },
    // Incomplete answers are saved as the caller's own assessment.
    'Mutation.saveSymptomAssessment': { input: { questionnaireId: 'respiratory-infection', answers: '{"severe-breathlessness":"no"}' } },
    // Nobody's assessment: a resident gets null, nothing is sent.
    'Mutation.sendSymptomContactRequest': { input: { assessmentId: '00000000-0000-4000-8000-000000000000', consent: true, phone: '040 123 4567' } },
    // No such request: a nurse gets null, nothing changes.
    'Query.symptomContactRequest': { id: '00000000-0000-4000-8000-000000000000' },
    'Mutation.claimSymptomContactRequest': { id: '00000000-0000-4000-8000-000000000000', idempotencyKey: '00000000-0000-4000-8000-000000000001' },
    'Mutation.reassignSymptomContactRequest': { id: '00000000-0000-4000-8000-000000000000', idempotencyKey: '00000000-0000-4000-8000-000000000001', toStaffId: '00000000-0000-4000-8000-000000000002' },
    'Mutation.answerSymptomContactRequest': { id: '00000000-0000-4000-8000-000000000000', idempotencyKey: '00000000-0000-4000-8000-000000000001', message: 'Soitan tänään.' },
    'Mutation.recordSymptomContactRequestCall': { id: '00000000-0000-4000-8000-000000000000', idempotencyKey: '00000000-0000-4000-8000-000000000001', note: 'Ei vastannut.' },
    'Mutation.closeSymptomContactRequest': { id: '00000000-0000-4000-8000-000000000000', idempotencyKey: '00000000-0000-4000-8000-000000000001', outcome: 'advice-given' },
    // The local next step in Espoo; the indicators of the demo month; an anonymous run counted once.
    'Query.symptomLocalNextStep': { urgency: 'same-day', contactUnitType: 'health-centre', municipalityCode: '049' },
    'Query.symptomCheckIndicators': { from: '2026-11-01', to: '2026-11-30' },
    'Mutation.recordSymptomCheckRun': { input: { runId: '00000000-0000-4000-8000-0000000005c1', questionnaireId: 'respiratory-infection' } },
    // Caregiving reports and runs: nobody's agreement, report, area or run; an allowed caller gets null (or nothing), nothing is written.
    'Query.myCareReportMonth': { agreementId: '00000000-0000-4000-8000-000000000000', month: '2026-11' },
    'Mutation.saveMyCareReport': { input: { agreementId: '00000000-0000-4000-8000-000000000000', month: '2026-11', daysOff: [], interruptions: [], expenses: [], submit: false, idempotencyKey: 'matrix-report-1' } },
    'Query.myCareStatement': { month: '2026-11' },
    'Query.careReportMonth': { agreementId: '00000000-0000-4000-8000-000000000000', month: '2026-11' },
    'Mutation.saveCareReportOnBehalf': { input: { agreementId: '00000000-0000-4000-8000-000000000000', month: '2026-11', daysOff: [], interruptions: [], expenses: [], submit: false, idempotencyKey: 'matrix-report-2' } },
    'Mutation.approveCareReport': { id: '00000000-0000-4000-8000-000000000000' },
    'Mutation.returnCareReport': { id: '00000000-0000-4000-8000-000000000000', comment: 'Korjaa vapaapäivät.' },
    'Query.careAdjustments': { agreementId: '00000000-0000-4000-8000-000000000000' },
    'Mutation.addCareAdjustment': { input: { agreementId: '00000000-0000-4000-8000-000000000000', correctsMonth: '2026-10', amountCents: 100, reason: 'Korjaus', idempotencyKey: 'matrix-adjustment-1' } },
    'Query.careMonthlyRun': { serviceAreaId: '00000000-0000-4000-8000-000000000000', month: '2026-11' },
    'Mutation.runCareMonth': { serviceAreaId: '00000000-0000-4000-8000-000000000000', month: '2026-11' },
    'Mutation.markCareRunExported': { runId: '00000000-0000-4000-8000-000000000000' },
    'Query.careStatement': { runId: '00000000-0000-4000-8000-000000000000', carerId: '00000000-0000-4000-8000-000000000000' },
    // Care agreements: nobody's version or agreement (an allowed caller gets null, nothing changes); a real person and template.
    'Query.unitCareAgreement': { id: '00000000-0000-4000-8000-000000000000' },
    'Query.myCareAgreement': { id: '00000000-0000-4000-8000-000000000000' },
    'Query.careAgreementCarerByIdentityCode': { personalIdentityCode: findResidentCode('carer-olli') },
    'Mutation.updateCareAgreementVersion': { versionId: '00000000-0000-4000-8000-000000000000', terms: { type: 'INFORMAL_CARE', language: 'fi', templateId: demoId('care-agreement-template', 'informal-care'), caredPersonName: 'Aune', feeClass: '1', monthlyFeeCents: 53_000, daysOffPerMonth: 2, daysOffAgreed: false, validFrom: '2027-01-01', paymentSchedule: 'MONTHLY' } },
    'Mutation.createCareAgreementAmendment': { agreementId: '00000000-0000-4000-8000-000000000000' },
    'Mutation.sendCareAgreement': { versionId: '00000000-0000-4000-8000-000000000000' },
    'Mutation.countersignCareAgreement': { versionId: '00000000-0000-4000-8000-000000000000' },
    'Mutation.returnCareAgreement': { versionId: '00000000-0000-4000-8000-000000000000', comment: 'Hoidettavan nimi on väärin.' },
    'Mutation.signCareAgreement': { versionId: '00000000-0000-4000-8000-000000000000' },
    'Mutation.updateCareAgreementTemplate': { id: '00000000-0000-4000-8000-000000000000', input: { type: 'INFORMAL_CARE', name: { fi: 'Malli', sv: 'Mall' }, body: { fi: '{{carerName}}', sv: '{{carerName}}' } } },
    // A template of the coordinator (created once per key; no personal data).
    'Mutation.createCareAgreementTemplate': { creationKey: '00000000-0000-4000-8000-0000000000c1', input: { type: 'SUPPORT_PERSON', name: { fi: 'Koemalli', sv: 'Provmall' }, body: { fi: '{{carerName}} {{perTaskFee}}', sv: '{{carerName}} {{perTaskFee}}' } } },
    // A draft for Olli in Kaisa's southern unit, once per key.
    'Mutation.createCareAgreementDraft': {
      creationKey: '00000000-0000-4000-8000-0000000000c2', carerId: demoId('person', findResidentCode('carer-olli')), unitId: demoId('unit', 'OMA-ETE'),
      terms: { type: 'INFORMAL_CARE', language: 'fi', templateId: demoId('care-agreement-template', 'informal-care'), caredPersonName: 'Aune', feeClass: '1', monthlyFeeCents: 53_000, daysOffPerMonth: 2, daysOffAgreed: false, validFrom: '2027-01-01', paymentSchedule: 'MONTHLY' },
    },
  },
};

/**
 * Mutations whose allowed calls change what a later case of the same field would see (say, one
 * that removes the caller's account). The matrix test runs these on a fresh database each; the
 * others share one database, which is safe as long as an allowed call only touches the caller's
 * own data (a refused one touches nothing).
 */
export const isolatedMutations: readonly string[] = [];
