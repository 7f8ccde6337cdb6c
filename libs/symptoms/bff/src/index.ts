import { defineBffModule } from '@luotsi/bff-core';
import { registerSymptomsSchema } from './schema';
import { symptomsSeed } from './seed';
import { symptomsPersonalData, symptomsRetention } from './personal-data';

export { contactRequestHandlerRoles } from './schema';
export { urgencyLevels, isUrgency, contactRequestStatuses, type Urgency, type ContactRequestStatus } from './urgency';

/** Symptom check (oirearvio / symptombedömning): self-assessments and the contact requests that follow. */
export const symptomsModule = defineBffModule({
  id: 'symptoms',
  schema: registerSymptomsSchema,
  seed: symptomsSeed,
  personalData: symptomsPersonalData,
  retention: symptomsRetention,
});
