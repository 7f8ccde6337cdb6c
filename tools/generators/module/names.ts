/**
 * The names of a new module, derived from its id, and the checks on what the developer typed.
 * Pure functions: generator.ts applies them to the workspace.
 */
/** The areas of the module contract (libs/shell/contract/src/manifest.ts). */
export type ModuleArea = 'resident' | 'staff';

/** The same rule as the module contract's id (libs/shell/contract/src/validate.ts). */
export const kebabCase = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Names a module may not have: URL segments the portal already answers (/staff, /fi, /sv, /en,
 * /modules/…, the BFF's /api, /auth, /idp, /graphql, /healthz, /readyz, /metrics, the resident
 * area's /accessibility page), and the projects that are not modules (shell, bff, e2e, tools).
 */
export const reservedNames: readonly string[] = [
  'shell', 'bff', 'e2e', 'staff', 'fi', 'sv', 'en', 'modules', 'tools', 'shared',
  'api', 'auth', 'idp', 'graphql', 'healthz', 'readyz', 'metrics', 'accessibility', 'assets',
];

/** Domains that are not business domains: their tags mean something else in eslint.config.mjs. */
export const reservedDomains: readonly string[] = ['shared', 'shell', 'bff', 'e2e', 'tools', 'platform'];

export const allAreas: readonly ModuleArea[] = ['resident', 'staff'];

export interface ModuleGeneratorSchema {
  /** The module id, kebab-case: the remote's folder and Nx project, its URL segment, its id in /modules.json. */
  name: string;
  /** 'resident,staff' (the default), 'resident' or 'staff'. */
  areas?: string | readonly string[];
  /** The Nx scope and the BFF library's folder (libs/<domain>/bff); defaults to the name. */
  domain?: string;
}

export interface ModuleNames {
  /** 'waiting-times' */
  name: string;
  /** 'waitingTimes': i18n namespace, GraphQL field prefix. */
  camelName: string;
  /** 'WaitingTimes': operation name prefix. */
  pascalName: string;
  /** 'Waiting times': the placeholder title the developer replaces with the service's real name. */
  title: string;
  domain: string;
  /** 'waitingTimes' for the BFF module's identifiers. */
  domainCamel: string;
  domainPascal: string;
  /** Nx project names. */
  remoteProject: string;
  bffProject: string;
  /** '@luotsi/waiting-times-bff' */
  bffImportPath: string;
  /** 'waitingTimesModule', the BffModule export. */
  bffModuleExport: string;
  /** 'registerWaitingTimesSchema' */
  registerSchema: string;
  /** 'waitingTimesWelcome', the public query. */
  welcomeField: string;
  areas: readonly ModuleArea[];
}

const camel = (kebab: string) => kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (kebab: string) => camel(kebab).replace(/^[a-z]/, (c) => c.toUpperCase());
export const humanize = (kebab: string) => kebab.replace(/-/g, ' ').replace(/^[a-z]/, (c) => c.toUpperCase());

/** '--areas=resident,staff' from the command line, or a list when called from code. */
export function parseAreas(value: ModuleGeneratorSchema['areas']): ModuleArea[] {
  const raw = value === undefined ? [...allAreas] : typeof value === 'string' ? value.split(',') : [...value];
  const areas = [...new Set(raw.map((a) => a.trim()).filter(Boolean))];
  const unknown = areas.filter((a) => !(allAreas as readonly string[]).includes(a));
  if (unknown.length) throw new Error(`Unknown area(s) ${unknown.join(', ')}: --areas takes resident, staff or resident,staff.`);
  if (areas.length === 0) throw new Error('--areas must name at least one area: resident, staff or resident,staff.');
  // Always in the contract's order, whatever order they were typed in.
  return allAreas.filter((a) => areas.includes(a));
}

/** Checks the options on their own (not against the workspace) and derives every name. */
export function moduleNames(options: ModuleGeneratorSchema): ModuleNames {
  const name = (options.name ?? '').trim();
  if (!kebabCase.test(name))
    throw new Error(`"${name}" is not a module name: use kebab-case, a letter first (e.g. waiting-times).`);
  if (reservedNames.includes(name))
    throw new Error(`"${name}" is reserved (${reservedNames.join(', ')}): the portal already uses it as a URL segment or project.`);
  const domain = (options.domain ?? name).trim();
  if (!kebabCase.test(domain)) throw new Error(`"${domain}" is not a domain: use kebab-case, a letter first (e.g. waiting-times).`);
  if (reservedDomains.includes(domain))
    throw new Error(`"${domain}" cannot be a domain (${reservedDomains.join(', ')} are not business domains).`);
  return {
    name,
    camelName: camel(name),
    pascalName: pascal(name),
    title: humanize(name),
    domain,
    domainCamel: camel(domain),
    domainPascal: pascal(domain),
    remoteProject: name,
    bffProject: `${domain}-bff`,
    bffImportPath: `@luotsi/${domain}-bff`,
    bffModuleExport: `${camel(domain)}Module`,
    registerSchema: `register${pascal(domain)}Schema`,
    welcomeField: `${camel(name)}Welcome`,
    areas: parseAreas(options.areas),
  };
}
