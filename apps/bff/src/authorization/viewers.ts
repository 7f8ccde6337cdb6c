import type { PrismaClient } from '@luotsi/db';
import { viewerOf, type AuthenticatedUser } from '@luotsi/bff-core';
import type { MatrixRole } from './matrix';

/**
 * Who plays each matrix role: a demo persona (libs/identity/domain/src/personas.ts) where there is
 * one, else a seeded professional with that role (family-worker and editor have no persona).
 * The guardian is the only persona with children under 15; the plain resident has none.
 */
export const roleSubjects: Readonly<Record<MatrixRole, { area: 'resident' | 'staff'; subject: string } | null>> = {
  'anonymous': null,
  'resident': { area: 'resident', subject: 'resident-ville' },
  'guardian': { area: 'resident', subject: 'resident-tessa' },
  'carer': { area: 'resident', subject: 'carer-olli' },
  'nurse': { area: 'staff', subject: 'staff-hanna' },
  'social-advisor': { area: 'staff', subject: 'staff-aino' },
  'family-worker': { area: 'staff', subject: 'demo-staff-eeva' },
  'team-lead': { area: 'staff', subject: 'staff-tiina' },
  'caregiver-coordinator': { area: 'staff', subject: 'staff-kaisa' },
  'service-curator': { area: 'staff', subject: 'staff-kalle' },
  'editor': { area: 'staff', subject: 'demo-staff-sofia' },
  'manager': { area: 'staff', subject: 'staff-mikko' },
  'admin': { area: 'staff', subject: 'staff-anna' },
};

/** The sessions a request of the role carries (one area each: a browser may hold both, personas don't). */
export interface Sessions {
  resident: AuthenticatedUser | null;
  staff: AuthenticatedUser | null;
}

export async function loadSessions(prisma: PrismaClient): Promise<Record<MatrixRole, Sessions>> {
  const entries = await Promise.all(
    Object.entries(roleSubjects).map(async ([role, who]) => {
      const user = who ? await viewerOf(prisma, who.area, who.subject) : null;
      const sessions: Sessions = { resident: who?.area === 'resident' ? user : null, staff: who?.area === 'staff' ? user : null };
      return [role, sessions] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<MatrixRole, Sessions>;
}

/**
 * The demo date's eve (Sunday 2026-11-22, noon in Helsinki): the seeded calendars, queues and
 * agreements are written relative to Monday 2026-11-23.
 */
export const demoNow = new Date('2026-11-22T10:00:00Z');
