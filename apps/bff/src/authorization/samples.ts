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
  },
};

/**
 * Mutations whose allowed calls change what a later case of the same field would see (say, one
 * that removes the caller's account). The matrix test runs these on a fresh database each; the
 * others share one database, which is safe as long as an allowed call only touches the caller's
 * own data (a refused one touches nothing).
 */
export const isolatedMutations: readonly string[] = [];
