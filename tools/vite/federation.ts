/**
 * One definition of how Luotsi's micro-frontends are federated, used by the shell and by every
 * remote's vite.config.ts, so a shared singleton cannot be configured differently in two places.
 */
import react from '@vitejs/plugin-react';
import { federation } from '@module-federation/vite';
import type { Plugin, PluginOption, UserConfig } from 'vite';
import { tsImport } from 'tsx/esm/api';
import { readFileSync, writeFileSync } from 'node:fs';
import { testReporting } from './library';
import { graphqlDocumentsPlugin } from './graphql-documents';
import { remoteName } from '../../libs/shell/contract/src/remote-name';
// Types only: at run time the contract is loaded through tsx (its imports use tsconfig paths).
import type * as ContractModule from '../../libs/shell/contract/src/index';

type Contract = typeof ContractModule;
import { resolve } from 'node:path';

const rootDir = resolve(import.meta.dirname, '../..');
const rootPackage = JSON.parse(readFileSync(resolve(rootDir, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** Shared singletons: one copy at run time, negotiated by the Module Federation runtime. */
export const sharedSingletons = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'wouter', 'i18next'] as const;

/**
 * @param hostProvided a remote's production build leaves the singletons to the shell (no local
 * fallback copies to describe and ship); its dev server keeps them so it can run standalone.
 */
function shared(hostProvided = false) {
  return Object.fromEntries(
    sharedSingletons.map((name) => {
      const pkg = name.split('/')[0] as string;
      const version = rootPackage.dependencies[pkg];
      if (!version) throw new Error(`shared singleton ${name} is not a dependency of the root package.json`);
      return [name, { singleton: true, requiredVersion: version, ...(hostProvided ? { import: false as const } : {}) }];
    }),
  );
}


const isTest = Boolean(process.env['VITEST']);
/** `vite` (dev server) rather than `vite build`. */
const isServe = !process.argv.includes('build');
const bffUrl = process.env['LUOTSI_BFF_URL'] ?? 'http://localhost:3000';

function common(dirname: string, outDir: string, base: string, port: number): UserConfig {
  return {
    root: dirname,
    base,
    cacheDir: resolve(rootDir, 'node_modules/.vite', outDir),
    resolve: { tsconfigPaths: true },
    server: {
      port,
      strictPort: true,
      host: 'localhost',
      origin: `http://localhost:${port}`,
      // Development: the BFF answers the API, sign-in and the module registry.
      proxy: Object.fromEntries(['/graphql', '/auth', '/idp', '/modules.json', '/healthz', '/api'].map((path) => [path, bffUrl])),
    },
    preview: { port, host: 'localhost' },
    build: {
      outDir: resolve(rootDir, 'dist', outDir),
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      modulePreload: false,
    },
  };
}

/**
 * After a remote's build, load its manifest in Node, validate it and write the navigation
 * metadata the BFF serves in /modules.json (see libs/shell/contract/src/metadata.ts).
 */
function moduleMetadataPlugin(id: string, dirname: string, outDir: string): Plugin {
  const read = async () => {
    // tsx resolves the tsconfig paths and keeps the manifest's lazy i18n imports loadable.
    const options = { parentURL: import.meta.url, tsconfig: resolve(dirname, 'tsconfig.json') };
    const { validateManifest, extractModuleMetadata } = (await tsImport(resolve(rootDir, 'libs/shell/contract/src/index.ts'), options)) as Contract;
    const module = (await tsImport(resolve(dirname, 'src/module.ts'), options)) as { default: unknown };
    const result = validateManifest(module.default, id);
    if (!result.ok) throw new Error(`module ${id} has an invalid manifest:\n- ${result.errors.join('\n- ')}`);
    return extractModuleMetadata(result.manifest);
  };
  return {
    name: 'luotsi-module-metadata',
    // Development: the BFF asks the remote's dev server for the metadata.
    configureServer(server) {
      server.middlewares.use(`/modules/${id}/luotsi-module.json`, (_req, res) => {
        read().then(
          (metadata) => {
            res.setHeader('content-type', 'application/json');
            res.end(JSON.stringify(metadata));
          },
          (error: unknown) => {
            res.statusCode = 500;
            res.end(String(error));
          },
        );
      });
    },
    async closeBundle() {
      if (this.meta.watchMode) return;
      writeFileSync(resolve(outDir, 'luotsi-module.json'), JSON.stringify(await read(), null, 2) + '\n');
    },
  };
}

export interface RemoteOptions {
  /** Module id, kebab-case; the same as the manifest id and in /modules.json. */
  id: string;
  dirname: string;
  /** Port of the standalone dev server. */
  devPort: number;
}

/** vite config of a module remote: exposes './module' (the manifest) and has a standalone dev entry. */
export function remoteConfig({ id, dirname, devPort }: RemoteOptions): UserConfig {
  const config = common(dirname, `apps/${id}`, `/modules/${id}/`, devPort);
  const plugins: PluginOption[] = [graphqlDocumentsPlugin(dirname), react()];
  if (!isTest)
    plugins.push(
      moduleMetadataPlugin(id, dirname, config.build!.outDir!),
      federation({
        name: remoteName(id),
        filename: 'remoteEntry.js',
        exposes: { './module': './src/module.ts' },
        shared: shared(!isServe),
        dts: false,
        // We register plain remoteEntry URLs: snapshot support (manifest remotes, preload,
        // devtools) is dead weight in builds. Development keeps it for hot reload.
        disableSnapshot: !isServe,
        // Built remotes use the shell's runtime; a dev server may run standalone, so it brings its own.
        experiments: { externalRuntime: !isServe },
      }),
    );
  if (!isServe && !isTest)
    // Production: the remote is only its federation entry; index.html is the standalone
    // development page and must not share chunks with the pages the shell loads.
    config.build = { ...config.build, rollupOptions: { input: resolve(dirname, 'src/module.ts') } };
  return {
    ...config,
    plugins,
    test: {
      name: id,
      include: ['src/**/*.spec.{ts,tsx}'],
      environment: 'jsdom',
      ...testReporting(id),
    },
  } as UserConfig;
}

/** vite config of the shell (the host): no remotes at build time; they come from /modules.json. */
export function shellConfig({ dirname, devPort }: { dirname: string; devPort: number }): UserConfig {
  const plugins: PluginOption[] = [react()];
  if (!isTest)
    plugins.push(
      federation({
        name: 'luotsi_shell',
        remotes: {},
        shared: shared(),
        dts: false,
        disableSnapshot: !isServe,
        experiments: { provideExternalRuntime: true },
      }),
    );
  return {
    ...common(dirname, 'apps/shell', '/', devPort),
    plugins,
    test: {
      name: 'shell',
      include: ['src/**/*.spec.{ts,tsx}'],
      environment: 'jsdom',
      ...testReporting('shell'),
    },
  } as UserConfig;
}
