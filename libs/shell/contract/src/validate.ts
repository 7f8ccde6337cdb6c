import { contractVersion, moduleAreas, type ModuleManifest } from './manifest';

export { isLanguage } from '@luotsi/i18n/languages';

/**
 * Run-time check of what a remote exposes. Types protect modules built in this repository; this
 * protects the shell from a remote built elsewhere, from an older contract, or from a broken
 * deployment. Returns every problem found, not just the first.
 */
export type ManifestValidation =
  | { ok: true; manifest: ModuleManifest }
  | { ok: false; errors: string[] };

const idPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const pathPattern = /^([a-z0-9-]+|:[a-zA-Z]+)(\/([a-z0-9-]+|:[a-zA-Z]+))*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkAccess(access: unknown, where: string, errors: string[]) {
  if (access === undefined) return;
  if (!isRecord(access)) return void errors.push(`${where}.access must be an object`);
  if (access['kind'] === 'public') return;
  if (access['kind'] !== 'signed-in') return void errors.push(`${where}.access.kind must be "public" or "signed-in"`);
  const roles = access['roles'];
  if (roles !== undefined && (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string')))
    errors.push(`${where}.access.roles must be a list of role names`);
}

export function validateManifest(candidate: unknown, expectedId?: string): ManifestValidation {
  const errors: string[] = [];
  if (!isRecord(candidate)) return { ok: false, errors: ['the module does not export a manifest object'] };
  const m = candidate;
  if (m['contractVersion'] !== contractVersion)
    errors.push(`contractVersion is ${String(m['contractVersion'])}, the shell supports ${contractVersion}`);
  if (typeof m['id'] !== 'string' || !idPattern.test(m['id'])) errors.push('id must be a kebab-case string');
  else if (expectedId !== undefined && m['id'] !== expectedId)
    errors.push(`id is "${m['id']}" but the registry expected "${expectedId}"`);

  const i18n = m['i18n'];
  if (!isRecord(i18n) || typeof i18n['namespace'] !== 'string' || typeof i18n['load'] !== 'function')
    errors.push('i18n must have a namespace and a load(language) function');

  const areas = m['areas'];
  if (!isRecord(areas) || Object.keys(areas).length === 0) errors.push('areas must define at least one area');
  else {
    for (const [areaName, area] of Object.entries(areas)) {
      const where = `areas.${areaName}`;
      if (!(moduleAreas as readonly string[]).includes(areaName)) {
        errors.push(`${where} is not an area (resident or staff)`);
        continue;
      }
      if (!isRecord(area)) {
        errors.push(`${where} must be an object`);
        continue;
      }
      if (typeof area['basePath'] !== 'string' || !idPattern.test(area['basePath']))
        errors.push(`${where}.basePath must be a kebab-case path segment`);
      const routes = area['routes'];
      if (!Array.isArray(routes) || routes.length === 0) errors.push(`${where}.routes must list at least one route`);
      else
        routes.forEach((route: unknown, i) => {
          const rw = `${where}.routes[${i}]`;
          if (!isRecord(route)) return void errors.push(`${rw} must be an object`);
          const path = route['path'];
          if (typeof path !== 'string' || (path !== '' && !pathPattern.test(path)))
            errors.push(`${rw}.path must be '' or a relative path without a leading slash`);
          if (typeof route['load'] !== 'function') errors.push(`${rw}.load must be a function`);
          if (typeof route['titleKey'] !== 'string') errors.push(`${rw}.titleKey must be a string`);
          if (route['texts'] !== undefined && (typeof route['texts'] !== 'string' || route['texts'] === ''))
            errors.push(`${rw}.texts must name a part of the module's texts`);
          checkAccess(route['access'], rw, errors);
          if (areaName === 'staff' && isRecord(route['access']) && route['access']['kind'] === 'public')
            errors.push(`${rw}: staff pages cannot be public`);
        });
      const nav = area['nav'];
      if (!Array.isArray(nav)) errors.push(`${where}.nav must be a list`);
      else
        nav.forEach((entry: unknown, i) => {
          const nw = `${where}.nav[${i}]`;
          if (!isRecord(entry) || typeof entry['path'] !== 'string' || typeof entry['labelKey'] !== 'string')
            errors.push(`${nw} must have a path and a labelKey`);
          else checkAccess(entry['access'], nw, errors);
        });
    }
  }
  const requiredRoles = m['requiredRoles'];
  if (requiredRoles !== undefined && (!Array.isArray(requiredRoles) || requiredRoles.some((r) => typeof r !== 'string')))
    errors.push('requiredRoles must be a list of role names');
  return errors.length ? { ok: false, errors } : { ok: true, manifest: m as unknown as ModuleManifest };
}

