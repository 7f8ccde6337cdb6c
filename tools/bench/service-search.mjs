#!/usr/bin/env node
// Service tray search at national-catalogue size (issue 5): 50 000 generated services (the demo
// generator, through the same importer as PTV data) in a PostgreSQL database this script creates
// and drops (luotsi_bench_search on the local server, or BENCH_PG_ADMIN_URL's server). A mix of
// realistic searches (Finnish, Swedish and English words, inflected forms, typos, two words,
// facet filters, browsing a municipality, nearest first from a postal code) runs at 20 concurrent
// clients through the BFF's GraphQL (its Yoga handler in process, with the production plugins),
// and the same two SQL statements per search directly on `pg`; prints p50/p95 and the throughput
// ratio GraphQL/pg. Target: GraphQL p95 ≤ 30 ms on PostgreSQL. Then the same on in-memory PGlite
// (single connection, so 4 clients).
// Usage: node tools/bench/service-search.mjs [--services 50000] [--pglite-services N] [--requests 1500] [--pg-only | --pglite-only] [--keep] [--reuse] [--clients 20]
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(import.meta.dirname, '..', '..');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** What residents type: words in both national languages and English, inflections, typos, filters. */
const mix = [
  { language: 'fi', input: { query: 'neuvola' } },
  { language: 'fi', input: { query: 'perhekeskukset' } },
  { language: 'fi', input: { query: 'terveysasema', municipalityCodes: ['049'] } },
  { language: 'fi', input: { query: 'kotihoito' } },
  { language: 'fi', input: { query: 'lasten neuvola' } },
  { language: 'fi', input: { query: 'terveysasma' } },
  { language: 'fi', input: { query: 'nuoret', targetGroups: ['KR1.3'] } },
  { language: 'fi', input: { query: 'vertaistuki', providerTypes: ['ngo'] } },
  { language: 'fi', input: { query: 'neuvola', sort: 'distance', originPostalCode: '02100' } },
  { language: 'fi', input: { municipalityCodes: ['444'] } },
  { language: 'sv', input: { query: 'familjecenter' } },
  { language: 'sv', input: { query: 'hälsostation', municipalityCodes: ['710'] } },
  { language: 'sv', input: { query: 'rådgivningen' } },
  { language: 'sv', input: { query: 'hemvård', freeOfCharge: true } },
  { language: 'en', input: { query: 'health centre' } },
  { language: 'en', input: { query: 'family', channelTypes: ['phone'] } },
];

const document = /* GraphQL */ `
  query BenchSearch($input: ServiceSearchInput!) {
    searchServices(input: $input) {
      total
      nextCursor
      suggestion
      hits { distanceKm service { id name { text language isFallback } summary { text language isFallback } chargeType organization { id providerType name { text language isFallback } } } }
      facets { facet values { value count selected label { text language isFallback } } }
    }
  }
`;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** `requests` calls of `call(i)` by `clients` concurrent loops; latencies and throughput. */
async function load(clients, requests, call) {
  let next = 0;
  const latencies = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < requests) {
        const i = next++;
        const t0 = performance.now();
        await call(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), rps: requests / seconds };
}

const ms = (n) => `${n.toFixed(1)} ms`;

async function main() {
  const services = option('--services', 50_000);
  const pgliteServices = option('--pglite-services', services);
  const requests = option('--requests', 1500);
  const pgClients = option('--clients', 20);
  const db = await import('@luotsi/db');
  const { buildSchema } = await import('@luotsi/bff-core');
  const { generateCatalogue, cataloguePages, importDocuments } = await import('@luotsi/services-bff');
  const { createLiveEvents } = await import(join(root, 'libs/bff/core/src/live-events.ts'));
  const { createGraphqlHandler } = await import(join(root, 'apps/bff/src/graphql.ts'));
  const { bffModules } = await import(join(root, 'apps/bff/src/modules.ts'));
  const { prepareSearch } = await import(join(root, 'libs/services/bff/src/search/search.ts'));
  const { expandCached } = await import(join(root, 'libs/services/bff/src/search/vocabulary.ts'));
  const { hitsSql, facetsSql } = await import(join(root, 'libs/services/bff/src/search/sql.ts'));
  const { tsQueryText } = await import('@luotsi/services-domain');
  const { RateLimiterMemory } = await import('rate-limiter-flexible');
  const pino = (await import('pino')).default;
  const pg = (await import('pg')).default;
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  const { newInMemoryPglite, wrapPglite } = await import(join(root, 'libs/bff/db/src/database.ts'));

  const schema = buildSchema(bffModules);
  const logger = pino({ level: 'silent' });

  /** The two statements the search runs for one mix entry, as the BFF builds them. */
  async function statementsOf(prisma, entry) {
    const { query, filters, first, origin, sort, after } = prepareSearch(entry.input);
    const groups = await Promise.all(query.terms.map(async (term) => ({ term, variants: (await expandCached(prisma, term)).map((m) => m.word) })));
    const tsQuery = groups.length ? tsQueryText(groups) : null;
    return [
      hitsSql({ language: entry.language, tsQuery, filters, sort, origin, after, limit: first + 1 }),
      facetsSql({ language: entry.language, tsQuery, filters }),
    ];
  }

  async function measure(label, database, clients, runDirect) {
    console.log(`\n${label}`);
    const yoga = createGraphqlHandler({
      schema,
      prisma: () => database.prisma,
      logger,
      hardening: { persistedOperations: null, introspection: false, timeoutMs: 10_000, mutationLimiter: new RateLimiterMemory({ points: 1e9, duration: 1 }) },
      viewerOf: () => ({ resident: null, staff: null }),
      live: createLiveEvents(),
    });
    const graphql = async (i) => {
      const entry = mix[i % mix.length];
      const res = { locals: { requestId: `bench-${i}` } };
      const req = { header: (name) => (name === 'x-luotsi-language' ? entry.language : undefined), acceptsLanguages: () => entry.language };
      const response = await yoga.fetch(
        'http://bench.local/graphql',
        { method: 'POST', headers: { 'content-type': 'application/json', 'x-luotsi-csrf': '1', 'x-luotsi-language': entry.language }, body: JSON.stringify({ query: document, variables: { input: entry.input } }) },
        { req, res },
      );
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data.searchServices.total;
    };
    // Warm up (vocabulary, plans, JIT) and show what each search finds.
    for (let i = 0; i < mix.length; i++) {
      const total = await graphql(i);
      console.log(`  ${mix[i].language} ${JSON.stringify(mix[i].input)} → ${total}`);
    }
    for (let i = 0; i < 100; i++) await graphql(i);
    const viaGraphql = await load(clients, requests, graphql);
    const statements = await Promise.all(mix.map((entry) => statementsOf(database.prisma, entry)));
    const viaSql = await load(clients, requests, (i) => runDirect(statements[i % mix.length]));
    console.log(`  GraphQL, ${clients} clients, ${requests} searches: p50 ${ms(viaGraphql.p50)}, p95 ${ms(viaGraphql.p95)}, ${viaGraphql.rps.toFixed(0)} searches/s`);
    console.log(`  SQL only (the same 2 statements), ${clients} clients: p50 ${ms(viaSql.p50)}, p95 ${ms(viaSql.p95)}, ${viaSql.rps.toFixed(0)} searches/s`);
    console.log(`  throughput GraphQL/SQL: ${(viaGraphql.rps / viaSql.rps).toFixed(2)}`);
    return { viaGraphql, viaSql };
  }

  /**
   * Imports through the importer with a Prisma client whose interactive transactions may run long:
   * on a loaded machine a batch of 200 can exceed Prisma's default 5 s transaction timeout.
   */
  async function fill(database, count, importAdapter) {
    await db.seedPlatform(database.prisma);
    const t0 = performance.now();
    const pages = cataloguePages(generateCatalogue({ services: count, seed: 42 }));
    const importer = new db.PrismaClient({ adapter: importAdapter, transactionOptions: { maxWait: 60_000, timeout: 600_000 } });
    const result = await importDocuments(importer, 'benchmark catalogue', pages);
    await importer.$disconnect();
    await database.sql.exec('ANALYZE');
    const channels = await database.prisma.serviceChannel.count();
    console.log(`  imported ${await database.prisma.service.count()} services and ${channels} channels in ${((performance.now() - t0) / 1000).toFixed(0)} s (${result.status ?? 'done'})`);
  }

  if (!process.argv.includes('--pglite-only')) {
    const adminUrl = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const name = 'luotsi_bench_search';
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    // --reuse keeps a database left by --keep (migrating it to the current schema), to skip the import.
    const reuse = process.argv.includes('--reuse') && (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    if (!reuse) {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.query(`CREATE DATABASE ${name}`);
    }
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = await db.openDatabase({ url: url.toString() });
    const direct = new pg.Pool({ connectionString: url.toString(), max: 10 });
    const importPool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    try {
      await db.migrate(database);
      console.log(`PostgreSQL ${url.host}/${name}: ${services} services`);
      if (reuse && (await database.prisma.service.count()) > 0) {
        await database.sql.exec('ANALYZE');
        console.log(`  reusing ${await database.prisma.service.count()} services`);
      } else await fill(database, services, new PrismaPg(importPool));
      await importPool.end();
      await measure(`PostgreSQL (pool of 10 connections for each path)`, database, pgClients, async ([hits, facets]) => {
        await Promise.all([direct.query(hits.text, hits.values), direct.query(facets.text, facets.values)]);
      });
    } finally {
      await direct.end();
      await database.close();
      // --keep leaves the database for EXPLAIN ANALYZE; the next run drops and recreates it.
      if (!process.argv.includes('--keep')) await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    }
  }

  if (!process.argv.includes('--pg-only')) {
    const client = await newInMemoryPglite();
    await db.migrate(db.pgliteSqlClient(client));
    const database = wrapPglite(client, 'PGlite in memory (benchmark)');
    try {
      console.log(`\nPGlite in memory: ${pgliteServices} services`);
      await fill(database, pgliteServices, new PrismaPGlite(client));
      await measure('PGlite (one connection: 4 clients)', database, 4, async ([hits, facets]) => {
        await database.sql.query(hits.text, hits.values);
        await database.sql.query(facets.text, facets.values);
      });
    } finally {
      await database.close();
    }
  }
}

if (!process.env.SERVICE_SEARCH_BENCH_CHILD) {
  // The code under test is TypeScript in the libraries: run this file again under tsx with the path aliases.
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SERVICE_SEARCH_BENCH_CHILD: '1', TSX_TSCONFIG_PATH: join(root, 'tsconfig.base.json') },
  });
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  await main();
}
