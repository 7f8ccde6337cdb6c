import {
  canAccess, moduleVisibleTo, type Language, type ModuleAccess, type ModuleArea, type ModuleMetadata,
} from '@luotsi/shell-contract';
import { personaDisplayName, personas, type Persona } from '@luotsi/identity-domain';

/**
 * The portal's own description of itself: /modules.json lists every module with the metadata its
 * build derived from its manifest (areas, routes, access, navigation labels). The specs derive
 * routes and expected navigation from it, so a newly built module is covered without edits here.
 */
export interface RegistryModule {
  id: string;
  remoteName: string;
  remoteEntry: string;
  enabled: boolean;
  /** null when the BFF found no built remote (its luotsi-module.json) for the module. */
  metadata: ModuleMetadata | null;
}

export type BuiltModule = RegistryModule & { metadata: ModuleMetadata };

export async function fetchModules(baseUrl: string): Promise<RegistryModule[]> {
  const response = await fetch(`${baseUrl}/modules.json`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`/modules.json answered ${response.status}`);
  const body = (await response.json()) as { modules: RegistryModule[] };
  return body.modules;
}

/** Enabled modules whose remote was built (the shell composes only those). */
export function builtModules(modules: readonly RegistryModule[]): BuiltModule[] {
  return modules.filter((m): m is BuiltModule => m.enabled && m.metadata !== null);
}

export interface PortalRoute {
  moduleId: string;
  area: ModuleArea;
  /** Path below the area root without leading slash: 'family-center', 'service-tray/services'. */
  path: string;
  access: ModuleAccess | undefined;
  /** The module's requiredRoles (they govern staff routes without roles of their own). */
  moduleRoles: readonly string[];
}

const joinSegments = (...parts: string[]) => parts.flatMap((p) => p.split('/')).filter(Boolean).join('/');

/**
 * Every route of an area. Routes with parameters (':id') cannot be visited without knowing an id
 * and are returned separately, so a spec can say it skipped them.
 */
export function routesOf(modules: readonly BuiltModule[], area: ModuleArea): { routes: PortalRoute[]; parameterised: string[] } {
  const routes: PortalRoute[] = [];
  const parameterised: string[] = [];
  for (const module of modules) {
    const definition = module.metadata.areas[area];
    if (!definition) continue;
    for (const route of definition.routes) {
      const path = joinSegments(definition.basePath, route.path);
      if (path.split('/').some((segment) => segment.startsWith(':') || segment === '*')) {
        parameterised.push(`${module.id}: ${path}`);
        continue;
      }
      routes.push({ moduleId: module.id, area, path, access: route.access, moduleRoles: module.metadata.requiredRoles });
    }
  }
  return { routes, parameterised };
}

export const isPublic = (route: PortalRoute) => route.access?.kind === 'public';

/**
 * The labels of the resident navigation for someone not signed in: public entries, and entries
 * that need only sign-in (the page then offers it). Entries for particular roles are hidden.
 */
export function anonymousResidentNav(modules: readonly BuiltModule[], language: Language): string[] {
  return modules.flatMap((m) =>
    (m.metadata.areas.resident?.nav ?? [])
      .filter((entry) => entry.access?.kind === 'public' || !(entry.access && 'roles' in entry.access && entry.access.roles?.length))
      .map((entry) => m.metadata.navLabels[language][entry.labelKey] ?? entry.labelKey),
  );
}

/** The labels of the staff navigation a professional with these roles is given. */
export function staffNav(modules: readonly BuiltModule[], language: Language, roles: readonly string[]): string[] {
  const viewer = { signedIn: true, roles };
  return modules
    .filter((m) => moduleVisibleTo(m.metadata, viewer))
    .flatMap((m) =>
      (m.metadata.areas.staff?.nav ?? [])
        .filter((entry) => canAccess(entry.access, viewer, m.metadata.requiredRoles))
        .map((entry) => m.metadata.navLabels[language][entry.labelKey] ?? entry.labelKey),
    );
}

export function personaByName(name: string): Persona {
  const persona = personas.find((p) => personaDisplayName(p) === name);
  if (!persona) throw new Error(`No demo persona called ${name}`);
  return persona;
}

/** A demo persona of the route's area who may open it (the first one in the picker's order). */
export function personaFor(route: PortalRoute): Persona | undefined {
  return personas.find((p) => {
    if (p.area !== route.area) return false;
    const viewer = { signedIn: true, roles: p.roles };
    if (route.area === 'staff') return moduleVisibleTo({ requiredRoles: [...route.moduleRoles] }, viewer) && canAccess(route.access, viewer, route.moduleRoles);
    return canAccess(route.access, viewer);
  });
}

/** Groups routes by the persona that can open them, so each persona signs in once. */
export function groupByPersona(routes: readonly PortalRoute[]): { persona: Persona | undefined; routes: PortalRoute[] }[] {
  const groups = new Map<string, { persona: Persona | undefined; routes: PortalRoute[] }>();
  for (const route of routes) {
    const persona = personaFor(route);
    const key = persona?.subject ?? '(nobody)';
    const group = groups.get(key) ?? { persona, routes: [] };
    group.routes.push(route);
    groups.set(key, group);
  }
  return [...groups.values()];
}
