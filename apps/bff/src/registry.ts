import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contractVersion, type ModuleMetadata, type ModuleRegistryEntryWithMetadata } from '@luotsi/shell-contract';
import type { Logger } from 'pino';

/**
 * The frontend modules the shell composes. Each remote's build writes luotsi-module.json (its
 * navigation metadata, derived from its manifest); the registry reads it once at startup, so a
 * remote whose files later disappear still has its place in the navigation, and the shell shows
 * "service unavailable" there instead of breaking.
 */
export interface FrontendModule {
  id: string;
  remoteName: string;
  /** Development: the remote's Vite dev server origin. */
  devOrigin?: string;
}

export interface RegistryResponse {
  contractVersion: number;
  modules: (ModuleRegistryEntryWithMetadata | (Omit<ModuleRegistryEntryWithMetadata, 'metadata'> & { metadata: null }))[];
}

async function readMetadata(module: FrontendModule, staticDir: string | undefined, logger: Logger): Promise<ModuleMetadata | null> {
  try {
    if (module.devOrigin) {
      const res = await fetch(`${module.devOrigin}/modules/${module.id}/luotsi-module.json`);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return (await res.json()) as ModuleMetadata;
    }
    if (!staticDir) throw new Error('no static directory configured');
    return JSON.parse(await readFile(join(staticDir, module.id, 'luotsi-module.json'), 'utf8')) as ModuleMetadata;
  } catch (error) {
    logger.error({ module: module.id, err: String(error) }, 'module metadata could not be read; the module is listed as unavailable');
    return null;
  }
}

export interface RegistryOptions {
  staticDir: string | undefined;
  disabled: ReadonlySet<string>;
  logger: Logger;
  /** Development: re-read the metadata (dev servers start after the BFF and change). */
  live?: boolean;
}

async function readRegistry(modules: readonly FrontendModule[], options: RegistryOptions): Promise<RegistryResponse> {
  const entries = await Promise.all(
    modules.map(async (module) => ({
      id: module.id,
      remoteName: module.remoteName,
      remoteEntry: `${module.devOrigin ?? ''}/modules/${module.id}/remoteEntry.js`,
      enabled: !options.disabled.has(module.id),
      metadata: await readMetadata(module, options.staticDir, options.logger),
    })),
  );
  return { contractVersion, modules: entries };
}

/** Returns the registry; read once for built frontends, on every call in development. */
export async function createRegistry(modules: readonly FrontendModule[], options: RegistryOptions): Promise<() => Promise<RegistryResponse>> {
  if (options.live) return () => readRegistry(modules, options);
  const registry = await readRegistry(modules, options);
  return async () => registry;
}
