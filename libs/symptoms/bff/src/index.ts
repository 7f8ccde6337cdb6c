import { defineBffModule } from '@luotsi/bff-core';
import { registerSymptomsSchema } from './schema';
import { symptomsSeed } from './seed';
import { symptomAssessmentsPersonalData, symptomsPersonalData, symptomsRetention } from './personal-data';
import { symptomContactRequestAnswered } from './queue/notifications';

export { contactRequestHandlerRoles } from './schema';
export { urgencyLevels, isUrgency, contactRequestStatuses, type Urgency, type ContactRequestStatus } from './urgency';
export { isEmailAddress, isPhoneNumber } from './contact-input';
export { symptomContactRequestAnswered } from './queue/notifications';
export { queueTopic } from './queue/events';

/** Symptom check (oirearvio / symptombedömning): self-assessments and the contact requests that follow. */
export const symptomsModule = defineBffModule({
  id: 'symptoms',
  schema: registerSymptomsSchema,
  seed: symptomsSeed,
  // A resident's contact requests and their saved (unsent) assessments.
  personalData: async (prisma, personId) => [
    ...(await symptomsPersonalData(prisma, personId)),
    ...(await symptomAssessmentsPersonalData(prisma, personId)),
  ],
  retention: symptomsRetention,
  notifications: [symptomContactRequestAnswered],
});
