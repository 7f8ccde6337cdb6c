/**
 * Exact, AST-free edits of the files that register a module: apps/bff/src/modules.ts and the
 * root eslint.config.mjs. Each edit looks for a marker (a declaration the file is known to have),
 * finds the end of its list by bracket matching that skips strings and comments, and inserts one
 * entry. When a marker is missing the edit throws a message that says what to add by hand; the
 * generator then writes nothing (Nx applies a generator's changes only when it succeeds).
 */

export class MarkerNotFoundError extends Error {
  constructor(file: string, marker: string, manual: string) {
    super(
      `${file}: could not find ${marker}, so the module cannot be registered automatically. ` +
        `The file has changed shape since the generator was written: add this by hand, or update ` +
        `tools/generators/module/registration.ts.\n${manual}`,
    );
    this.name = 'MarkerNotFoundError';
  }
}

const closing: Record<string, string> = { '[': ']', '{': '}', '(': ')' };

/**
 * Index of the bracket that closes the one at `open`, skipping string and template literals and
 * comments. Returns -1 when it is not closed.
 */
export function matchingBracket(source: string, open: number): number {
  const stack: string[] = [];
  for (let i = open; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      if (end === -1) return -1;
      i = end;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end === -1) return -1;
      i = end + 1;
    } else if (c === "'" || c === '"' || c === '`') {
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
    } else if (c in closing) {
      stack.push(closing[c] as string);
    } else if (c === ']' || c === '}' || c === ')') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

/** The list that follows a declaration: `export const bffModules: … = [ … ]`. */
function findList(source: string, declaration: RegExp, open: '[' | '{'): { start: number; end: number } | null {
  const match = declaration.exec(source);
  if (!match) return null;
  const start = match.index + match[0].length - 1;
  if (source[start] !== open) return null;
  const end = matchingBracket(source, start);
  return end === -1 ? null : { start, end };
}

/** Appends one entry to a multi-line list, keeping its indentation and trailing commas. */
function appendEntry(source: string, list: { start: number; end: number }, entry: string): string {
  const body = source.slice(list.start + 1, list.end);
  const indent = /\n([ \t]+)\S/.exec(body)?.[1] ?? '  ';
  const kept = body.replace(/\s+$/, '');
  const separator = kept.trim() === '' || kept.endsWith(',') ? '' : ',';
  const closingIndent = /\n([ \t]*)$/.exec(body)?.[1] ?? '';
  return `${source.slice(0, list.start + 1)}${kept}${separator}\n${indent}${entry},\n${closingIndent}${source.slice(list.end)}`;
}

export interface BffRegistration {
  /** Module id: 'waiting-times'. */
  id: string;
  /** The BffModule's export and package: waitingTimesModule from '@luotsi/waiting-times-bff'. */
  exportName: string;
  importPath: string;
  /** The remote's Vite dev server port. */
  devPort: number;
}

const modulesFile = 'apps/bff/src/modules.ts';

/**
 * Registers a module in apps/bff/src/modules.ts: its import, its `bffModules` entry, its
 * `frontendModules` entry (remoteName('<id>')) and its `devPorts` entry.
 */
export function registerInBffModules(source: string, module: BffRegistration): string {
  const { id, exportName, importPath, devPort } = module;
  const importLine = `import { ${exportName} } from '${importPath}';`;
  const frontendEntry = `{ id: '${id}', remoteName: remoteName('${id}') }`;
  const portEntry = `'${id}': ${devPort}`;
  const manual = [
    `  ${importLine}`,
    `  bffModules:      ${exportName},`,
    `  frontendModules: ${frontendEntry},`,
    `  devPorts:        ${portEntry},`,
  ].join('\n');

  if (source.includes(`'${importPath}'`)) throw new Error(`${modulesFile} already imports ${importPath}.`);
  if (new RegExp(`\\bid:\\s*['"]${id}['"]`).test(source)) throw new Error(`${modulesFile} already lists a module with the id "${id}".`);
  if (!/import\s*\{[^}]*\bremoteName\b[^}]*\}\s*from\s*'@luotsi\/shell-contract'/.test(source))
    throw new MarkerNotFoundError(modulesFile, "the import of remoteName from '@luotsi/shell-contract'", manual);

  // The import goes after the last import of a domain BFF module, or after the last import.
  const imports = [...source.matchAll(/^import\s[^;]*;[ \t]*$/gm)];
  const bffImports = imports.filter((m) => /from\s+'@luotsi\/[\w-]+-bff';/.test(m[0]));
  const anchor = bffImports.at(-1) ?? imports.at(-1);
  if (!anchor) throw new MarkerNotFoundError(modulesFile, 'any import statement', manual);
  const at = anchor.index + anchor[0].length;
  let result = `${source.slice(0, at)}\n${importLine}${source.slice(at)}`;

  // Each list is looked up again after the previous insertion moved the text.
  const lists: [string, RegExp, '[' | '{', string][] = [
    ['`export const bffModules … = [`', /export\s+const\s+bffModules\b[^=]*=\s*\[/, '[', exportName],
    ['`export const frontendModules … = [`', /export\s+const\s+frontendModules\b[^=]*=\s*\[/, '[', frontendEntry],
    ['`export const devPorts … = {`', /export\s+const\s+devPorts\b[^=]*=\s*\{/, '{', portEntry],
  ];
  for (const [marker, declaration, open, entry] of lists) {
    const list = findList(result, declaration, open);
    if (!list) throw new MarkerNotFoundError(modulesFile, marker, manual);
    result = appendEntry(result, list, entry);
  }
  return result;
}

/** The dev ports in use: every `devPort: N` of the apps' vite configs and the BFF's devPorts. */
export function usedDevPorts(sources: readonly string[]): number[] {
  const ports: number[] = [];
  for (const source of sources) {
    for (const m of source.matchAll(/\bdevPort:\s*(\d{2,5})\b/g)) ports.push(Number(m[1]));
    const list = findList(source, /export\s+const\s+devPorts\b[^=]*=\s*\{/, '{');
    if (list) for (const m of source.slice(list.start, list.end).matchAll(/:\s*(\d{2,5})\b/g)) ports.push(Number(m[1]));
  }
  return ports;
}

/** The remotes' dev servers count up from 4301 (the shell is on 4200): the next one after the highest. */
export function nextDevPort(used: readonly number[]): number {
  const remotes = used.filter((p) => p > 4300 && p < 4400);
  return remotes.length ? Math.max(...remotes) + 1 : 4301;
}

const eslintFile = 'eslint.config.mjs';

/**
 * Adds the domain to `const domainScopes = [...]` in the root eslint.config.mjs, which gives the
 * `scope:<domain>` tag its boundary rule. Unchanged when the domain is already there.
 */
export function addDomainScope(source: string, domain: string): string {
  const list = findList(source, /const\s+domainScopes\b[^=]*=\s*\[/, '[');
  if (!list)
    throw new MarkerNotFoundError(eslintFile, '`const domainScopes = [`', `  add '${domain}' to the list of domain scopes.`);
  const body = source.slice(list.start + 1, list.end);
  if (new RegExp(`['"]${domain}['"]`).test(body)) return source;
  if (body.includes('\n')) return appendEntry(source, list, `'${domain}'`);
  const kept = body.trim();
  const updated = kept === '' ? `'${domain}'` : `${kept.replace(/,$/, '')}, '${domain}'`;
  return `${source.slice(0, list.start + 1)}${updated}${source.slice(list.end)}`;
}

/**
 * Adds a path to tsconfig.base.json's `paths`, in alphabetical position, without reordering the
 * others.
 */
export function withPath(paths: Record<string, string[]>, key: string, target: string): Record<string, string[]> {
  if (paths[key]) throw new Error(`tsconfig.base.json already maps ${key} (to ${paths[key].join(', ')}).`);
  const entries = Object.entries(paths);
  const index = entries.findIndex(([k]) => k > key);
  entries.splice(index === -1 ? entries.length : index, 0, [key, [target]]);
  return Object.fromEntries(entries);
}
