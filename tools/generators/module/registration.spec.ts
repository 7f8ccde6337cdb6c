/**
 * Fast checks of the generator, in memory: names and validation, the edits of modules.ts and
 * eslint.config.mjs (against the repository's current files, so a change of their shape that the
 * generator cannot follow fails here first), and what each choice of areas writes.
 * generator.spec.ts builds a generated module for real.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { moduleGenerator } from './generator';
import { moduleNames, parseAreas } from './names';
import { addDomainScope, MarkerNotFoundError, nextDevPort, registerInBffModules, usedDevPorts, withPath } from './registration';

const root = resolve(import.meta.dirname, '../../..');
const repositoryFile = (file: string) => readFileSync(resolve(root, file), 'utf8');

describe('module names', () => {
  it('derives every name from the kebab-case id', () => {
    expect(moduleNames({ name: 'waiting-times' })).toMatchObject({
      camelName: 'waitingTimes',
      pascalName: 'WaitingTimes',
      title: 'Waiting times',
      domain: 'waiting-times',
      bffProject: 'waiting-times-bff',
      bffImportPath: '@luotsi/waiting-times-bff',
      bffModuleExport: 'waitingTimesModule',
      registerSchema: 'registerWaitingTimesSchema',
      welcomeField: 'waitingTimesWelcome',
      areas: ['resident', 'staff'],
    });
    expect(moduleNames({ name: 'waiting-times', domain: 'queues' })).toMatchObject({ domain: 'queues', bffModuleExport: 'queuesModule' });
  });

  it('refuses names that are not kebab-case or that the portal already uses', () => {
    for (const bad of ['WaitingTimes', 'waiting_times', '-x', '1st', 'waiting--times', ''])
      expect(() => moduleNames({ name: bad }), bad).toThrow(/kebab-case/);
    for (const reserved of ['shell', 'bff', 'e2e', 'staff', 'fi', 'sv', 'en', 'modules'])
      expect(() => moduleNames({ name: reserved }), reserved).toThrow(/reserved/);
    expect(() => moduleNames({ name: 'x', domain: 'shared' })).toThrow(/cannot be a domain/);
  });

  it('reads the areas in any order, and refuses unknown ones', () => {
    expect(parseAreas(undefined)).toEqual(['resident', 'staff']);
    expect(parseAreas('staff, resident')).toEqual(['resident', 'staff']);
    expect(parseAreas('staff')).toEqual(['staff']);
    expect(() => parseAreas('residents')).toThrow(/Unknown area/);
    expect(() => parseAreas('')).toThrow(/at least one/);
  });
});

describe('registration in apps/bff/src/modules.ts', () => {
  const module = { id: 'waiting-times', exportName: 'waitingTimesModule', importPath: '@luotsi/waiting-times-bff', devPort: 4399 };

  it('finds its markers in the repository’s current file and adds the four entries', () => {
    const source = repositoryFile('apps/bff/src/modules.ts');
    const result = registerInBffModules(source, module);
    expect(result).toContain("import { waitingTimesModule } from '@luotsi/waiting-times-bff';");
    expect(result).toMatch(/bffModules[^=]*=\s*\[[^\]]*\n {2}waitingTimesModule,\n\];/);
    expect(result).toMatch(/frontendModules[^=]*=\s*\[[\s\S]*\n {2}\{ id: 'waiting-times', remoteName: remoteName\('waiting-times'\) \},\n\];/);
    expect(result).toMatch(/devPorts[^=]*=\s*\{[\s\S]*\n {2}'waiting-times': 4399,\n\};/);
    // Nothing else changes.
    const stripped = [
      "\nimport { waitingTimesModule } from '@luotsi/waiting-times-bff';",
      '\n  waitingTimesModule,',
      "\n  { id: 'waiting-times', remoteName: remoteName('waiting-times') },",
      "\n  'waiting-times': 4399,",
    ].reduce((text, line) => text.replace(line, ''), result);
    expect(stripped).toBe(source);
  });

  it('keeps the lists valid when the last entry has no trailing comma, and skips brackets in strings and comments', () => {
    const source = [
      "import { remoteName } from '@luotsi/shell-contract';",
      "import { aModule } from '@luotsi/a-bff';",
      "export const bffModules: readonly BffModule[] = [aModule /* ] */];",
      "export const frontendModules = [\n  { id: 'a', remoteName: remoteName('a]') }\n];",
      "export const devPorts: Record<string, number> = {\n  // '}'\n  'a': 4301\n};",
    ].join('\n');
    const result = registerInBffModules(source, module);
    expect(result).toContain("import { aModule } from '@luotsi/a-bff';\nimport { waitingTimesModule } from '@luotsi/waiting-times-bff';");
    expect(result).toContain("{ id: 'a', remoteName: remoteName('a]') },\n  { id: 'waiting-times', remoteName: remoteName('waiting-times') },\n];");
    expect(result).toContain("'a': 4301,\n  'waiting-times': 4399,\n};");
    expect(result).toContain('[aModule /* ] */,\n  waitingTimesModule,\n]');
  });

  it('says what to add by hand when a marker is missing', () => {
    const source = repositoryFile('apps/bff/src/modules.ts').replace('export const devPorts', 'export const ports');
    expect(() => registerInBffModules(source, module)).toThrow(MarkerNotFoundError);
    expect(() => registerInBffModules(source, module)).toThrow(/export const devPorts[\s\S]*'waiting-times': 4399/);
  });

  it('refuses a module that is already registered', () => {
    const source = repositoryFile('apps/bff/src/modules.ts');
    expect(() => registerInBffModules(source, { ...module, id: 'family-center', importPath: '@luotsi/x-bff' })).toThrow(/already lists/);
  });
});

describe('dev ports, the ESLint scope and the tsconfig path', () => {
  it('takes the port after the highest remote port in use', () => {
    const used = usedDevPorts([
      "remoteConfig({ id: 'a', dirname: import.meta.dirname, devPort: 4301 })",
      "shellConfig({ dirname: import.meta.dirname, devPort: 4200 })",
      "export const devPorts: Record<string, number> = {\n  'a': 4301,\n  'b': 4306,\n};",
    ]);
    expect(used).toEqual([4301, 4200, 4301, 4306]);
    expect(nextDevPort(used)).toBe(4307);
    expect(nextDevPort([4200])).toBe(4301);
    expect(nextDevPort(usedDevPorts([repositoryFile('apps/bff/src/modules.ts')]))).toBeGreaterThan(4301);
  });

  it('adds the domain scope to the repository’s eslint.config.mjs once', () => {
    const source = repositoryFile('eslint.config.mjs');
    const once = addDomainScope(source, 'waiting-times');
    expect(once).toMatch(/const domainScopes = \[[^\]]*, 'waiting-times'\];/);
    expect(addDomainScope(once, 'waiting-times')).toBe(once);
    expect(addDomainScope(source, 'family')).toBe(source);
    expect(() => addDomainScope('export default [];', 'x')).toThrow(MarkerNotFoundError);
  });

  it('puts the path in alphabetical order without moving the others', () => {
    const paths = { '@luotsi/a': ['a'], '@luotsi/m': ['m'], '@luotsi/z': ['z'] };
    expect(withPath(paths, '@luotsi/b', 'b')).toEqual({ '@luotsi/a': ['a'], '@luotsi/b': ['b'], '@luotsi/m': ['m'], '@luotsi/z': ['z'] });
    expect(Object.keys(withPath(paths, '@luotsi/b', 'b'))).toEqual(['@luotsi/a', '@luotsi/b', '@luotsi/m', '@luotsi/z']);
    expect(() => withPath(paths, '@luotsi/a', 'a')).toThrow(/already maps/);
  });
});

describe('what the generator writes', () => {
  function workspace(): Tree {
    const tree = createTreeWithEmptyWorkspace();
    tree.write('tsconfig.base.json', JSON.stringify({ compilerOptions: { paths: { '@luotsi/bff-core': ['libs/bff/core/src/index.ts'] } } }));
    tree.write('apps/bff/src/modules.ts', repositoryFile('apps/bff/src/modules.ts'));
    tree.write('eslint.config.mjs', repositoryFile('eslint.config.mjs'));
    tree.write('apps/family-center/vite.config.ts', "remoteConfig({ id: 'family-center', dirname: import.meta.dirname, devPort: 4301 })");
    tree.write('apps/e2e/src/specs/01-languages.spec.ts', '');
    existing.set(tree, new Set(tree.listChanges().map((c) => c.path)));
    return tree;
  }

  /** The files the workspace had before the generator ran. */
  const existing = new WeakMap<Tree, Set<string>>();
  const written = (tree: Tree) =>
    tree
      .listChanges()
      .filter((c) => c.type === 'CREATE' && /^(apps|libs)\//.test(c.path) && !existing.get(tree)?.has(c.path))
      .map((c) => c.path)
      .sort();

  /** Every generated TypeScript file parses (the full type check is generator.spec.ts's). */
  function expectValidSyntax(tree: Tree) {
    for (const path of written(tree).filter((p) => /\.tsx?$/.test(p))) {
      const { diagnostics } = ts.transpileModule(tree.read(path, 'utf-8') ?? '', { fileName: path, reportDiagnostics: true, compilerOptions: { jsx: ts.JsxEmit.ReactJSX } });
      expect(diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), path).toEqual([]);
    }
  }

  it('writes a page, a unit test and texts per area, the BFF library and the smoke spec', async () => {
    const tree = workspace();
    await moduleGenerator(tree, { name: 'waiting-times' });
    expect(written(tree)).toEqual([
      'apps/e2e/src/specs/waiting-times.spec.ts',
      'apps/waiting-times/eslint.config.mjs',
      'apps/waiting-times/index.html',
      'apps/waiting-times/project.json',
      'apps/waiting-times/src/i18n/en.ts',
      'apps/waiting-times/src/i18n/fi.ts',
      'apps/waiting-times/src/i18n/sv.ts',
      'apps/waiting-times/src/main.tsx',
      'apps/waiting-times/src/module.ts',
      'apps/waiting-times/src/resident/FrontPage.spec.tsx',
      'apps/waiting-times/src/resident/FrontPage.tsx',
      'apps/waiting-times/src/staff/FrontPage.spec.tsx',
      'apps/waiting-times/src/staff/FrontPage.tsx',
      'apps/waiting-times/src/staff/i18n/en.ts',
      'apps/waiting-times/src/staff/i18n/fi.ts',
      'apps/waiting-times/src/staff/i18n/sv.ts',
      'apps/waiting-times/tsconfig.json',
      'apps/waiting-times/vite.config.ts',
      'libs/waiting-times/bff/eslint.config.mjs',
      'libs/waiting-times/bff/project.json',
      'libs/waiting-times/bff/src/index.ts',
      'libs/waiting-times/bff/src/schema.ts',
      'libs/waiting-times/bff/src/waiting-times.spec.ts',
      'libs/waiting-times/bff/tsconfig.json',
      'libs/waiting-times/bff/vite.config.ts',
    ]);
    // The port after the highest one the repository uses.
    const port = nextDevPort(usedDevPorts([repositoryFile('apps/bff/src/modules.ts')]));
    expect(tree.read('apps/waiting-times/vite.config.ts', 'utf-8')).toContain(`devPort: ${port}`);
    expect(JSON.parse(tree.read('apps/waiting-times/project.json', 'utf-8') ?? '').tags).toEqual(['scope:waiting-times', 'type:app', 'platform:web']);
    expect(JSON.parse(tree.read('libs/waiting-times/bff/project.json', 'utf-8') ?? '').tags).toEqual(['scope:waiting-times', 'type:bff', 'platform:node']);
    const schema = tree.read('libs/waiting-times/bff/src/schema.ts', 'utf-8') ?? '';
    expect(schema).toContain("builder.queryField('waitingTimesWelcome'");
    expect(schema).toContain('authScopes: { public: true }');
    const manifest = tree.read('apps/waiting-times/src/module.ts', 'utf-8') ?? '';
    expect(manifest).toContain("requiredRoles: ['admin'],");
    expect(manifest).toContain("namespace: 'waitingTimes'");
    expect(tree.read('apps/waiting-times/src/i18n/fi.ts', 'utf-8')).not.toMatch(/lorem|TODO/i);
    // The staff pages' texts are their own chunk, loaded only for the staff area.
    expect(tree.read('apps/waiting-times/src/i18n/sv.ts', 'utf-8')).not.toContain('staff');
    expect(tree.read('apps/waiting-times/src/staff/i18n/sv.ts', 'utf-8')).toContain('staff: {');
    expect(manifest).toContain("{ staff: { fi: () => import('./staff/i18n/fi')");
    expectValidSyntax(tree);
  });

  it('writes only the resident area with --areas=resident', async () => {
    const tree = workspace();
    await moduleGenerator(tree, { name: 'waiting-times', areas: 'resident' });
    expect(written(tree).some((p) => p.includes('/staff/'))).toBe(false);
    const manifest = tree.read('apps/waiting-times/src/module.ts', 'utf-8') ?? '';
    expect(manifest).not.toMatch(/staff|requiredRoles/);
    expect(tree.read('apps/waiting-times/src/i18n/sv.ts', 'utf-8')).not.toContain('staff');
    const smoke = tree.read('apps/e2e/src/specs/waiting-times.spec.ts', 'utf-8') ?? '';
    expect(smoke).not.toMatch(/StaffPortal|personaFor|staffTitle/);
    expectValidSyntax(tree);
  });

  it('writes only the staff area with --areas=staff', async () => {
    const tree = workspace();
    await moduleGenerator(tree, { name: 'waiting-times', areas: 'staff' });
    expect(written(tree).some((p) => p.includes('/resident/'))).toBe(false);
    expect(tree.read('apps/waiting-times/src/module.ts', 'utf-8')).not.toContain('resident');
    expect(tree.read('apps/e2e/src/specs/waiting-times.spec.ts', 'utf-8')).not.toMatch(/ResidentPortal|residentTitle/);
    expectValidSyntax(tree);
  });

  it('puts the BFF library in the given domain', async () => {
    const tree = workspace();
    await moduleGenerator(tree, { name: 'waiting-times', domain: 'queues' });
    expect(tree.exists('libs/queues/bff/src/queues.spec.ts')).toBe(true);
    expect(tree.read('apps/bff/src/modules.ts', 'utf-8')).toContain("import { queuesModule } from '@luotsi/queues-bff';");
    expect(tree.read('eslint.config.mjs', 'utf-8')).toMatch(/domainScopes = \[[^\]]*'queues'\]/);
    expect(JSON.parse(tree.read('apps/waiting-times/project.json', 'utf-8') ?? '').tags).toContain('scope:queues');
  });

  it('refuses a module or a domain library that exists, listing every conflict', async () => {
    const tree = workspace();
    tree.write('libs/family/bff/src/index.ts', '');
    await expect(moduleGenerator(tree, { name: 'family-center', domain: 'family' })).rejects.toThrow(
      /apps\/family-center already exists[\s\S]*libs\/family\/bff already exists/,
    );
  });
});
