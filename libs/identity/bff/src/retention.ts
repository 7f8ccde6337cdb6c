import type { RetentionRule } from '@luotsi/bff-core';

/**
 * Clients known only by name and contact details (social-services advice booked a time for
 * someone without a personal identity code) have no population-register record to keep them by.
 * Once nothing in Luotsi refers to them any more (their bookings' client was cleared by the
 * appointments rule, no requests, agreements or guardianships) and the period has passed since
 * they were added, the person row itself goes. Persons with a code or a login are never removed
 * here: they come from the population data.
 */
export const identityRetention: readonly RetentionRule[] = [
  {
    id: 'identity.clients-without-code',
    description: 'Persons without a personal identity code or a login, with nothing left that refers to them, counted from when they were added.',
    defaultDays: 90,
    purge: async (prisma, cutoff) =>
      (
        await prisma.person.deleteMany({
          where: {
            personalIdentityCode: null,
            oidcSubject: null,
            createdAt: { lt: cutoff },
            clientCalendarEntries: { none: {} },
            clientCalendarSeries: { none: {} },
            helpRequests: { none: {} },
            contactRequests: { none: {} },
            careAgreements: { none: {} },
            guardianOf: { none: {} },
            guardians: { none: {} },
          },
        })
      ).count,
  },
];
