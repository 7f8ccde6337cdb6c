import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf } from '@luotsi/bff-core';
import { familyModule } from './index';
import { identityModule } from '@luotsi/identity-bff';
import { loadArticles } from '@luotsi/family-content/node';

let db: Database;
const schema = buildSchema([identityModule, familyModule]);
beforeAll(async () => {
  db = await openTestDatabase([identityModule, familyModule]);
});
afterAll(() => db?.close());

const articles = /* GraphQL */ `query { familyArticles { slug title { text language isFallback } } }`;

describe('family-center articles', () => {
  it('are public and come in the reader’s language, newest first', async () => {
    const result = await runOperation<{ familyArticles: { slug: string; title: { text: string } }[] }>(schema, db.prisma, articles, { language: 'sv', now: new Date('2026-11-22T12:00:00Z') });
    expect(result.errors).toBeUndefined();
    const expected = loadArticles()
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug))
      .map((a) => a.slug);
    expect(expected.length).toBeGreaterThanOrEqual(40);
    expect(result.data?.familyArticles.map((a) => a.slug).sort()).toEqual([...expected].sort());
    expect(result.data?.familyArticles.find((a) => a.slug === 'koulustressi')?.title).toEqual({ text: 'Skolbarnets stress och ork', language: 'sv', isFallback: false });
  });

  it('fall back to Finnish and say so when there is no translation', async () => {
    const result = await runOperation<{ familyArticles: { slug: string; title: unknown }[] }>(schema, db.prisma, articles, { language: 'en' });
    expect(result.data?.familyArticles.find((a) => a.slug === 'eron-jalkeen')?.title).toEqual({ text: 'Nuori vanhempien erossa', language: 'fi', isFallback: true });
  });

  it('hide articles whose publication time has not come', async () => {
    const now = new Date('2026-09-10T00:00:00Z');
    const published = loadArticles().filter((a) => new Date(a.publishedAt) <= now);
    const result = await runOperation<{ familyArticles: unknown[] }>(schema, db.prisma, articles, { now });
    expect(published.length).toBeGreaterThan(0);
    expect(published.length).toBeLessThan(loadArticles().length);
    expect(result.data?.familyArticles).toHaveLength(published.length);
  });
});

describe('family-center help requests', () => {
  const query = /* GraphQL */ `query { familyHelpRequests { topic anonymous dueAt } }`;

  it('are refused without a staff sign-in', async () => {
    const result = await runOperation(schema, db.prisma, query, { resident: await viewerOf(db.prisma, 'resident', 'resident-tessa') });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('are refused to a professional of another role', async () => {
    const result = await runOperation(schema, db.prisma, query, { staff: await viewerOf(db.prisma, 'staff', 'staff-hanna') });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('show the advisor her unit’s queue, earliest deadline first', async () => {
    const result = await runOperation<{ familyHelpRequests: { topic: string; anonymous: boolean }[] }>(schema, db.prisma, query, {
      staff: await viewerOf(db.prisma, 'staff', 'staff-aino'),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.familyHelpRequests.map((r) => [r.topic, r.anonymous])).toEqual([
      ['sleep', false],
      ['relationships', true],
      ['money', false],
    ]);
  });
});
