import { demoId } from '@luotsi/db';
import { findPersona } from '@luotsi/identity-domain';

function residentCode(subject: string): string {
  const persona = findPersona(subject);
  if (persona?.area !== 'resident') throw new Error(`no resident persona ${subject}`);
  return persona.personalIdentityCode;
}

/**
 * Optional realistic arguments per mutation, for the fuzz run to start from: it replaces one
 * value at a time with a hostile one, which reaches validation and the write path more often
 * than fully random input does. A mutation without an entry is still fuzzed from its types.
 * Add an entry when a mutation needs ids or combinations that random values never hit.
 */
export const validInputs: Readonly<Record<string, readonly Record<string, unknown>[]>> = {
  setMyLanguage: [{ language: 'sv' }, { language: 'en' }],
  replyToHelpRequest: [
    { id: demoId('help-request', 'sleep'), message: 'Kiitos viestistä. Soitamme huomenna.' },
    { id: demoId('help-request', 'anonymous'), message: 'Rad ett\nrad två' },
  ],
  markMessageRead: [{ id: '00000000-0000-4000-8000-000000000000' }],
  bookFirstContact: [
    { input: { slotId: demoId('calendar-entry', 'fc-07'), client: { personalIdentityCode: residentCode('resident-tessa') }, reason: 'Nuori tarvitsee tukea koulunkäyntiin.' } },
    { input: { slotId: demoId('calendar-entry', 'fc-08'), client: { personalIdentityCode: residentCode('carer-olli') }, reason: 'Rivi yksi\nrivi kaksi' } },
    {
      input: {
        slotId: demoId('calendar-entry', 'fc-11'),
        client: { contact: { firstName: 'Maija', lastName: 'Mäkelä', birthDate: '1979-06-02', municipalityCode: '049', phone: '040 765 4321', email: 'maija@example.com', language: 'sv' } },
        reason: 'Soitti ilman henkilötunnusta.',
      },
    },
  ],
  cancelMyAppointment: [{ id: demoId('calendar-entry', 'tessa-first-contact') }, { id: demoId('calendar-entry', 'tessa-home-visit') }],
  moveMyAppointment: [
    { id: demoId('calendar-entry', 'tessa-first-contact'), toSlotId: demoId('calendar-entry', 'fc-15') },
    { id: demoId('calendar-entry', 'tessa-home-visit'), toSlotId: demoId('calendar-entry', 'fc-18') },
  ],
  reassignCalendarEntry: [
    { entryId: demoId('calendar-entry', 'ville-visit-in-absence'), fromStaffId: demoId('staff', 'staff-pia'), toStaffId: demoId('staff', 'demo-staff-riitta') },
  ],
  recordAbsence: [
    { input: { staffId: demoId('staff', 'demo-staff-riitta'), startsAt: '2026-12-15T06:00:00.000Z', endsAt: '2026-12-15T14:00:00.000Z', note: 'Koulutus' } },
  ],
  createCalendarEntry: [
    { input: { typeCode: 'documentation', unitId: demoId('unit', 'PNE-ESP'), date: '2026-12-14', startTime: '14:00', endTime: '15:00', title: 'Kirjaukset', bookable: false } },
    {
      input: {
        typeCode: 'first-contact', unitId: demoId('unit', 'PNE-ESP'), date: '2026-12-21', startTime: '09:00', endTime: '10:30', bookable: true,
        contactMode: 'VISIT',
        recurrence: { frequency: 'WEEKLY', interval: 1, weekdays: [1, 4], count: 4 },
      },
    },
  ],
  deleteCalendarEntry: [{ id: demoId('calendar-entry', 'pia-documentation'), scope: 'THIS' }],
  retryNotificationDelivery: [{ id: '00000000-0000-4000-8000-000000000000' }],
  cancelNotificationDelivery: [{ id: '00000000-0000-4000-8000-000000000000' }],
  saveSymptomAssessment: [
    { input: { questionnaireId: 'respiratory-infection', answers: '{"severe-breathlessness":"no","blue-lips":"no"}' } },
    { input: { questionnaireId: 'phq-9', answers: '{}' } },
  ],
  sendSymptomContactRequest: [
    { input: { assessmentId: '00000000-0000-4000-8000-000000000000', consent: true, phone: '040 123 4567', email: 'tessa@example.com' } },
  ],
};
