import { languages, type Language } from '@luotsi/i18n/languages';
import { type ModuleAccess, type ModuleArea, type ModuleManifest, type ModuleRegistryEntry,
} from './manifest';

/**
 * What the shell needs to draw navigation and route URLs to a module *before* loading it.
 * It is derived from the manifest at build time (never written by hand) and served inside
 * /modules.json, so the first page load fetches only the shell and the one remote the page needs
 * instead of every module's code (the resident first-load budget is 150 KB gzipped).
 */
export interface ModuleAreaMetadata {
  basePath: string;
  nav: { path: string; labelKey: string; access?: ModuleAccess }[];
  /** Route paths with their access, so the shell can ask for sign-in before loading code. */
  routes: { path: string; access?: ModuleAccess }[];
}

export interface ModuleMetadata {
  id: string;
  contractVersion: number;
  requiredRoles: string[];
  areas: Partial<Record<ModuleArea, ModuleAreaMetadata>>;
  /** The navigation labels in every language, by labelKey. */
  navLabels: Record<Language, Record<string, string>>;
}

export type ModuleRegistryEntryWithMetadata = ModuleRegistryEntry & { metadata: ModuleMetadata };

function lookup(texts: unknown, key: string): string | undefined {
  let node: unknown = texts;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export async function extractModuleMetadata(manifest: ModuleManifest): Promise<ModuleMetadata> {
  const areas: ModuleMetadata['areas'] = {};
  const labelKeys: Partial<Record<ModuleArea, string[]>> = {};
  for (const [area, def] of Object.entries(manifest.areas) as [ModuleArea, NonNullable<ModuleManifest['areas'][ModuleArea]>][]) {
    areas[area] = {
      basePath: def.basePath,
      nav: def.nav.map((n) => ({ path: n.path, labelKey: n.labelKey, ...(n.access ? { access: n.access } : {}) })),
      routes: def.routes.map((r) => ({ path: r.path, ...(r.access ? { access: r.access } : {}) })),
    };
    labelKeys[area] = def.nav.map((n) => n.labelKey);
  }
  const navLabels = {} as ModuleMetadata['navLabels'];
  for (const language of languages) {
    navLabels[language] = {};
    // Each area's labels from the texts that area loads: a label only in the other area's texts
    // would be missing when the shell shows the page.
    for (const [area, keys] of Object.entries(labelKeys) as [ModuleArea, string[]][]) {
      const texts = await manifest.i18n.load(language, area);
      for (const key of keys) {
        const text = lookup(texts, key);
        if (text === undefined) throw new Error(`module ${manifest.id}: nav label ${key} is missing in ${language} (${area} texts)`);
        navLabels[language][key] = text;
      }
    }
  }
  return {
    id: manifest.id,
    contractVersion: manifest.contractVersion,
    requiredRoles: [...(manifest.requiredRoles ?? [])],
    areas,
    navLabels,
  };
}
