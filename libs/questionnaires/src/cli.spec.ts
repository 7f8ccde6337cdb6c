import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'questionnaire-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI as `npm run questionnaire:evaluate` does: tsx with the workspace paths. */
function run(id: string, content: unknown) {
  const file = join(dir, `${id}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return spawnSync(
    join(root, 'node_modules/.bin/tsx'),
    ['--tsconfig', 'tsconfig.base.json', 'tools/scripts/questionnaire-evaluate.ts', id, file],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
}

describe('npm run questionnaire:evaluate', { timeout: 30_000 }, () => {
  it('prints the result as JSON', () => {
    const result = run('phq-9', {
      answers: { '1': 3, '2': 3, '3': 2, '4': 2, '5': 1, '6': 1, '7': 0, '8': 0, '9': 1 },
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      score: 13,
      band: 'moderate',
      urgency: 'same-day',
      redFlags: ['self-harm-thoughts'],
      advice: expect.arrayContaining(['urgent-self-harm']),
    });
  });

  it('takes the sex for AUDIT-C beside the answers', () => {
    const result = run('audit-c', { answers: { '1': 2, '2': 1, '3': 2 }, sex: 'female' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ score: 5, band: 'positive' });
  });

  it('exits non-zero with a clear message on invalid answers', () => {
    const result = run('audit', {
      answers: { '1': 4, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0, '7': 0, '8': 0, '9': 3, '10': 0 },
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('item "9": 3 is not an option; allowed: 0, 2, 4');
  });

  it('exits non-zero on an unknown questionnaire or a malformed file', () => {
    expect(run('phq-10', { answers: {} }).stderr).toContain(
      'Unknown questionnaire "phq-10"; known: phq-9, gad-7, audit, audit-c, respiratory-infection',
    );
    const malformed = run('gad-7', '{"answers": ');
    expect(malformed.status).not.toBe(0);
    expect(malformed.stderr).toMatch(/Cannot read/);
  });
});
