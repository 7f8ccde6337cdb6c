import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * No personal data in browser storage (issue 3, docs/privacy.md): the frontends keep nothing in
 * localStorage, sessionStorage, IndexedDB or cookies set by script. The session is an HttpOnly
 * cookie the BFF sets; everything else lives in memory and goes with the tab.
 */
const root = resolve(import.meta.dirname, '../../../..');
const storage = /\b(localStorage|sessionStorage|indexedDB)\b|document\s*\.\s*cookie/;

/**
 * Uses reviewed and allowed, with the reason. The staff area's URLs carry no language, so the
 * professional's choice of language (a code: fi, sv or en, nothing else) is kept on the device.
 */
const allowed: Record<string, string> = {
  'apps/shell/src/staff-language.ts': 'the staff UI language code',
  'apps/shell/src/areas/StaffArea.tsx': 'the staff UI language code',
  // Anonymous answering must survive the sign-in round trip (issue 6); sessionStorage ends with the
  // tab, and the resident's sign-out sends Clear-Site-Data: "storage".
  'apps/symptom-check/src/resident/answers-store.ts': 'unfinished symptom-check answers, for the sign-in round trip',
};

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === 'gql' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    // Tests may stub storage to prove it is not used; the rule is about what ships.
    else if (/\.(ts|tsx)$/.test(name) && !/\.(spec|test)\.tsx?$/.test(name)) files.push(path);
  }
  return files;
}

function frontendSources(): string[] {
  const apps = readdirSync(join(root, 'apps'))
    .filter((app) => !['bff', 'e2e'].includes(app))
    .map((app) => join(root, 'apps', app, 'src'));
  const shared = readdirSync(join(root, 'libs/shared')).map((lib) => join(root, 'libs/shared', lib, 'src'));
  return [...apps, ...shared, join(root, 'libs/shell/contract/src')].flatMap((dir) => {
    try {
      return sourceFiles(dir);
    } catch {
      return [];
    }
  });
}

describe('the frontends', () => {
  it('are found by this scan (a moved folder must not make it pass vacuously)', () => {
    const files = frontendSources().map((f) => relative(root, f));
    expect(files).toContain('apps/shell/src/staff-language.ts');
    expect(files.some((f) => f.startsWith('apps/privacy/src/'))).toBe(true);
    expect(files.some((f) => f.startsWith('libs/shared/graphql-client/src/'))).toBe(true);
  });

  it('use no browser storage beyond the reviewed exceptions', () => {
    const offenders = frontendSources()
      .map((file) => ({ file: relative(root, file), lines: readFileSync(file, 'utf8').split('\n') }))
      .flatMap(({ file, lines }) =>
        lines.flatMap((line, i) => (storage.test(line) && !line.trim().startsWith('//') && !(file in allowed) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders, 'keep personal data out of browser storage (docs/privacy.md)').toEqual([]);
  });
});

describe('the frontends’ routes', () => {
  // A person, their identity code or e-mail in a path or query ends up in browser history, proxy
  // logs and Referer headers: whose data a page shows comes from the session.
  const personal = /[:?&/](person|personId|client|clientId|child|childId|ssn|hetu|identityCode|personalIdentityCode|email)\b/i;

  it('put no person id, identity code or e-mail in a path or query', () => {
    const manifests = readdirSync(join(root, 'apps'))
      .map((app) => join(root, 'apps', app, 'src/module.ts'))
      .filter((file) => {
        try {
          return statSync(file).isFile();
        } catch {
          return false;
        }
      });
    expect(manifests.length).toBeGreaterThan(5);
    const paths = manifests.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/path:\s*'([^']*)'/g)].map((m) => `${relative(root, file)}: ${m[1] ?? ''}`));
    expect(paths.filter((p) => personal.test(p.split(': ')[1] ?? ''))).toEqual([]);
    const links = frontendSources().flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:href|to)=\{?[`'"]([^`'"]*)/g)].map((m) => `${relative(root, file)}: ${m[1] ?? ''}`),
    );
    expect(links.filter((l) => personal.test(l.split(': ')[1] ?? ''))).toEqual([]);
  });
});
