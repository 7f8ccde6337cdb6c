import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffMigrationsToSchema } from '../scripts/schema-diff';
import { schemaDir } from './paths';

const scratch = mkdtempSync(join(tmpdir(), 'luotsi-schema-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// The same check as `npm run db:migration -- --check`, so drift also fails `npm test`.
describe('migrations and Prisma schema', () => {
  it('match: the checked-in migrations produce exactly the schema', async () => {
    const diff = await diffMigrationsToSchema();
    expect(
      diff.hasChanges,
      `Schema drift; create a migration (npm run db:migration -- <name>):\n${diff.script}`,
    ).toBe(false);
  });

  it('a schema change without a migration is detected', async () => {
    const changed = join(scratch, 'schema');
    cpSync(schemaDir, changed, { recursive: true });
    const identity = join(changed, 'identity.prisma');
    writeFileSync(
      identity,
      readFileSync(identity, 'utf8').replace(
        '  phone                String?',
        '  phone                String?\n  nickname             String?',
      ),
    );
    const diff = await diffMigrationsToSchema({ schemaDir: changed });
    expect(diff.hasChanges).toBe(true);
    expect(diff.script).toContain('ALTER TABLE "persons" ADD COLUMN     "nickname" TEXT');
  });
});
