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
    'Query.indicatorSeries': { indicatorId: 'family.help-requests-received', from: '2026-01-01', to: '2026-06-30' },
    // A request of the unit where the demo family worker and social advisor work.
    'Mutation.replyToHelpRequest': { id: demoId('help-request', 'sleep'), message: 'Soitamme sinulle huomenna.' },
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
  },
};

/**
 * Mutations whose allowed calls change what a later case of the same field would see (say, one
 * that removes the caller's account). The matrix test runs these on a fresh database each; the
 * others share one database, which is safe as long as an allowed call only touches the caller's
 * own data (a refused one touches nothing).
 */
export const isolatedMutations: readonly string[] = [];
