import type { BffModule } from '@luotsi/bff-core';
import { remoteName } from '@luotsi/shell-contract';
import { familyModule } from '@luotsi/family-bff';
import { identityModule } from '@luotsi/identity-bff';
import type { FrontendModule } from './registry';

/**
 * The BFF's modules. Adding a module = one line here (the generator writes it).
 * `frontend` names the micro-frontend the shell composes for it, if any.
 */
export const bffModules: readonly BffModule[] = [
  identityModule,
  familyModule,
];

/** The remotes listed in /modules.json, in navigation order. */
export const frontendModules: readonly Omit<FrontendModule, 'devOrigin'>[] = [
  { id: 'family-center', remoteName: remoteName('family-center') },
];

/** Development ports of the remotes' Vite dev servers (see each app's vite.config.ts). */
export const devPorts: Record<string, number> = {
  'family-center': 4301,
};
