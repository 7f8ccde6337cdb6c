/**
 * The generator end to end, the way a developer uses it: in a scratch copy of this repository
 * (its tracked files and its untracked, not ignored ones, so work in progress is included), run
 * `npx nx g @luotsi/tools:module demo-waiting-times`, print the schema, generate the typed
 * documents, then type-check, test, build and lint what was generated. About a minute and a half
 * on 2 cores.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const name = 'demo-waiting-times';
let scratch = '';

/**
 * The environment of the commands run in the scratch copy: without this test run's own Vitest and
 * Nx variables (VITEST would make the remote's build skip federation; NX_WORKSPACE_ROOT_PATH
 * would point Nx back at the real repository) and without the test report directory of `npm test`.
 */
function scratchEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(VITEST|NX_|TEST$|NODE_ENV$|LUOTSI_TEST_REPORT_DIR$)/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false', FORCE_COLOR: '0', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
}

interface Run {
  status: number;
  output: string;
}

/**
 * Runs a command in the scratch copy in a process group of its own (detached): a nested Nx cleans
 * up its whole process group when it ends, which would otherwise take the outer run's other test
 * processes with it.
 */
async function run(command: string, args: readonly string[], cwd = scratch): Promise<Run> {
  const started = Date.now();
  const child = spawn(command, args, { cwd, env: scratchEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
    child.on('error', (error) => {
      chunks.push(Buffer.from(`\n${String(error)}`));
      resolve([1, null]);
    });
    child.on('close', (c, s) => resolve([c, s]));
  });
  console.info(`  ${command} ${args.join(' ')}: exit ${code ?? signal} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { status: code ?? 1, output: Buffer.concat(chunks).toString('utf8') };
}

/** Fails with the end of the command's output, which is where the reason is. */
async function succeed(command: string, args: readonly string[]): Promise<string> {
  const { status, output } = await run(command, args);
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${status}):\n${output.split('\n').slice(-80).join('\n')}`);
  return output;
}

function copyRepository(target: string): void {
  const listed = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const from = join(root, file);
    // Tracked files deleted in the working tree are listed too.
    if (!existsSync(from) || !statSync(from).isFile()) continue;
    mkdirSync(dirname(join(target, file)), { recursive: true });
    copyFileSync(from, join(target, file));
  }
  // node_modules is shared by symlinks, one per package, so that the tools' caches (node_modules/.vite)
  // stay in the scratch copy instead of the repository's.
  mkdirSync(join(target, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!entry.startsWith('.vite')) symlinkSync(join(root, 'node_modules', entry), join(target, 'node_modules', entry));
  }
  // The Prisma client is generated and ignored by git: reuse it (prisma-generate checks it is current).
  const prismaClient = join(root, 'libs/bff/db/src/generated');
  if (existsSync(prismaClient)) cpSync(prismaClient, join(target, 'libs/bff/db/src/generated'), { recursive: true });
}

const read = (file: string) => readFileSync(join(scratch, file), 'utf8');

describe('nx g @luotsi/tools:module in a scratch copy of the repository', () => {
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'luotsi-module-generator-'));
    copyRepository(scratch);
  }, 120_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('generates a module that type-checks, passes its tests and builds into a valid remote', async () => {
    const generated = await succeed('npx', ['nx', 'g', '@luotsi/tools:module', name, '--no-interactive']);
    expect(generated).toContain('Next steps');

    // Registered: the tsconfig path, the BFF's module list (all four places), the ESLint scope.
    const paths = JSON.parse(read('tsconfig.base.json')).compilerOptions.paths as Record<string, string[]>;
    expect(paths['@luotsi/demo-waiting-times-bff']).toEqual(['libs/demo-waiting-times/bff/src/index.ts']);
    const modules = read('apps/bff/src/modules.ts');
    expect(modules).toContain("import { demoWaitingTimesModule } from '@luotsi/demo-waiting-times-bff';");
    expect(modules).toMatch(/bffModules[^=]*=\s*\[[^\]]*\bdemoWaitingTimesModule,/);
    expect(modules).toContain("{ id: 'demo-waiting-times', remoteName: remoteName('demo-waiting-times') },");
    expect(modules).toMatch(/'demo-waiting-times': \d{4},/);
    expect(read('eslint.config.mjs')).toMatch(/const domainScopes = \[[^\]]*'demo-waiting-times'/);
    const e2eSpec = existsSync(join(scratch, 'apps/e2e/src/specs'));
    if (e2eSpec) expect(existsSync(join(scratch, `apps/e2e/src/specs/${name}.spec.ts`))).toBe(true);

    // What a developer does next (npm run db:generate, schema:print, codegen).
    await succeed('node', ['tools/scripts/prisma-generate.mjs']);
    await succeed('npx', ['tsx', '--tsconfig', 'tsconfig.base.json', 'apps/bff/scripts/print-schema.ts']);
    expect(read('apps/bff/schema.graphql')).toContain('demoWaitingTimesWelcome: LocalizedText!');
    await succeed('npx', ['graphql-codegen', '--config', 'libs/shared/graphql-client/codegen.ts', '--silent']);

    const projects = `${name},demo-waiting-times-bff`;
    await succeed('npx', ['nx', 'run-many', '-t', 'typecheck', 'test', 'build', 'lint', '-p', projects, '--parallel=2', '--outputStyle=static']);
    // The smoke spec compiles with the e2e suite (which runs only against a built portal).
    if (e2eSpec) await succeed('npx', ['nx', 'run', 'e2e:typecheck', '--outputStyle=static']);

    // The build validated the manifest and wrote the metadata the BFF serves in /modules.json.
    const dist = join(scratch, 'dist/apps', name);
    expect(existsSync(join(dist, 'remoteEntry.js'))).toBe(true);
    const metadata = JSON.parse(readFileSync(join(dist, 'luotsi-module.json'), 'utf8'));
    expect(metadata).toMatchObject({
      id: name,
      contractVersion: expect.any(Number),
      requiredRoles: ['admin'],
      areas: {
        resident: { basePath: name, routes: [{ path: '', access: { kind: 'public' } }] },
        staff: { basePath: name, routes: [{ path: '' }] },
      },
    });
    for (const language of ['fi', 'sv', 'en'])
      expect(metadata.navLabels[language]).toEqual({ 'nav.resident': 'Demo waiting times', 'nav.staff': 'Demo waiting times' });
  }, 300_000);

  it('refuses a name that is taken, and changes nothing', async () => {
    const before = read('apps/bff/src/modules.ts');
    const { status, output } = await run('npx', ['nx', 'g', '@luotsi/tools:module', 'family-center', '--no-interactive']);
    expect(status).not.toBe(0);
    expect(output).toContain('apps/family-center already exists');
    expect(read('apps/bff/src/modules.ts')).toBe(before);
  }, 120_000);
});
