/**
 * The core of tools/scripts/i18n-check.ts: pure functions over text objects and source texts,
 * so they can be unit-tested without a file system. Not exported from the package index: it
 * uses the TypeScript parser, which must never reach a browser bundle.
 */
import ts from 'typescript';
import { languages, type Language } from '../languages';
import { pluralSuffixes } from '../texts';

export interface TextsFolder {
  /** Where the texts live, for messages, e.g. 'apps/family-center/src/i18n'. */
  name: string;
  /** Each language's texts as imported; a missing language is a problem. */
  texts: Partial<Record<Language, unknown>>;
  /** Source files of the project that owns the folder (not the texts files, not tests). */
  sources: readonly { path: string; text: string }[];
  /** The namespace, so 'ns:key' literals count as uses. */
  namespace?: string;
  /** Keys used in ways a literal scan cannot see (e.g. collected from manifests). */
  usedKeys?: readonly string[];
}

export type TextsProblem =
  | { kind: 'no-texts'; folder: string; language: Language }
  | { kind: 'missing'; folder: string; language: Language; key: string }
  | { kind: 'extra'; folder: string; language: Language; key: string }
  | { kind: 'empty'; folder: string; language: Language; key: string }
  | { kind: 'not-a-string'; folder: string; language: Language; key: string }
  | { kind: 'unused'; folder: string; key: string };

/** Leaf keys in i18next's dotted form with their values. */
export function flattenTexts(texts: unknown, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  if (texts === null || typeof texts !== 'object') return result;
  for (const [key, value] of Object.entries(texts)) {
    const path = prefix + key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flattenTexts(value, `${path}.`)) result.set(k, v);
    } else {
      result.set(path, value);
    }
  }
  return result;
}

export interface SourceStrings {
  /** Every string literal and template literal without substitutions. */
  literals: Set<string>;
  /** The static heads of templates such as `status.${code}`: keys built at run time. */
  prefixes: Set<string>;
}

/** String literals of TypeScript/TSX sources, read with the TypeScript parser (not a regex). */
export function sourceStrings(sources: readonly { path: string; text: string }[]): SourceStrings {
  const literals = new Set<string>();
  const prefixes = new Set<string>();
  for (const source of sources) {
    const kind = source.path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const file = ts.createSourceFile(source.path, source.text, ts.ScriptTarget.Latest, false, kind);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.add(node.text);
      else if (ts.isTemplateExpression(node) && node.head.text !== '') prefixes.add(node.head.text);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { literals, prefixes };
}

function pluralBase(key: string): string | undefined {
  const suffix = pluralSuffixes.find((s) => key.endsWith(s));
  return suffix ? key.slice(0, -suffix.length) : undefined;
}

/**
 * Whether a key is referenced: its full name, its plural base, its 'ns:' form, a parent object
 * or a template head. Keys the caller knows to be used count like literals.
 */
export function isKeyUsed(key: string, found: SourceStrings, namespace?: string, usedKeys: readonly string[] = []): boolean {
  const strings: SourceStrings = usedKeys.length
    ? { literals: new Set([...found.literals, ...usedKeys]), prefixes: found.prefixes }
    : found;
  const names = [key];
  const base = pluralBase(key);
  if (base !== undefined) names.push(base);
  const candidates = namespace ? names.flatMap((n) => [n, `${namespace}:${n}`]) : names;
  if (candidates.some((n) => strings.literals.has(n))) return true;
  // t('status', { returnObjects: true }) or t(`status.${code}`) use every key below 'status'.
  const parts = key.split('.');
  for (let i = 1; i < parts.length; i++) {
    const parent = parts.slice(0, i).join('.');
    if (strings.literals.has(parent) || (namespace && strings.literals.has(`${namespace}:${parent}`))) return true;
  }
  for (const prefix of strings.prefixes) {
    const bare = namespace && prefix.startsWith(`${namespace}:`) ? prefix.slice(namespace.length + 1) : prefix;
    if (bare.endsWith('.') && key.startsWith(bare)) return true;
  }
  return false;
}

export function checkTexts(folder: TextsFolder): TextsProblem[] {
  const problems: TextsProblem[] = [];
  const at = folder.name;
  const flat = new Map<Language, Map<string, unknown>>();
  for (const language of languages) {
    const texts = folder.texts[language];
    if (texts === undefined || texts === null || typeof texts !== 'object') {
      problems.push({ kind: 'no-texts', folder: at, language });
    } else {
      flat.set(language, flattenTexts(texts));
    }
  }
  const source = flat.get('fi');
  for (const [language, keys] of flat) {
    for (const [key, value] of keys) {
      if (typeof value !== 'string') problems.push({ kind: 'not-a-string', folder: at, language, key });
      else if (value.trim() === '') problems.push({ kind: 'empty', folder: at, language, key });
      if (source && language !== 'fi' && !source.has(key)) problems.push({ kind: 'extra', folder: at, language, key });
    }
    if (source && language !== 'fi') {
      for (const key of source.keys()) {
        if (!keys.has(key)) problems.push({ kind: 'missing', folder: at, language, key });
      }
    }
  }
  if (source) {
    const strings = sourceStrings(folder.sources);
    for (const key of source.keys()) {
      if (!isKeyUsed(key, strings, folder.namespace, folder.usedKeys)) problems.push({ kind: 'unused', folder: at, key });
    }
  }
  return problems;
}

export function describeProblem(problem: TextsProblem): string {
  switch (problem.kind) {
    case 'no-texts':
      return `${problem.folder}: no ${problem.language} texts (expected ${problem.language}.ts exporting "${problem.language}")`;
    case 'missing':
      return `${problem.folder}: "${problem.key}" is missing in ${problem.language}`;
    case 'extra':
      return `${problem.folder}: "${problem.key}" in ${problem.language} is not in fi`;
    case 'empty':
      return `${problem.folder}: "${problem.key}" is empty in ${problem.language}`;
    case 'not-a-string':
      return `${problem.folder}: "${problem.key}" in ${problem.language} is not a string`;
    case 'unused':
      return `${problem.folder}: "${problem.key}" is not used in the project's source`;
  }
}
