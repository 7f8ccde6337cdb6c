import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type Database } from '@luotsi/db';
import { MalformedPtvError, isInFinland, isOpenAt, type OpeningHoursPeriod } from '@luotsi/services-domain';
import { importCatalogue } from './importer';
import { catalogueSyncJob } from './sync-job';

const fixtures = fileURLToPath(new URL('../../../domain/src/__fixtures__/ptv-v11/', import.meta.url));
const fixture = (path: string) => JSON.parse(readFileSync(join(fixtures, path), 'utf8')) as Record<string, unknown>;
const ids = {
  county: '3f0c8e2a-5b7d-4c1e-9a6f-1d2e3c4b5a60',
  ngo: '7d9e1f20-3a4b-4c5d-8e6f-70819a2b3c4d',
  counselling: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
  familyCafe: '1b2c3d4e-5f6a-4b7c-9d8e-9f0a1b2c3d4e',
  onlineCafe: '2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  channel: (n: number) => `c0a80101-0000-4c11-8a00-00000000000${n}`,
};
const quiet = { http: { baseDelayMs: 1 } };

let db: Database;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(() => db?.close());

async function catalogueCounts() {
  const p = db.prisma;
  return { organizations: await p.organization.count(), services: await p.service.count(), channels: await p.serviceChannel.count(), links: await p.serviceChannelLink.count() };
}

describe('importing recorded PTV JSON from a folder', () => {
  it('gives services with their names in each language, opening hours and map positions in Finland', async () => {
    const result = await importCatalogue(db.prisma, fixtures);
    expect(result.counts.organizations.created).toBe(2);
    expect(result.counts.services).toMatchObject({ created: 3, skipped: 0 });
    expect(result.counts.channels.created).toBe(6);
    const counselling = await db.prisma.service.findUniqueOrThrow({ where: { id: ids.counselling }, include: { channels: { include: { channel: true } }, organization: true } });
    expect(counselling.name).toEqual({ fi: 'Perheneuvola', sv: 'Familjerådgivning', en: 'Family counselling' });
    expect(counselling.organization).toMatchObject({ providerType: 'county', name: { fi: 'Esimerkin hyvinvointialue', sv: 'Exempels välfärdsområde', en: 'Example wellbeing services county' } });
    expect(counselling.channels.map((l) => l.channel.type).sort()).toEqual(['e-service', 'location', 'phone', 'printable-form', 'web-page']);
    const location = counselling.channels.find((l) => l.channel.type === 'location')!.channel;
    expect(isInFinland({ latitude: location.latitude!, longitude: location.longitude! })).toBe(true);
    expect(location.latitude).toBeCloseTo(60.211, 3);
    const hours = location.openingHours as unknown as OpeningHoursPeriod[];
    expect(isOpenAt(hours, new Date('2026-11-02T07:00:00Z'))).toBe(true);
    expect(isOpenAt(hours, new Date('2026-11-01T07:00:00Z'))).toBe(false); // a Sunday
    expect((await db.prisma.service.findUniqueOrThrow({ where: { id: ids.familyCafe } })).name).toEqual({ sv: 'Familjecafé' });
    expect(await db.prisma.serviceClassification.findUnique({ where: { kind_code: { kind: 'target-group', code: 'KR1.2' } } })).toMatchObject({ name: { fi: 'Lapsiperheet', sv: 'Barnfamiljer', en: 'Families with children' } });
  });

  it('stores no employee’s personal phone number or e-mail address', async () => {
    await importCatalogue(db.prisma, fixtures);
    const stored = JSON.stringify(await db.prisma.serviceChannel.findMany()) + JSON.stringify(await db.prisma.service.findMany()) + JSON.stringify(await db.prisma.catalogueImportRun.findMany());
    expect(stored).not.toMatch(/Meikäläinen|meikalainen|123 4567/);
    expect(stored).toContain('perheneuvola@esimerkki.fi');
  });

  it('keeps what it skipped in the run’s report', async () => {
    const result = await importCatalogue(db.prisma, fixtures);
    const run = await db.prisma.catalogueImportRun.findUniqueOrThrow({ where: { id: result.runId } });
    expect(run.status).toBe('succeeded');
    expect(run.skipped).toEqual(expect.arrayContaining([
      expect.objectContaining({ file: 'channels/page-1.json', reason: 'channel of unknown type "Chat" skipped' }),
      expect.objectContaining({ file: 'services/page-2.json', reason: 'service without a name skipped' }),
      expect.objectContaining({ file: 'services/page-1.json', path: '$.itemList[*].futureField' }),
    ]));
  });

  it('skips what has not changed since the last import, and removes what PTV deleted', async () => {
    await importCatalogue(db.prisma, fixtures);
    const again = await importCatalogue(db.prisma, fixtures);
    expect(again.counts.services).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(again.counts.channels).toMatchObject({ created: 0, updated: 0, unchanged: 6 });
    expect(await catalogueCounts()).toEqual({ organizations: 2, services: 3, channels: 6, links: 6 });
  });
});

describe('a malformed import file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ptv-malformed-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is reported with the file and JSON path, and nothing of the import is written', async () => {
    const folder = join(dir, 'structure');
    mkdirSync(join(folder, 'services'), { recursive: true });
    writeFileSync(join(folder, 'a-county.json'), JSON.stringify(fixture('organizations/county.json')));
    const page = fixture('services/page-1.json') as { itemList: Record<string, unknown>[] };
    page.itemList[1]!['serviceNames'] = 'Familjecafé';
    writeFileSync(join(folder, 'services', 'page-1.json'), JSON.stringify(page));
    const attempt = importCatalogue(db.prisma, folder);
    await expect(attempt).rejects.toThrow(MalformedPtvError);
    await expect(importCatalogue(db.prisma, folder)).rejects.toThrow('services/page-1.json at $.itemList[1].serviceNames: expected a list');
    expect(await catalogueCounts()).toEqual({ organizations: 0, services: 0, channels: 0, links: 0 });
    const runs = await db.prisma.catalogueImportRun.findMany();
    expect(runs[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('$.itemList[1].serviceNames') });
  });

  it('that is not JSON at all is named with its line', async () => {
    const folder = join(dir, 'syntax');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'broken.json'), '{\n  "id": "3f0c8e2a-5b7d-4c1e-9a6f-1d2e3c4b5a60",\n  "organizationNames": [\n}');
    await expect(importCatalogue(db.prisma, folder)).rejects.toThrow(/broken\.json at \$ \(line 4, column \d+\): not valid JSON/);
    expect(await catalogueCounts()).toEqual({ organizations: 0, services: 0, channels: 0, links: 0 });
  });
});

describe('importing from the PTV open API', () => {
  let server: Server;
  let baseUrl: string;
  const requests: string[] = [];
  let failuresLeft = 0;
  const overrides = new Map<string, Record<string, unknown>>();

  beforeAll(async () => {
    const allChannels = [...((fixture('channels/page-1.json') as { itemList: Record<string, unknown>[] }).itemList), ...(JSON.parse(readFileSync(join(fixtures, 'channels/by-guids.json'), 'utf8')) as Record<string, unknown>[])];
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      requests.push(`${url.pathname}${url.search}`);
      const send = (status: number, body?: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(body === undefined ? '' : JSON.stringify(body));
      };
      const withOverrides = (page: Record<string, unknown>) => ({ ...page, itemList: (page['itemList'] as Record<string, unknown>[]).map((item) => overrides.get(item['id'] as string) ?? item) });
      const path = url.pathname.replace(/^\/api\/v11\//, '');
      const page = url.searchParams.get('page');
      if (path === 'Service/list/area/Municipality/code/235') {
        // PTV answers big lists with a gateway timeout now and then.
        if (page === '1' && failuresLeft > 0) return failuresLeft--, send(504, { message: 'Gateway Timeout' });
        if (page === '1' || page === '2') return send(200, withOverrides(fixture(`services/page-${page}.json`)));
      }
      if (path === 'ServiceChannel/list/area/Municipality/code/235' && page === '1') return send(200, fixture('channels/page-1.json'));
      if (path === 'ServiceChannel/list') {
        const guids = (url.searchParams.get('guids') ?? '').split(',');
        return send(200, allChannels.filter((c) => guids.includes(c['id'] as string)));
      }
      if (path === `Organization/${ids.county}`) return send(200, fixture('organizations/county.json'));
      if (path === `Organization/${ids.ngo}`) return send(200, fixture('organizations/ngo.json'));
      send(404, { message: 'Not found' });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v11/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    requests.length = 0;
    failuresLeft = 0;
    overrides.clear();
  });

  it('follows the pages, retries a 504, fetches linked channels and the organisations', async () => {
    failuresLeft = 1;
    const result = await importCatalogue(db.prisma, baseUrl, { ...quiet, municipalityCodes: ['235'] });
    expect(requests.filter((r) => r === '/api/v11/Service/list/area/Municipality/code/235?page=1')).toHaveLength(2);
    expect(requests).toContain('/api/v11/Service/list/area/Municipality/code/235?page=2');
    // The nationwide web page is not in the municipality's channel list: fetched by id.
    expect(requests).toContain(`/api/v11/ServiceChannel/list?guids=${ids.channel(4)}`);
    expect(requests).toContain(`/api/v11/Organization/${ids.county}`);
    expect(result.counts.services.created).toBe(3);
    expect(result.counts.channels.created).toBe(6);
    expect(await catalogueCounts()).toEqual({ organizations: 2, services: 3, channels: 6, links: 6 });
    expect(result.skipped.some((s) => s.file?.startsWith(baseUrl))).toBe(true);
  });

  it('updates only what changed on the next run', async () => {
    await importCatalogue(db.prisma, baseUrl, { ...quiet, municipalityCodes: ['235'] });
    const page2 = fixture('services/page-2.json') as { itemList: Record<string, unknown>[] };
    overrides.set(ids.onlineCafe, { ...page2.itemList[0]!, serviceNames: [{ type: 'Name', language: 'fi', value: 'Perhekahvila verkossa' }, { type: 'Name', language: 'sv', value: 'Familjecafé på nätet' }], modified: '2026-11-15T08:00:00' });
    const next = await importCatalogue(db.prisma, baseUrl, { ...quiet, municipalityCodes: ['235'] });
    // The second run asks PTV only for what changed since the first (with a day's margin).
    expect(requests).toContainEqual(expect.stringMatching(/^\/api\/v11\/Service\/list\/area\/Municipality\/code\/235\?date=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d&page=1$/));
    expect(next.counts.services).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(next.counts.channels).toMatchObject({ created: 0, updated: 0, unchanged: 6 });
    expect((await db.prisma.service.findUniqueOrThrow({ where: { id: ids.onlineCafe } })).name).toEqual({ fi: 'Perhekahvila verkossa', sv: 'Familjecafé på nätet' });
  });

  it('gives up after its retries when the API keeps failing, writing nothing', async () => {
    failuresLeft = 100;
    await expect(importCatalogue(db.prisma, baseUrl, { http: { baseDelayMs: 1, retries: 2 }, municipalityCodes: ['235'] })).rejects.toThrow('HTTP 504');
    expect(requests).toHaveLength(3);
    expect(await catalogueCounts()).toEqual({ organizations: 0, services: 0, channels: 0, links: 0 });
  });

  it('runs as the nightly job when PTV_URL is set, and does nothing when it is not', async () => {
    const logged: string[] = [];
    const context = (env: Record<string, string>) => ({
      data: {}, prisma: db.prisma, now: () => new Date(), modules: [], env, jobId: 'test',
      logger: { info: (_: unknown, message?: string) => void logged.push(message ?? ''), warn: () => undefined, error: () => undefined },
    });
    await catalogueSyncJob.handler(context({}) as never);
    expect(logged).toEqual(['PTV_URL is not set: the catalogue sync is off']);
    expect(requests).toEqual([]);
    // Retries wait a second at first: let the server answer at once.
    await catalogueSyncJob.handler(context({ PTV_URL: baseUrl, PTV_MUNICIPALITIES: '235' }) as never);
    expect(await catalogueCounts()).toEqual({ organizations: 2, services: 3, channels: 6, links: 6 });
  });
});
