/**
 * i18n-check: every texts folder (i18n/{fi,sv,en}.ts anywhere under apps/ and libs/) must
 * have the same keys in fi, sv and en, no empty values, and no keys that its project's source
 * never mentions. Run: npx tsx tools/scripts/i18n-check.ts   (exit code 1 on problems)
 *
 * The type checker already rejects a missing or extra key in sv/en when the files use
 * Texts<typeof fi>; this also catches files that do not, empty strings, and dead keys.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { checkTexts, describeProblem, type TextsProblem } from '../../libs/shared/i18n/src/check/check-texts';
import { languages, type Language } from '../../libs/shared/i18n/src/languages';

const root = resolve(import.meta.dirname, '../..');
const skipped = new Set(['node_modules', 'dist', '.nx', 'tmp', '.data', 'coverage', 'generated']);

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Folders named i18n that hold at least one of fi.ts, sv.ts, en.ts. */
function textsFolders(): string[] {
  const folders = new Set<string>();
  for (const top of ['apps', 'libs']) {
    const dir = join(root, top);
    if (!existsSync(dir)) continue;
    for (const file of walk(dir)) {
      const folder = dirname(file);
      if (basename(folder) === 'i18n' && languages.some((l) => file === join(folder, `${l}.ts`))) folders.add(folder);
    }
  }
  return [...folders].sort();
}

/** The project that owns a folder: the nearest ancestor with a project.json. */
function projectRoot(folder: string): string {
  for (let dir = folder; dir.startsWith(root) && dir !== root; dir = dirname(dir)) {
    if (existsSync(join(dir, 'project.json'))) return dir;
  }
  return dirname(folder);
}

function projectSources(project: string, textsFolder: string): { path: string; text: string }[] {
  const textsFiles = new Set(languages.map((l) => join(textsFolder, `${l}.ts`)));
  const sources: { path: string; text: string }[] = [];
  for (const file of walk(project)) {
    if (!/\.tsx?$/.test(file) || textsFiles.has(file)) continue;
    // A key that only a test mentions is not used by the product.
    if (/\.(spec|test)\.tsx?$/.test(file)) continue;
    sources.push({ path: relative(root, file), text: readFileSync(file, 'utf8') });
  }
  return sources;
}

/** The namespace a project declares (manifest `namespace: 'x'`), so 'x:key' literals count too. */
function declaredNamespace(sources: readonly { text: string }[]): string | undefined {
  for (const { text } of sources) {
    const match = /\bnamespace\s*[:=]\s*['"]([\w-]+)['"]/.exec(text);
    if (match) return match[1];
  }
  return undefined;
}

async function importTexts(folder: string, language: Language): Promise<unknown> {
  const file = join(folder, `${language}.ts`);
  if (!existsSync(file)) return undefined;
  // tsconfig.base.json gives the @luotsi/* paths the texts files import (defineTexts).
  const module = (await tsImport(pathToFileURL(file).href, {
    parentURL: import.meta.url,
    tsconfig: join(root, 'tsconfig.base.json'),
  })) as Record<string, unknown>;
  return module[language] ?? module['default'];
}

async function main(): Promise<number> {
  const folders = textsFolders();
  const problems: TextsProblem[] = [];
  for (const folder of folders) {
    const texts: Partial<Record<Language, unknown>> = {};
    for (const language of languages) texts[language] = await importTexts(folder, language);
    // Manifest titleKey/labelKey values are string literals in the project's source, so the
    // literal scan counts them as used without executing the manifest.
    const sources = projectSources(projectRoot(folder), folder);
    problems.push(...checkTexts({ name: relative(root, folder), texts, sources, namespace: declaredNamespace(sources) }));
  }

  for (const problem of problems) console.log(`  ${describeProblem(problem)}`);
  const count = (kinds: TextsProblem['kind'][]) => problems.filter((p) => kinds.includes(p.kind)).length;
  console.log(
    `i18n-check: ${folders.length} texts folder(s); ` +
      `${count(['missing', 'extra', 'no-texts'])} missing or extra, ${count(['empty', 'not-a-string'])} empty or invalid, ` +
      `${count(['unused'])} unused`,
  );
  return problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
