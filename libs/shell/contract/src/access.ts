import type { ModuleAccess, ModuleManifest } from './manifest';

/** The signed-in user as the shell sees it: only what it needs to decide navigation. */
export interface Viewer {
  signedIn: boolean;
  roles: readonly string[];
}

/**
 * Whether a viewer may see a route or nav entry. The default is the strictest: signed in.
 * This only shapes the UI; the BFF authorises every piece of data on its own.
 */
export function canAccess(access: ModuleAccess | undefined, viewer: Viewer, moduleRoles?: readonly string[]): boolean {
  const effective = access ?? { kind: 'signed-in' as const };
  if (effective.kind === 'public') return true;
  if (!viewer.signedIn) return false;
  const required = effective.roles ?? moduleRoles ?? [];
  return required.length === 0 || required.some((role) => viewer.roles.includes(role));
}

export function moduleVisibleTo(manifest: Pick<ModuleManifest, 'requiredRoles'>, viewer: Viewer): boolean {
  const required = manifest.requiredRoles ?? [];
  return required.length === 0 || required.some((role) => viewer.roles.includes(role));
}
