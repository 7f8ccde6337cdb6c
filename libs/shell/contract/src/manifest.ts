import type { ComponentType } from 'react';

/**
 * The contract between the shell and a module (a Module Federation remote). A remote exposes
 * './module' whose default export is a ModuleManifest. The shell validates it at run time
 * (validateManifest) before mounting anything, so a broken remote cannot take the portal down.
 */
export const contractVersion = 1;

export const moduleAreas = ['resident', 'staff'] as const;
export type ModuleArea = (typeof moduleAreas)[number];
// The languages are the i18n library's; the contract re-exports them for module authors.
import type { Language } from '@luotsi/i18n/languages';

export { languages, type Language } from '@luotsi/i18n/languages';

/** What a module page receives from the shell. */
export interface ModulePageProps {
  language: Language;
  area: ModuleArea;
  /** Builds an href inside the current area and language, e.g. to('/articles/12'). */
  to: (path: string) => string;
}

export type ModuleAccess =
  /** Anyone, signed in or not (resident area only). */
  | { kind: 'public' }
  /** A signed-in user of the area; with roles, one of them is required. */
  | { kind: 'signed-in'; roles?: readonly string[] };

export interface ModuleRoute {
  /** Path below the module's base path; '' is the module's front page. No leading slash. */
  path: string;
  /** Lazy page component: keeps each page out of the first load. */
  load: () => Promise<{ default: ComponentType<ModulePageProps> }>;
  /** Defaults to the strictest: signed in. */
  access?: ModuleAccess;
  /** i18n key (in the module's namespace) of the page title. */
  titleKey: string;
  /**
   * A part of the module's texts only this page (and pages naming the same part) needs: a key of
   * `lazyTexts`'s parts, loaded with the page. The title must be in the area's texts.
   */
  texts?: string;
}

export interface ModuleNavEntry {
  /** Path below the module's base path. */
  path: string;
  /** i18n key in the module's namespace. */
  labelKey: string;
  access?: ModuleAccess;
}

export interface ModuleAreaDefinition {
  /** First path segment of the module in this area, e.g. 'family-center'. */
  basePath: string;
  routes: readonly ModuleRoute[];
  nav: readonly ModuleNavEntry[];
}

export type ModuleTexts = Record<string, unknown>;

export interface ModuleManifest {
  contractVersion: typeof contractVersion;
  /** Kebab-case id, the same as in /modules.json. */
  id: string;
  areas: Partial<Record<ModuleArea, ModuleAreaDefinition>>;
  /** Roles that may use the module's staff area at all; empty means any signed-in professional. Resident pages are governed by their own access. */
  requiredRoles?: readonly string[];
  i18n: {
    namespace: string;
    /**
     * The texts of one language. With a part — an area, or a route's `texts` — the common texts
     * and that part: the shell asks for the area it shows and for each page's part, so a resident
     * never downloads the professionals' texts, nor a page's texts before opening it (lazyTexts
     * with parts). Without one, all of them.
     */
    load: (language: Language, part?: string) => Promise<ModuleTexts>;
  };
}

/** Identity function that gives module authors type checking and completion. */
export function defineModule<const M extends ModuleManifest>(manifest: M): M {
  return manifest;
}

/** One entry of /modules.json, served by the BFF. */
export interface ModuleRegistryEntry {
  id: string;
  /** URL of the remote's remoteEntry.js. */
  remoteEntry: string;
  /** Module Federation container name of the remote. */
  remoteName: string;
  enabled: boolean;
}

export interface ModuleRegistry {
  contractVersion: number;
  modules: ModuleRegistryEntry[];
}

export { remoteName } from './remote-name';
