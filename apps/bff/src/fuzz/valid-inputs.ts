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
  ],
  cancelMyAppointment: [{ id: demoId('calendar-entry', 'tessa-first-contact') }, { id: demoId('calendar-entry', 'tessa-home-visit') }],
  retryNotificationDelivery: [{ id: '00000000-0000-4000-8000-000000000000' }],
  cancelNotificationDelivery: [{ id: '00000000-0000-4000-8000-000000000000' }],
};
