/**
 * `npx nx g @luotsi/tools:module <name> [--areas=resident,staff] [--domain=<domain>]`
 *
 * Writes a new module the way apps/family-center and libs/family/bff are written: the remote
 * (manifest, typed fi/sv/en texts, a front page per area with its unit test, the standalone dev
 * entry), its BFF library with one public query and its spec, an end-to-end smoke spec, and the
 * registration (tsconfig path, apps/bff/src/modules.ts, the ESLint domain scope). See
 * docs/guides/adding-a-module.md.
 */
import { generateFiles, getProjects, logger, updateJson, type GeneratorCallback, type Tree } from '@nx/devkit';
import { fileURLToPath } from 'node:url';
import { moduleNames, type ModuleGeneratorSchema, type ModuleNames } from './names';
import { addDomainScope, nextDevPort, registerInBffModules, usedDevPorts, withPath } from './registration';

export type { ModuleGeneratorSchema } from './names';

const templates = (folder: string) => fileURLToPath(new URL(`./files/${folder}`, import.meta.url));
const modulesFile = 'apps/bff/src/modules.ts';
const e2eSpecs = 'apps/e2e/src/specs';

/** Everything that would collide with the new module, all reported at once. */
function conflicts(tree: Tree, names: ModuleNames): string[] {
  const problems: string[] = [];
  const projects = getProjects(tree);
  const remoteRoot = `apps/${names.name}`;
  const bffRoot = `libs/${names.domain}/bff`;
  if (tree.exists(remoteRoot)) problems.push(`${remoteRoot} already exists.`);
  if (projects.has(names.remoteProject)) problems.push(`An Nx project called ${names.remoteProject} already exists.`);
  if (tree.exists(bffRoot))
    problems.push(
      `${bffRoot} already exists: the domain "${names.domain}" has its BFF library. Give the new module a ` +
        `domain of its own (--domain=<new-domain>), or add its queries to ${bffRoot} and its remote by hand.`,
    );
  if (projects.has(names.bffProject)) problems.push(`An Nx project called ${names.bffProject} already exists.`);
  return problems;
}

function devPort(tree: Tree): number {
  const sources: string[] = [];
  for (const app of tree.children('apps')) {
    const config = `apps/${app}/vite.config.ts`;
    if (tree.isFile(config)) sources.push(tree.read(config, 'utf-8') ?? '');
  }
  if (tree.isFile(modulesFile)) sources.push(tree.read(modulesFile, 'utf-8') ?? '');
  return nextDevPort(usedDevPorts(sources));
}

function nextSteps(names: ModuleNames, port: number, wroteE2e: boolean): string {
  const projects = `${names.remoteProject},${names.bffProject}`;
  const lines = [
    `Generated the module ${names.name}: the remote apps/${names.name} (dev port ${port}) and the BFF library libs/${names.domain}/bff.`,
    '',
    'Next steps:',
    `  1. Print the GraphQL schema (now with ${names.welcomeField}):  npm run schema:print`,
    '  2. Generate the typed GraphQL documents of the remotes:     npm run codegen',
    `  3. Check it:  npx nx run-many -t typecheck test lint -p ${projects}`,
    `  4. Develop it standalone next to the BFF:  npm run dev -- ${names.name}`,
    `       (or npx nx dev ${names.name} while npx nx dev bff runs), then open http://localhost:${port}/modules/${names.name}/`,
    '     In the whole portal (npm run dev) the shell loads it from that dev server.',
    '',
    `Then replace the placeholder texts (the title is the module's name) in apps/${names.name}/src/i18n/{fi,sv,en}.ts` +
      (names.areas.length === 2 ? ` and apps/${names.name}/src/staff/i18n/{fi,sv,en}.ts` : '') +
      (wroteE2e ? ` and apps/e2e/src/specs/${names.name}.spec.ts` : '') +
      '.',
  ];
  if (names.areas.includes('staff'))
    lines.push(`Set the professionals' roles in apps/${names.name}/src/module.ts: requiredRoles is ['admin'] until you do.`);
  lines.push('The guide: docs/guides/adding-a-module.md');
  return lines.join('\n');
}

export async function moduleGenerator(tree: Tree, options: ModuleGeneratorSchema): Promise<GeneratorCallback> {
  const names = moduleNames(options);
  const problems = conflicts(tree, names);
  if (problems.length) throw new Error(`Cannot generate the module ${names.name}:\n- ${problems.join('\n- ')}`);
  if (!tree.isFile(modulesFile)) throw new Error(`${modulesFile} is missing: run the generator at the root of the Luotsi repository.`);

  const port = devPort(tree);
  const substitutions = {
    ...names,
    devPort: port,
    resident: names.areas.includes('resident'),
    staff: names.areas.includes('staff'),
    tmpl: '',
  };

  // 1. The remote, with a front page per area.
  generateFiles(tree, templates('remote'), `apps/${names.name}`, substitutions);
  for (const area of names.areas) generateFiles(tree, templates(area), `apps/${names.name}/src/${area}`, substitutions);
  // With both areas, the staff pages' texts are their own chunk (a resident never downloads them).
  if (substitutions.resident && substitutions.staff)
    generateFiles(tree, templates('staff-texts'), `apps/${names.name}/src/staff`, substitutions);

  // 2. The BFF library.
  generateFiles(tree, templates('bff'), `libs/${names.domain}/bff`, substitutions);

  // 3. The end-to-end smoke spec, when the workspace has the e2e suite.
  const wroteE2e = tree.exists(e2eSpecs);
  if (wroteE2e) generateFiles(tree, templates('e2e'), e2eSpecs, substitutions);
  else logger.warn(`${e2eSpecs} does not exist: no end-to-end smoke spec was written.`);

  // 4. Registration.
  updateJson(tree, 'tsconfig.base.json', (json: { compilerOptions: { paths?: Record<string, string[]> } }) => {
    json.compilerOptions.paths = withPath(json.compilerOptions.paths ?? {}, names.bffImportPath, `libs/${names.domain}/bff/src/index.ts`);
    return json;
  });
  tree.write(
    modulesFile,
    registerInBffModules(tree.read(modulesFile, 'utf-8') ?? '', {
      id: names.name,
      exportName: names.bffModuleExport,
      importPath: names.bffImportPath,
      devPort: port,
    }),
  );
  const eslintConfig = 'eslint.config.mjs';
  if (!tree.isFile(eslintConfig)) throw new Error(`${eslintConfig} is missing at the root of the workspace.`);
  const eslintSource = tree.read(eslintConfig, 'utf-8') ?? '';
  const withScope = addDomainScope(eslintSource, names.domain);
  if (withScope !== eslintSource) tree.write(eslintConfig, withScope);

  // 5. What to do next, printed after the files are written.
  return () => logger.info(`\n${nextSteps(names, port, wroteE2e)}\n`);
}

export default moduleGenerator;
