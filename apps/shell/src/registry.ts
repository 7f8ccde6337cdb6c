import { loadRemote, registerRemotes } from '@module-federation/runtime';
import {
  contractVersion, validateManifest, type ModuleArea, type ModuleManifest, type ModuleMetadata,
  type ModuleRegistryEntry,
} from '@luotsi/shell-contract';

/**
 * The modules the BFF lists in /modules.json. Navigation is drawn from their metadata; a remote's
 * code is fetched only when one of its pages is opened, then its manifest is validated before
 * anything of it is mounted.
 */
export interface RegisteredModule extends ModuleRegistryEntry {
  metadata: ModuleMetadata | null;
}

export interface Registry {
  modules: RegisteredModule[];
}

export async function fetchRegistry(fetchImpl: typeof fetch = fetch): Promise<Registry> {
  const response = await fetchImpl('/modules.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`/modules.json answered ${response.status}`);
  const body = (await response.json()) as { contractVersion: number; modules: RegisteredModule[] };
  if (body.contractVersion !== contractVersion)
    throw new Error(`/modules.json speaks contract ${body.contractVersion}, the shell ${contractVersion}`);
  const modules = body.modules.filter((m) => m.enabled);
  registerRemotes(modules.map((m) => ({ name: m.remoteName, entry: m.remoteEntry, type: 'module' })));
  return { modules };
}

/** The module that owns the first path segment in an area, if any. */
export function moduleForPath(registry: Registry, area: ModuleArea, segment: string): RegisteredModule | undefined {
  return registry.modules.find((m) => m.metadata?.areas[area]?.basePath === segment);
}

export class ModuleLoadError extends Error {
  constructor(readonly moduleId: string, message: string) {
    super(`${moduleId}: ${message}`);
    this.name = 'ModuleLoadError';
  }
}

const loaded = new Map<string, Promise<ModuleManifest>>();

export function loadModule(module: RegisteredModule): Promise<ModuleManifest> {
  let promise = loaded.get(module.id);
  if (!promise) {
    promise = (async () => {
      const exposed = await loadRemote<{ default?: unknown }>(`${module.remoteName}/module`);
      const result = validateManifest(exposed?.default, module.id);
      if (!result.ok) throw new ModuleLoadError(module.id, `invalid manifest: ${result.errors.join('; ')}`);
      return result.manifest;
    })();
    // A failed load may succeed later (a deployment in progress): don't cache failures.
    promise.catch(() => loaded.delete(module.id));
    loaded.set(module.id, promise);
  }
  return promise;
}
