/**
 * One definition of how Luotsi's micro-frontends are federated, used by the shell and by every
 * remote's vite.config.ts, so a shared singleton cannot be configured differently in two places.
 */
import react from '@vitejs/plugin-react';
import { federation } from '@module-federation/vite';
import { minify, type Plugin, type PluginOption, type UserConfig } from 'vite';
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


/**
 * Module Federation names its chunks after virtual module ids of ~130 characters
 * (`_virtual_mf___mfe_internal__luotsi_shell__mf_owner__375…__loadShare__react__loadShare__.js`),
 * and every file that imports one repeats that path: about 1 KB gzipped of a resident's first
 * load went to file names. Short names, same hashing; CommonJS proxy chunks keep theirs because
 * the federation plugin finds them by name.
 */
export function chunkFileName(chunk: { name: string }): string {
  const name = chunk.name;
  if (!name.includes('mfe_internal') || name.includes('commonjs-proxy')) return 'assets/[name]-[hash].js';
  if (name.includes('localSharedImportMap')) return 'assets/mf-shared-map-[hash].js';
  const short = (name.split(/__mf_owner__\d+__?/)[1] ?? name)
    .replace(/\.js$/, '')
    .replace(/_mf_\d_/g, '-')
    .replace(/__+/g, '-')
    .replace(/^-|-$/g, '')
    .replace(/^loadShare-(.+)-loadShare$/, 'share-$1')
    .replace(/^prebuild-(.+)-prebuild$/, 'prebuild-$1');
  return `assets/mf-${short || 'runtime'}-[hash].js`;
}

/**
 * The federation runtime imports its whole package.json (scripts, exports map, author…) to read
 * one version string, and the bundler cannot drop the rest of a JSON default import: 0.6 KB
 * gzipped on every first load. Only name and version reach the browser.
 */
function slimFederationPackageJson(): Plugin {
  return {
    name: 'luotsi-slim-federation-package-json',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!/[\\/]node_modules[\\/]@module-federation[\\/][^\\/]+[\\/]package\.json$/.test(file)) return null;
      const { name, version } = JSON.parse(readFileSync(file, 'utf8')) as { name: string; version: string };
      return JSON.stringify({ name, version });
    },
  };
}

/**
 * Vite wraps every dynamic import in its preload helper (1.8 KB, 0.9 KB gzipped, in the shell and
 * again in each remote). With module preloading off, all it still does for us is load a chunk's
 * CSS before the chunk and report failures as `vite:preloadError`; this is that, in a fifth of the
 * size. The e2e suite covers it: the shell's own stylesheet arrives this way.
 */
function smallPreloadHelper(base: string): Plugin {
  const id = '\0vite/preload-helper.js';
  const code = `const base = ${JSON.stringify(base)};
const loaded = new Map();
function stylesheet(dep) {
  const href = new URL(base + dep, location.href).href;
  if (!loaded.has(href)) {
    loaded.set(href, new Promise((resolve, reject) => {
      if (document.querySelector('link[rel="stylesheet"][href="' + href + '"]')) return resolve();
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.onload = () => resolve();
      link.onerror = () => reject(new Error('Unable to preload CSS for ' + href));
      document.head.appendChild(link);
    }));
  }
  return loaded.get(href);
}
function report(error) {
  const event = new Event('vite:preloadError', { cancelable: true });
  event.payload = error;
  window.dispatchEvent(event);
  if (!event.defaultPrevented) throw error;
}
export const __vitePreload = (load, deps) =>
  Promise.all((deps || []).filter((dep) => dep.endsWith('.css')).map(stylesheet)).then(() => load()).catch(report);
`;
  return {
    name: 'luotsi-small-preload-helper',
    enforce: 'pre',
    apply: 'build',
    resolveId(source) {
      return source === id || source === 'vite/preload-helper.js' ? id : null;
    },
    load(loadedId) {
      return loadedId === id ? code : null;
    },
  };
}

/**
 * The workspace's library code a remote's pages share in one chunk (see remoteConfig), and what
 * stays out of it: the domain rules and content libraries (only some pages use them), the form
 * rules that pull zod, the date and holiday rules (@luotsi/calendar), the questionnaire engine
 * (@luotsi/questionnaires, only the assessment page guides with it), the design system's buttons,
 * form, table and dialog components (they load with the pages that use them, mostly the
 * professionals'), and the design system's index, which would otherwise drag every component in
 * with it.
 */
const sharedLibrary = /[\\/]libs[\\/]/;
const notInSharedChunk =
  /[\\/]libs[\\/]([^\\/]+[\\/](domain|content)[\\/]|questionnaires[\\/]|shared[\\/](validation|calendar)[\\/]|shared[\\/]ui[\\/]src[\\/](index\.ts|components[\\/](Button|CheckboxField|DateField|Dialog|ErrorSummary|Field|FieldErrorText|Pagination|RadioGroup|SelectField|Table|Tabs|TextArea|TextField)\.tsx))/;

/**
 * The libraries' index files only re-export: importing one for a Button must not load the chunk
 * that holds the dialogs and tables it also lists.
 */
function libraryIndexHasNoSideEffects(id: string): boolean {
  return !/[\\/]libs[\\/].+[\\/]src[\\/]index\.tsx?$/.test(id);
}

/**
 * Trims what the federation plugin generates for builds and our builds never run: the runtime
 * plugin that mirrors manifest snapshots (builds load plain remoteEntry files, snapshots are
 * disabled), and the unminified bootstrap script it emits beside index.html.
 */
function trimFederationOutput(): Plugin {
  return {
    name: 'luotsi-trim-federation-output',
    apply: 'build',
    transform(code) {
      if (!code.includes('__mfRealNameSnapshotPlugin(), ')) return null;
      return { code: code.replace('__mfRealNameSnapshotPlugin(), ', ''), map: null };
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        for (const file of Object.values(bundle))
          if (file.type === 'asset' && /(^|\/)mf-entry-bootstrap-[^/]*\.js$/.test(file.fileName)) {
            const result = await minify(file.fileName, String(file.source));
            file.source = result.code;
          }
      },
    },
  };
}

const isTest = Boolean(process.env['VITEST']);
/** `vite` (dev server) rather than `vite build`. */
const isServe = !process.argv.includes('build');

if (!isServe && !isTest) {
  // The two warnings the deliberate early end of the share analysis causes (see remoteConfig);
  // any other federation warning still shows.
  const warn = console.warn.bind(console);
  console.warn = (...args: unknown[]) => {
    const text = String(args[0] ?? '');
    if (text.includes('Parse timeout (0.001s)') || text.includes('shared export analysis was discarded (reason: timeout)')) return;
    warn(...args);
  };
}
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
      rolldownOptions: { output: { chunkFileNames: chunkFileName }, treeshake: { moduleSideEffects: libraryIndexHasNoSideEffects } },
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
      smallPreloadHelper(config.base!),
      trimFederationOutput(),
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
        // The plugin trims each host-provided (`import: false`) share to the names this remote
        // imports, once it believes the module graph is complete. Under load it can believe so
        // too early, and the build then fails with MISSING_EXPORT for a React hook (seen with two
        // builds and a test run on two cores). Ending the analysis at once makes it keep every
        // export of the share: deterministic, for about 0.4 KB gzipped per module page.
        moduleParseIdleTimeout: 0,
        moduleParseTimeout: 0.001,
      }),
    );
  if (!isServe && !isTest)
    config.build = {
      ...config.build,
      rolldownOptions: {
        // Production: the remote is only its federation entry; index.html is the standalone
        // development page and must not share chunks with the pages the shell loads.
        input: resolve(dirname, 'src/module.ts'),
        treeshake: { moduleSideEffects: libraryIndexHasNoSideEffects },
        output: {
          chunkFileNames: chunkFileName,
          // Left alone, the bundler cuts the shared libraries into one chunk per combination of
          // pages using them, and each chunk repeats the federation's share-loading glue for
          // React and i18next: one chunk of library code is about 1 KB gzipped lighter per page.
          // Forms, tables, dialogs and their rules are not part of it: they load with the pages
          // that use them, never on a first load that only reads.
          codeSplitting: { groups: [{ name: 'libs', test: (id: string) => sharedLibrary.test(id) && !notInSharedChunk.test(id) }] },
        },
      },
    };
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
      smallPreloadHelper('/'),
      trimFederationOutput(),
      slimFederationPackageJson(),
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
