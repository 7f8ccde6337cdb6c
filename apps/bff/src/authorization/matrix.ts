/**
 * The authorisation matrix: who may use each root field of the BFF's schema.
 *
 * One entry per field of Query, Mutation and Subscription, keyed `Type.field`, saying for each
 * matrix role what happens when that role calls the field:
 *   - 'allow': the call passes authorisation (and, with the sample arguments of samples.ts, succeeds);
 *   - 'UNAUTHENTICATED': the area the field belongs to has no session (anonymous, or a resident
 *     asking for staff data and vice versa): the UI offers that sign-in;
 *   - 'FORBIDDEN': signed in to the right area, but without the role.
 * That split is the BFF's refusal rule (libs/bff/core/src/builder.ts).
 *
 * matrix.spec.ts builds an operation for every root field and runs it as every role against a
 * seeded database; a field without an entry, an entry without a field, or any cell that differs
 * fails the test. Adding a field = one line here, usually with one of the row helpers:
 *   'Query.myThings': residents,
 *   'Query.unitThings': staffWith('nurse'),
 *   'Mutation.doThing': except(residents, { guardian: 'FORBIDDEN' }),
 *
 * The matrix says who may *ask*. Which objects come back (own, children's, own units') is tested
 * by object-level.spec.ts; fields that may legitimately return other people's objects when given
 * their ids are listed in `mayReachOthersObjects` below.
 *
 * Keep the role lists here literal: importing a module's role constant would make the test agree
 * with whatever the code says.
 */
import { staffRoles, type StaffRole } from '@luotsi/identity-domain';

/** The roles the matrix is checked for: signed out, three kinds of residents, every staff role. */
export const residentMatrixRoles = ['resident', 'guardian', 'carer'] as const;
export const matrixRoles = ['anonymous', ...residentMatrixRoles, ...staffRoles] as const;
export type MatrixRole = (typeof matrixRoles)[number];

export type Outcome = 'allow' | 'UNAUTHENTICATED' | 'FORBIDDEN';
export type Row = Readonly<Record<MatrixRole, Outcome>>;

function row(outcome: (role: MatrixRole) => Outcome): Row {
  return Object.fromEntries(matrixRoles.map((role) => [role, outcome(role)])) as Row;
}

const isResident = (role: MatrixRole) => (residentMatrixRoles as readonly string[]).includes(role);
const isStaff = (role: MatrixRole): role is StaffRole => (staffRoles as readonly string[]).includes(role);

/** Anyone, signed in or not. */
export const everyone: Row = row(() => 'allow');
/** Any signed-in resident (guardians and carers are residents); others must sign in as a resident. */
export const residents: Row = row((role) => (isResident(role) ? 'allow' : 'UNAUTHENTICATED'));
/** Residents with a care agreement; other residents are refused, the rest must sign in as a resident. */
export const carers: Row = row((role) => (role === 'carer' ? 'allow' : isResident(role) ? 'FORBIDDEN' : 'UNAUTHENTICATED'));
/** Any signed-in professional; others must sign in as staff. */
export const anyStaff: Row = row((role) => (isStaff(role) ? 'allow' : 'UNAUTHENTICATED'));
/** Professionals with one of these roles; other professionals are refused, the rest must sign in as staff. */
export function staffWith(...roles: StaffRole[]): Row {
  return row((role) => (isStaff(role) ? (roles.includes(role) ? 'allow' : 'FORBIDDEN') : 'UNAUTHENTICATED'));
}
/** A row with some cells changed. */
export function except(base: Row, cells: Partial<Row>): Row {
  return { ...base, ...cells };
}

export const authorizationMatrix: Readonly<Record<string, Row>> = {
  // identity
  'Query.me': residents,
  'Query.staffMe': anyStaff,
  'Mutation.setMyLanguage': residents,
  // family
  'Query.familyArticles': everyone,
  'Query.familyHelpRequests': staffWith('family-worker', 'social-advisor'),
  'Mutation.replyToHelpRequest': staffWith('family-worker', 'social-advisor'),
  'Query.familyArticle': everyone,
  'Mutation.recordFamilyArticleView': everyone,
  'Mutation.sendHelpRequest': everyone,
  'Mutation.readHelpRequestReply': everyone,
  'Query.myHelpRequests': residents,
  'Query.familyHelpRequest': staffWith('family-worker', 'social-advisor'),
  'Mutation.claimHelpRequest': staffWith('family-worker', 'social-advisor'),
  'Mutation.closeHelpRequest': staffWith('family-worker', 'social-advisor'),
  'Query.familyHelpRequestStatistics': staffWith('manager', 'team-lead'),
  'Query.familyArticleViewStatistics': staffWith('manager', 'team-lead'),
  // symptoms
  'Query.symptomQuestionnaires': everyone,
  'Query.symptomContactRequests': staffWith('nurse'),
  'Query.symptomQuestionnaire': everyone,
  'Query.evaluateSymptomAssessment': everyone,
  'Query.mySymptomAssessments': residents,
  'Query.mySymptomContactRequests': residents,
  'Mutation.saveSymptomAssessment': residents,
  'Mutation.sendSymptomContactRequest': residents,
  'Query.symptomContactRequest': staffWith('nurse'),
  'Query.symptomQueueColleagues': staffWith('nurse'),
  'Mutation.claimSymptomContactRequest': staffWith('nurse'),
  'Mutation.reassignSymptomContactRequest': staffWith('nurse'),
  'Mutation.answerSymptomContactRequest': staffWith('nurse'),
  'Mutation.recordSymptomContactRequestCall': staffWith('nurse'),
  'Mutation.closeSymptomContactRequest': staffWith('nurse'),
  'Subscription.symptomQueueEvents': staffWith('nurse'),
  'Query.symptomLocalNextStep': everyone,
  'Query.symptomCheckIndicators': staffWith('manager', 'team-lead'),
  'Mutation.recordSymptomCheckRun': everyone,
  // services
  'Query.serviceCatalogue': everyone,
  'Query.serviceMunicipalities': everyone,
  'Query.serviceCatalogueStats': staffWith('service-curator'),
  'Query.searchServices': everyone,
  'Query.service': everyone,
  // service tray: guidance, feedback, diagnostics, statistics
  'Query.guidanceSets': staffWith('social-advisor', 'nurse', 'family-worker'),
  'Query.guidanceSet': staffWith('social-advisor', 'nurse', 'family-worker'),
  'Mutation.saveGuidanceSet': staffWith('social-advisor', 'nurse', 'family-worker'),
  'Mutation.handOverGuidanceSet': staffWith('social-advisor', 'nurse', 'family-worker'),
  'Query.guidanceByToken': everyone,
  'Mutation.sendServiceFeedback': everyone,
  'Query.serviceFeedback': staffWith('service-curator'),
  'Query.serviceFeedbackCounts': staffWith('service-curator'),
  'Mutation.handleServiceFeedback': staffWith('service-curator'),
  'Query.serviceDiagnostics': staffWith('service-curator'),
  'Query.serviceTrayStatistics': staffWith('manager', 'service-curator'),
  // caregiving
  'Query.myCareAgreements': carers,
  'Query.unitCareAgreements': staffWith('caregiver-coordinator'),
  // caregiving: agreement versions, templates and e-signing
  'Query.careAgreementTemplates': staffWith('caregiver-coordinator'),
  'Mutation.createCareAgreementTemplate': staffWith('caregiver-coordinator'),
  'Mutation.updateCareAgreementTemplate': staffWith('caregiver-coordinator'),
  'Query.careAgreementCarers': staffWith('caregiver-coordinator'),
  'Query.careAgreementCarerByIdentityCode': staffWith('caregiver-coordinator'),
  'Query.unitCareAgreement': staffWith('caregiver-coordinator'),
  'Mutation.createCareAgreementDraft': staffWith('caregiver-coordinator'),
  'Mutation.updateCareAgreementVersion': staffWith('caregiver-coordinator'),
  'Mutation.createCareAgreementAmendment': staffWith('caregiver-coordinator'),
  'Mutation.sendCareAgreement': staffWith('caregiver-coordinator'),
  'Mutation.countersignCareAgreement': staffWith('caregiver-coordinator'),
  'Query.myCareAgreementsToSign': residents,
  'Query.myCareAgreement': residents,
  'Mutation.returnCareAgreement': residents,
  'Mutation.signCareAgreement': residents,
  // caregiving: monthly reports, approval, runs, payroll and statements
  'Query.myCareReportMonth': carers,
  'Query.myCareReports': carers,
  'Mutation.saveMyCareReport': carers,
  'Query.myCareStatements': carers,
  'Query.myCareStatement': carers,
  'Query.careReportMonth': staffWith('caregiver-coordinator'),
  'Query.careReportQueue': staffWith('caregiver-coordinator'),
  'Mutation.saveCareReportOnBehalf': staffWith('caregiver-coordinator'),
  'Mutation.approveCareReport': staffWith('caregiver-coordinator'),
  'Mutation.returnCareReport': staffWith('caregiver-coordinator'),
  'Query.careAdjustments': staffWith('caregiver-coordinator'),
  'Mutation.addCareAdjustment': staffWith('caregiver-coordinator'),
  'Query.careRunServiceAreas': staffWith('caregiver-coordinator'),
  'Query.careMonthlyRun': staffWith('caregiver-coordinator'),
  'Mutation.runCareMonth': staffWith('caregiver-coordinator'),
  'Mutation.markCareRunExported': staffWith('caregiver-coordinator'),
  'Query.careStatement': staffWith('caregiver-coordinator'),
  // appointments
  'Query.calendarEntryTypes': anyStaff,
  'Query.myAppointments': residents,
  'Query.firstContactTimes': staffWith('social-advisor'),
  'Mutation.bookFirstContact': staffWith('social-advisor'),
  'Mutation.cancelMyAppointment': residents,
  'Mutation.moveMyAppointment': residents,
  'Query.movableTimes': residents,
  'Query.teamAbsences': staffWith('team-lead'),
  'Query.teamMembers': staffWith('team-lead'),
  'Query.reassignmentCandidates': staffWith('team-lead'),
  'Mutation.reassignCalendarEntry': staffWith('team-lead'),
  'Mutation.recordAbsence': staffWith('team-lead'),
  'Query.calendarStatistics': staffWith('team-lead', 'manager'),
  'Query.myCalendar': anyStaff,
  'Query.staffCalendar': anyStaff,
  'Query.calendarColleagues': anyStaff,
  'Mutation.createCalendarEntry': anyStaff,
  'Mutation.updateCalendarEntry': anyStaff,
  'Mutation.deleteCalendarEntry': anyStaff,
  // insights
  'Query.indicators': staffWith('manager', 'admin'),
  'Query.insightsServiceAreas': staffWith('manager', 'admin'),
  'Query.indicatorSeries': staffWith('manager', 'admin'),
  // privacy
  'Query.myAccessLog': residents,
  'Query.accessLogEntries': staffWith('admin'),
  'Query.myOptionalData': residents,
  'Mutation.deleteMyOptionalData': residents,
  // messages
  'Query.myMessages': residents,
  'Mutation.markMessageRead': residents,
  'Query.notificationDeliveries': staffWith('admin'),
  'Query.notificationTemplatePreviews': staffWith('admin'),
  'Mutation.retryNotificationDelivery': staffWith('admin'),
  'Mutation.cancelNotificationDelivery': staffWith('admin'),
  // jobs (the job queue's admin view)
  'Query.jobRuns': staffWith('admin'),
};

/**
 * Object types that are nobody's personal data (reference data, catalogue content, the
 * professional's own units). The object-level test treats every other type with an `id` as
 * someone's: a new type is personal until it is listed here.
 */
export const referenceDataTypes: readonly string[] = [
  'Article', 'CalendarEntryType', 'Indicator', 'InsightsServiceArea', 'Municipality', 'Organization',
  'Questionnaire', 'Service', 'Unit',
  // The unit named in an access-log entry (a Unit variant).
  'AccessLogUnit',
  // A run of a background job: its name, state and times, no personal data.
  'JobRun',
  // A questionnaire's questions and rules from the engine (symptom check), the same for everyone.
  'SymptomQuestionnaireDefinition',
  // The local next step of a symptom result: catalogue services, their phones and hours (no personal data).
  'SymptomLocalNextStep', 'SymptomLocalPlace', 'SymptomLocalPhone', 'SymptomOpeningHours',
  // Aggregated indicators with small counts suppressed.
  'SymptomCheckIndicators', 'SymptomIndicatorCount', 'SymptomIndicatorUrgencyCount',
  // A service channel of the national catalogue (PTV): catalogue content, service numbers only.
  'ServiceChannel',
  // A colleague of the nurse's own unit (name and id) for reassigning a request: no client data.
  'SymptomQueueColleague',
  // A service area whose monthly care-fee runs the coordinator makes: a name and a code.
  'CareRunServiceArea',
  // An agreement template written by coordinators: text with {{fields}}, no personal data.
  'CareAgreementTemplate',
];

/**
 * Types shown newest first from a store that grows while people use the system (the access log
 * grows with every read): older ones drop off the first page, so the object-level test does not
 * read their disappearing as a deletion. Changes to ones still shown are still caught.
 */
export const growingTypes: readonly string[] = ['AccessLogEntry'];

/**
 * Root fields through which some roles may legitimately reach objects that other people's views
 * showed, by id (e.g. an administrator searching the access log by client). Each entry says why.
 */
export const mayReachOthersObjects: Readonly<Record<string, { roles: readonly MatrixRole[]; why: string }>> = {
  'Query.accessLogEntries': {
    roles: ['admin'],
    why: 'Administrators search the whole access log by client or professional (supervision, information requests); each client shown is itself logged.',
  },
  'Mutation.createCareAgreementDraft': {
    roles: ['caregiver-coordinator'],
    why: 'A coordinator drafts a first agreement for any resident who becomes a carer in her unit (chosen by identity code); the agreement is then in her unit, and the draft is access-logged.',
  },
  'Query.careAgreementCarerByIdentityCode': {
    roles: ['caregiver-coordinator'],
    why: 'A coordinator finds a future carer by personal identity code to draft their first agreement; each look-up is access-logged.',
  },
};
