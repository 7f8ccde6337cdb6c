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
  sendHelpRequest: [
    { input: { topics: ['sleep', 'parenting'], message: 'Lapsi heräilee.\nMitä teemme?', contactMethod: 'anonymous', municipalityCode: '049', idempotencyKey: '00000000-0000-4000-8000-0000000000f2', replyCode: 'FUZZ-KEYS-2345' } },
    { input: { topics: ['money'], message: 'Soittakaa.', contactMethod: 'phone', phone: '040 123 4567', municipalityCode: '710', idempotencyKey: '00000000-0000-4000-8000-0000000000f3' } },
  ],
  readHelpRequestReply: [{ code: 'PERH-EAPU-2345' }],
  claimHelpRequest: [{ id: demoId('help-request', 'esp-new') }],
  closeHelpRequest: [{ id: demoId('help-request', 'esp-today'), closeCode: 'parent-wellbeing' }],
  recordFamilyArticleView: [{ slug: 'vauvan-uni' }],
  markMessageRead: [{ id: '00000000-0000-4000-8000-000000000000' }],
  saveGuidanceSet: [
    {
      input: {
        draftKey: 'fuzz-draft-1', personalIdentityCode: residentCode('resident-tessa'), language: 'fi', note: 'Rivi yksi\nrivi kaksi',
        items: [{ serviceId: demoId('ptv-service', 'perheneuvola'), note: 'Soita ensin.' }, { serviceId: demoId('ptv-service', 'kohtaamo-perhekahvila'), note: '' }],
      },
    },
  ],
  handOverGuidanceSet: [{ input: { setId: demoId('guidance-set', 'tessa-family'), channel: 'LINK', idempotencyKey: 'fuzz-handover-1' } }],
  sendServiceFeedback: [
    { input: { serviceId: demoId('ptv-service', 'perheneuvola'), kind: 'WRONG_INFORMATION', text: 'Aukioloajat ovat muuttuneet.' } },
    { input: { serviceId: demoId('ptv-service', 'kohtaamo-perhekahvila'), kind: 'HELPED', text: '' } },
  ],
  handleServiceFeedback: [{ input: { id: '00000000-0000-4000-8000-000000000000', note: 'Korjattu PTV:hen.' } }],
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
  createCareAgreementTemplate: [
    { creationKey: '00000000-0000-4000-8000-0000000000d1', input: { type: 'SUPPORT_FAMILY', name: { fi: 'Tukiperhe', sv: 'Stödfamilj' }, body: { fi: '{{carerName}}\n{{perDayFee}}', sv: '{{carerName}}\n{{perDayFee}}', en: '' } } },
  ],
  createCareAgreementDraft: [
    {
      creationKey: '00000000-0000-4000-8000-0000000000d2', carerId: demoId('person', residentCode('carer-pirjo')), unitId: demoId('unit', 'OMA-ETE'),
      terms: { type: 'SUPPORT_PERSON', language: 'sv', templateId: demoId('care-agreement-template', 'support-person'), caredPersonName: 'Toni', perTaskFeeCents: 3_000, daysOffPerMonth: 0, daysOffAgreed: false, validFrom: '2027-01-01', validTo: '2027-12-31', paymentSchedule: 'PER_VISIT' },
    },
  ],
  sendCareAgreement: [{ versionId: demoId('care-agreement-version', demoId('care-agreement', 'juha')) }],
  returnCareAgreement: [{ versionId: demoId('care-agreement-version', demoId('care-agreement', 'juha')), comment: 'Rivi yksi\nrivi kaksi' }],
  createCareAgreementAmendment: [{ agreementId: demoId('care-agreement', 'erik') }],
  saveMyCareReport: [
    {
      input: {
        agreementId: demoId('care-agreement', 'olli'), month: '2026-11', daysOff: ['2026-11-07', '2026-11-08'],
        interruptions: [{ kind: 'HOSPITAL_STAY', from: '2026-11-16', to: '2026-11-18' }], expenses: [], submit: false, idempotencyKey: 'fuzz-report-olli-1',
      },
    },
  ],
  saveCareReportOnBehalf: [
    {
      input: {
        agreementId: demoId('care-agreement', 'pirjo-niko'), month: '2026-11', daysOff: [], interruptions: [],
        expenses: [{ date: '2026-11-10', amountCents: 2450, description: 'Lääkkeet' }], submit: true, idempotencyKey: 'fuzz-report-pirjo-1',
      },
    },
  ],
  addCareAdjustment: [
    { input: { agreementId: demoId('care-agreement', 'pirjo-niko'), correctsMonth: '2026-10', days: 1, reason: 'Korjaus', idempotencyKey: 'fuzz-adjustment-1' } },
  ],
  retryNotificationDelivery: [{ id: '00000000-0000-4000-8000-000000000000' }],
  cancelNotificationDelivery: [{ id: '00000000-0000-4000-8000-000000000000' }],
  saveSymptomAssessment: [
    { input: { questionnaireId: 'respiratory-infection', answers: '{"severe-breathlessness":"no","blue-lips":"no"}' } },
    { input: { questionnaireId: 'phq-9', answers: '{}' } },
  ],
  sendSymptomContactRequest: [
    { input: { assessmentId: '00000000-0000-4000-8000-000000000000', consent: true, phone: '040 123 4567', email: 'tessa@example.com' } },
  ],
  claimSymptomContactRequest: [{ id: demoId('contact-request', 'esp-1'), idempotencyKey: '6f1c2d3e-4a5b-4c6d-8e7f-000000000001' }],
  answerSymptomContactRequest: [
    { id: demoId('contact-request', 'esp-2'), idempotencyKey: '6f1c2d3e-4a5b-4c6d-8e7f-000000000002', message: 'Soitan sinulle tänään.\nTerveisin Hanna' },
  ],
  recordSymptomContactRequestCall: [{ id: demoId('contact-request', 'esp-4'), idempotencyKey: '6f1c2d3e-4a5b-4c6d-8e7f-000000000003', note: 'Ei vastannut.' }],
  closeSymptomContactRequest: [{ id: demoId('contact-request', 'esp-5'), idempotencyKey: '6f1c2d3e-4a5b-4c6d-8e7f-000000000004', outcome: 'advice-given' }],
  recordSymptomCheckRun: [
    { input: { runId: '00000000-0000-4000-8000-0000000005c2', questionnaireId: 'respiratory-infection', municipalityCode: '049' } },
    { input: { runId: '00000000-0000-4000-8000-0000000005c3', questionnaireId: 'respiratory-infection', answers: '{"severe-breathlessness":"yes"}' } },
  ],
};
