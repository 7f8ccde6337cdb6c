import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import type { Database } from '@luotsi/db';
import { persistedOperationId } from './persisted-operations';
import { codeOf, frontendOperations, openSeededDatabase, postGraphql, startTestApp, type TestApp } from './test-app';

/** Memory always; Redis too when one answers (REDIS_URL or the local one). */
const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
async function redisReachable(): Promise<Redis | null> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch {
    redis.disconnect();
    return null;
  }
}
const redis = await redisReachable();
if (!redis) console.warn(`Redis at ${redisUrl} does not answer: the rate limits are tested in memory only.`);
const targets: { name: string; redis?: Redis }[] = [{ name: 'memory' }, ...(redis ? [{ name: 'Redis', redis }] : [])];

const points = 3;
const mutation = 'mutation SetLanguage($language: Language!) { setMyLanguage(language: $language) { language } }';
const mutationId = persistedOperationId(mutation);
const operations = new Map([...frontendOperations(), [mutationId, mutation]]);
const familyArticlesId = [...operations].find(([, text]) => text.includes('query FamilyArticles'))![0];

let db: Database;
beforeAll(async () => {
  db = await openSeededDatabase();
});
afterAll(async () => {
  await db?.close();
  redis?.disconnect();
});

const wait = (seconds: number) => new Promise((r) => setTimeout(r, seconds * 1000));

describe.each(targets)('rate limits in $name', (target) => {
  let app: TestApp;
  const prefix = `luotsi-test:${process.pid}:${Date.now()}:${target.name}`;

  beforeAll(async () => {
    app = await startTestApp(db, {
      mode: 'demo',
      persistedOperations: operations,
      rateLimitKeyPrefix: prefix,
      ...(target.redis ? { redis: target.redis } : {}),
      adjust: (c) => ({ ...c, rateLimit: { signIn: { points, durationSeconds: 1 }, mutations: { points, durationSeconds: 1 } } }),
    });
  });
  afterAll(async () => {
    await app?.close();
    if (target.redis) {
      const keys = await target.redis.keys(`${prefix}*`);
      if (keys.length) await target.redis.del(...keys);
    }
  });

  const signIn = (language: string) => fetch(`${app.base}/auth/resident/login?lang=${language}`, { redirect: 'manual' });

  it('refuses sign-in attempts over the limit with 429, Retry-After and a page in the reader’s language, then lets them in again', async () => {
    for (let i = 0; i < points; i++) expect((await signIn('sv')).status).not.toBe(429);
    const refused = await signIn('sv');
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const page = await refused.text();
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('För många inloggningsförsök');
    if (target.redis) expect(await target.redis.keys(`${prefix}:sign-in*`)).not.toEqual([]);

    // The demo IdP's persona choice counts against the same limit; English from Accept-Language.
    const choice = await fetch(`${app.base}/idp/interaction/some-uid/login`, {
      method: 'POST', headers: { 'accept-language': 'en', 'content-type': 'application/x-www-form-urlencoded' }, body: 'persona=a',
    });
    expect(choice.status).toBe(429);
    expect(await choice.text()).toContain('Too many sign-in attempts');

    await wait(retryAfter);
    expect((await signIn('fi')).status).not.toBe(429);
  });

  it('refuses mutations over the limit with RATE_LIMITED and no data, leaves queries alone, then resets', async () => {
    const mutate = () => postGraphql(app.base, { extensions: { persistedQuery: { version: 1, sha256Hash: mutationId } }, variables: { language: 'sv' } });
    for (let i = 0; i < points; i++) expect(codeOf(await mutate())).toBe('UNAUTHENTICATED');
    const refused = await mutate();
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.body).not.toHaveProperty('data');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    if (target.redis) expect(await target.redis.keys(`${prefix}:mutations*`)).not.toEqual([]);

    const query = await postGraphql(app.base, { extensions: { persistedQuery: { version: 1, sha256Hash: familyArticlesId } } });
    expect(query.status).toBe(200);
    expect(query.body.errors).toBeUndefined();

    await wait(retryAfter);
    expect(codeOf(await mutate())).toBe('UNAUTHENTICATED');
  });
});
