import type { BffModule } from '@luotsi/bff-core';
import { remoteName } from '@luotsi/shell-contract';
import { familyModule } from '@luotsi/family-bff';
import { identityModule } from '@luotsi/identity-bff';
import { symptomsModule } from '@luotsi/symptoms-bff';
import { servicesModule } from '@luotsi/services-bff';
import { caregivingModule } from '@luotsi/caregiving-bff';
import { appointmentsModule } from '@luotsi/appointments-bff';
import { insightsModule } from '@luotsi/insights-bff';
import { privacyModule } from '@luotsi/privacy-bff';
import { messagesModule } from '@luotsi/messages-bff';
import { jobsModule } from '@luotsi/jobs';
import type { FrontendModule } from './registry';

/**
 * The BFF's modules. Adding a module = one line here (the generator writes it).
 * `frontend` names the micro-frontend the shell composes for it, if any.
 */
export const bffModules: readonly BffModule[] = [
  identityModule,
  familyModule,
  symptomsModule,
  servicesModule,
  caregivingModule,
  appointmentsModule,
  insightsModule,
  privacyModule,
  messagesModule,
  jobsModule,
];

/** The remotes listed in /modules.json, in navigation order. */
export const frontendModules: readonly Omit<FrontendModule, 'devOrigin'>[] = [
  { id: 'family-center', remoteName: remoteName('family-center') },
  { id: 'symptom-check', remoteName: remoteName('symptom-check') },
  { id: 'service-tray', remoteName: remoteName('service-tray') },
  { id: 'caregiver-portal', remoteName: remoteName('caregiver-portal') },
  { id: 'appointments', remoteName: remoteName('appointments') },
  { id: 'insights', remoteName: remoteName('insights') },
  { id: 'privacy', remoteName: remoteName('privacy') },
  { id: 'messages', remoteName: remoteName('messages') },
];

/** Development ports of the remotes' Vite dev servers (see each app's vite.config.ts). */
export const devPorts: Record<string, number> = {
  'family-center': 4301,
  'symptom-check': 4302,
  'service-tray': 4303,
  'caregiver-portal': 4304,
  'appointments': 4305,
  'insights': 4306,
  'privacy': 4307,
  'messages': 4308,
};
