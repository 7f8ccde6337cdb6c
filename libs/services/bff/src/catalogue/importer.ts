/**
 * The catalogue import: reads PTV JSON (files or the open API), maps it with
 * @luotsi/services-domain and upserts organisations, channels, services and their links.
 *
 * - Everything is read and mapped before anything is written: a malformed file stops the import
 *   with its name and JSON path, and nothing of it is written.
 * - Incremental: an entity whose PTV modification time is not newer than the stored one is left
 *   alone (counted as unchanged).
 * - Writes go in transactions of one batch each; a crash leaves whole batches, and the next run
 *   picks up the rest.
 * - Each run is recorded (catalogue_import_runs) with its counts and what it skipped.
 */
import { Prisma, type PrismaClient } from '@luotsi/db';
import {
  emptyCatalogue,
  ImportReport,
  mapPtvDocument,
  MalformedPtvError,
  type CatalogueChannel,
  type CatalogueOrganization,
  type CatalogueService,
  type MappedCatalogue,
  type SkipEntry,
} from '@luotsi/services-domain';
import { getJson, getPages, readFolder, type HttpOptions, type PtvDocument } from './sources';

export interface EntityCounts {
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
  skipped: number;
}

export interface ImportCounts {
  organizations: EntityCounts;
  services: EntityCounts;
  channels: EntityCounts;
  classifications: number;
  links: number;
}

export interface ImportResult {
  runId: string;
  source: string;
  counts: ImportCounts;
  skipped: SkipEntry[];
}

export interface ImportOptions {
  /** Entities per transaction (default 200). */
  batchSize?: number;
  /** Write even unchanged entities (after a mapping change); over HTTP, also fetch everything, not only what changed since the last run. */
  full?: boolean;
  now?: () => Date;
  log?: (message: string) => void;
}

/** How long import runs are kept (catalogue_import_runs). */
export const runHistoryDays = 180;

const zero = (): EntityCounts => ({ created: 0, updated: 0, unchanged: 0, removed: 0, skipped: 0 });

/** Maps documents into one catalogue; throws MalformedPtvError before anything is written. */
export function mapDocuments(documents: readonly PtvDocument[], report: ImportReport, into: MappedCatalogue = emptyCatalogue()): MappedCatalogue {
  for (const document of documents) mapPtvDocument(document.json, { file: document.source, report, into, ...(document.listKind ? { listKind: document.listKind } : {}) });
  return into;
}

/** Imports already-read documents (files, generated data, fetched pages). */
export async function importDocuments(prisma: PrismaClient, source: string, documents: readonly PtvDocument[], options: ImportOptions = {}): Promise<ImportResult> {
  const report = new ImportReport();
  return runImport(prisma, source, report, options, async () => mapDocuments(documents, report));
}

/** `npm run catalogue:import -- <folder-or-url>`: a folder or file of JSON, or the open API's base URL. */
export async function importCatalogue(
  prisma: PrismaClient,
  source: string,
  options: ImportOptions & { http?: HttpOptions; municipalityCodes?: readonly string[] } = {},
): Promise<ImportResult> {
  const report = new ImportReport();
  if (/^https?:\/\//i.test(source)) {
    const codes = options.municipalityCodes ?? (await prisma.municipality.findMany({ select: { code: true } })).map((m) => m.code);
    // Incremental: ask only for what changed since the last successful run (a day's margin for
    // clock differences and PTV's own publishing delay); --full asks for everything.
    const last = options.full ? null : await prisma.catalogueImportRun.findFirst({ where: { source, status: 'succeeded' }, orderBy: { startedAt: 'desc' } });
    const since = last ? new Date(last.startedAt.getTime() - 86_400_000) : undefined;
    return runImport(prisma, source, report, options, () => fetchFromApi(source, codes, report, { ...options.http, ...(options.log ? { log: options.log } : {}) }, since));
  }
  return runImport(prisma, source, report, options, async () => mapDocuments(readFolder(source), report));
}

/**
 * The open API: each municipality's services and channels (paged), then channels the services
 * link to that the area lists did not have (nationwide web pages and phone lines), items that
 * came as bare ids, and the organisations of all of them.
 */
async function fetchFromApi(baseUrl: string, municipalityCodes: readonly string[], report: ImportReport, http: HttpOptions, since?: Date): Promise<MappedCatalogue> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const catalogue = emptyCatalogue();
  const add = (documents: PtvDocument[]) => mapDocuments(documents, report, catalogue);
  // PTV's `date` filter: items modified after it (UTC, without a zone).
  const changed = since ? `?date=${since.toISOString().slice(0, 19)}` : '';
  for (const code of municipalityCodes) {
    add(await getPages(`${base}Service/list/area/Municipality/code/${code}${changed}`, 'service', http));
    add(await getPages(`${base}ServiceChannel/list/area/Municipality/code/${code}${changed}`, 'channel', http));
  }
  const byGuids = async (path: string, ids: string[], listKind: PtvDocument['listKind']) => {
    for (let i = 0; i < ids.length; i += 50) {
      const url = `${base}${path}?guids=${ids.slice(i, i + 50).join(',')}`;
      add([{ source: url, json: await getJson(url, http), ...(listKind ? { listKind } : {}) }]);
    }
  };
  const references = catalogue.references.splice(0);
  await byGuids('Service/list', references.filter((r) => r.kind === 'service' && !catalogue.services.has(r.id)).map((r) => r.id), 'service');
  const linkedChannels = new Set([...catalogue.services.values()].flatMap((s) => s.channelIds));
  for (const r of references) if (r.kind === 'channel') linkedChannels.add(r.id);
  await byGuids('ServiceChannel/list', [...linkedChannels].filter((id) => !catalogue.channels.has(id)), 'channel');
  const organizationIds = new Set([...catalogue.services.values(), ...catalogue.channels.values()].map((e) => e.organizationId));
  for (const id of organizationIds) {
    if (catalogue.organizations.has(id)) continue;
    const url = `${base}Organization/${id}`;
    add([{ source: url, json: await getJson(url, http), listKind: 'organization' }]);
  }
  return catalogue;
}

async function runImport(prisma: PrismaClient, source: string, report: ImportReport, options: ImportOptions, read: () => Promise<MappedCatalogue>): Promise<ImportResult> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const counts: ImportCounts = { organizations: zero(), services: zero(), channels: zero(), classifications: 0, links: 0 };
  let catalogue: MappedCatalogue;
  try {
    catalogue = await read();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await prisma.catalogueImportRun.create({ data: { source, startedAt, finishedAt: now(), status: 'failed', counts: toJson(counts), skipped: toJson(report.list), error: message } });
    throw error;
  }
  const writer = new Writer(prisma, catalogue, report, counts, options);
  await writer.write();
  const skipped = report.list;
  const run = await prisma.catalogueImportRun.create({ data: { source, startedAt, finishedAt: now(), status: 'succeeded', counts: toJson(counts), skipped: toJson(skipped) } });
  // The run history is for curators' follow-up, not an archive: half a year is plenty.
  await prisma.catalogueImportRun.deleteMany({ where: { startedAt: { lt: new Date(startedAt.getTime() - runHistoryDays * 86_400_000) } } });
  options.log?.(summary(counts, skipped.length));
  return { runId: run.id, source, counts, skipped };
}

export function summary(counts: ImportCounts, skippedEntries: number): string {
  const line = (name: string, c: EntityCounts) => `${name}: ${c.created} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.removed} removed, ${c.skipped} skipped`;
  return [line('organisations', counts.organizations), line('services', counts.services), line('channels', counts.channels), `${counts.links} links, ${counts.classifications} classifications, ${skippedEntries} report entries`].join('\n');
}

/** JSON with sorted keys: jsonb stores keys in its own order. */
const sortedJson = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

const toJson = (value: unknown) => value as Prisma.InputJsonValue;

class Writer {
  private readonly batchSize: number;
  constructor(
    private readonly prisma: PrismaClient,
    private readonly catalogue: MappedCatalogue,
    private readonly report: ImportReport,
    private readonly counts: ImportCounts,
    private readonly options: ImportOptions,
  ) {
    this.batchSize = options.batchSize ?? 200;
  }

  async write(): Promise<void> {
    await this.classifications();
    await this.upsert('organizations', [...this.catalogue.organizations.values()], (tx) => tx.organization, organizationData);
    const knownOrganizations = await this.existingIds('organization', [...this.catalogue.services.values(), ...this.catalogue.channels.values()].map((e) => e.organizationId));
    const withOrganization = <T extends { id: string; organizationId: string }>(kind: 'service' | 'channel', entities: T[], count: EntityCounts) =>
      entities.filter((e) => {
        if (knownOrganizations.has(e.organizationId)) return true;
        this.report.add({ code: 'missing-organization', path: '$', kind, id: e.id, reason: `${kind} of an organisation not in the catalogue skipped` });
        count.skipped += 1;
        return false;
      });
    const channels = withOrganization('channel', [...this.catalogue.channels.values()], this.counts.channels);
    const services = withOrganization('service', [...this.catalogue.services.values()], this.counts.services);
    const changedChannels = await this.upsert('channels', channels, (tx) => tx.serviceChannel, channelData);
    const changedServices = await this.upsert('services', services, (tx) => tx.service, serviceData);
    await this.links(changedServices as CatalogueService[], changedChannels as CatalogueChannel[]);
    await this.removals();
  }

  private async classifications(): Promise<void> {
    const all = [...this.catalogue.classifications.values()];
    const existing = await this.prisma.serviceClassification.findMany({ select: { kind: true, code: true, name: true } });
    const byKey = new Map(existing.map((c) => [`${c.kind}:${c.code}`, c]));
    const fresh = all.filter((c) => !byKey.has(`${c.kind}:${c.code}`));
    const renamed = all.filter((c) => {
      const old = byKey.get(`${c.kind}:${c.code}`);
      return old && sortedJson(old.name) !== sortedJson(c.name) && Object.keys(c.name).length > 0;
    });
    const data = (c: (typeof all)[number]) => ({ kind: c.kind, code: c.code, name: c.name, uri: c.uri ?? null, parentUri: c.parentUri ?? null });
    if (fresh.length > 0) await this.prisma.serviceClassification.createMany({ data: fresh.map(data), skipDuplicates: true });
    for (const c of renamed) await this.prisma.serviceClassification.update({ where: { kind_code: { kind: c.kind, code: c.code } }, data: { name: c.name } });
    this.counts.classifications = fresh.length + renamed.length;
  }

  private async existingIds(model: 'organization', ids: string[]): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    const found = new Set<string>();
    for (let i = 0; i < unique.length; i += 1000) {
      const rows = await this.prisma[model].findMany({ where: { id: { in: unique.slice(i, i + 1000) } }, select: { id: true } });
      for (const row of rows) found.add(row.id);
    }
    return found;
  }

  /**
   * Creates new entities (createMany) and updates changed ones, batch by batch, each batch in
   * one transaction. Returns the entities written.
   */
  private async upsert<E extends { id: string; modified?: Date }, D extends { id: string }>(
    name: 'organizations' | 'services' | 'channels',
    entities: E[],
    // Prisma's delegates differ per model; the writer only needs these three methods.
    delegate: (tx: Prisma.TransactionClient | PrismaClient) => unknown,
    toData: (entity: E) => D,
  ): Promise<E[]> {
    const count = this.counts[name];
    const written: E[] = [];
    for (let i = 0; i < entities.length; i += this.batchSize) {
      const batch = entities.slice(i, i + this.batchSize);
      const d = delegate(this.prisma) as { findMany(args: unknown): Promise<{ id: string; sourceModifiedAt: Date | null }[]> };
      const existing = new Map((await d.findMany({ where: { id: { in: batch.map((e) => e.id) } }, select: { id: true, sourceModifiedAt: true } })).map((r) => [r.id, r.sourceModifiedAt]));
      const creates: D[] = [];
      const updates: D[] = [];
      for (const entity of batch) {
        if (!existing.has(entity.id)) creates.push(toData(entity));
        else {
          const stored = existing.get(entity.id);
          if (!this.options.full && stored && entity.modified && stored.getTime() >= entity.modified.getTime()) count.unchanged += 1;
          else updates.push(toData(entity));
        }
      }
      if (creates.length === 0 && updates.length === 0) continue;
      await this.prisma.$transaction(async (tx) => {
        const t = delegate(tx) as { createMany(args: unknown): Promise<unknown>; update(args: unknown): Promise<unknown> };
        if (creates.length > 0) await t.createMany({ data: creates });
        for (const { id, ...data } of updates) await t.update({ where: { id }, data });
      });
      count.created += creates.length;
      count.updated += updates.length;
      const changed = new Set([...creates, ...updates].map((d) => d.id));
      written.push(...batch.filter((e) => changed.has(e.id)));
    }
    return written;
  }

  /**
   * Links come from both sides in PTV (a service lists its channels, a channel its services). A
   * written service's links are replaced; a written channel's are added. Links to entities not in
   * the catalogue are left out.
   */
  private async links(services: CatalogueService[], channels: CatalogueChannel[]): Promise<void> {
    const pairs = new Map<string, { serviceId: string; channelId: string }>();
    for (const s of services) for (const channelId of s.channelIds) pairs.set(`${s.id}:${channelId}`, { serviceId: s.id, channelId });
    for (const c of channels) for (const serviceId of c.serviceIds) pairs.set(`${serviceId}:${c.id}`, { serviceId, channelId: c.id });
    const serviceIds = [...new Set([...pairs.values()].map((p) => p.serviceId))];
    const channelIds = [...new Set([...pairs.values()].map((p) => p.channelId))];
    const knownServices = new Set<string>();
    const knownChannels = new Set<string>();
    for (let i = 0; i < serviceIds.length; i += 1000)
      for (const r of await this.prisma.service.findMany({ where: { id: { in: serviceIds.slice(i, i + 1000) } }, select: { id: true } })) knownServices.add(r.id);
    for (let i = 0; i < channelIds.length; i += 1000)
      for (const r of await this.prisma.serviceChannel.findMany({ where: { id: { in: channelIds.slice(i, i + 1000) } }, select: { id: true } })) knownChannels.add(r.id);
    const valid = [...pairs.values()].filter((p) => {
      if (knownServices.has(p.serviceId) && knownChannels.has(p.channelId)) return true;
      this.report.add({ code: 'missing-link-target', path: '$', reason: 'link to a service or channel not in the catalogue left out', ...(knownServices.has(p.serviceId) ? { kind: 'channel' as const, id: p.channelId } : { kind: 'service' as const, id: p.serviceId }) });
      return false;
    });
    const written = services.map((s) => s.id);
    for (let i = 0; i < Math.max(written.length, valid.length); i += this.batchSize * 5) {
      await this.prisma.$transaction(async (tx) => {
        const replace = written.slice(i, i + this.batchSize * 5);
        if (replace.length > 0) await tx.serviceChannelLink.deleteMany({ where: { serviceId: { in: replace } } });
      });
    }
    for (let i = 0; i < valid.length; i += 5000) {
      await this.prisma.serviceChannelLink.createMany({ data: valid.slice(i, i + 5000), skipDuplicates: true });
    }
    this.counts.links = valid.length;
  }

  private async removals(): Promise<void> {
    const services = this.catalogue.removed.filter((r) => r.kind === 'service').map((r) => r.id);
    const channels = this.catalogue.removed.filter((r) => r.kind === 'channel').map((r) => r.id);
    await this.prisma.$transaction(async (tx) => {
      if (services.length > 0) this.counts.services.removed += (await tx.service.deleteMany({ where: { id: { in: services } } })).count;
      if (channels.length > 0) this.counts.channels.removed += (await tx.serviceChannel.deleteMany({ where: { id: { in: channels } } })).count;
    });
  }
}

/** Stored text: the languages the source has, nothing for the others. */
const text = (t: object) => t as Prisma.InputJsonValue;

function organizationData(o: CatalogueOrganization) {
  return {
    id: o.id,
    name: text(o.name),
    providerType: o.providerType,
    sourceType: o.sourceType ?? null,
    businessCode: o.businessCode ?? null,
    municipalityCode: o.municipalityCode ?? null,
    sourceModifiedAt: o.modified ?? null,
  };
}

function serviceData(s: CatalogueService) {
  return {
    id: s.id,
    name: text(s.name),
    summary: text(s.summary),
    description: text(s.description),
    userInstruction: text(s.userInstruction),
    organizationId: s.organizationId,
    areaType: s.areaType,
    municipalityCodes: s.municipalityCodes,
    targetGroups: s.targetGroups,
    serviceClasses: s.serviceClasses,
    lifeEvents: s.lifeEvents,
    ontologyTerms: s.ontologyTerms,
    serviceLanguages: s.languages,
    chargeType: s.chargeType ?? null,
    // Without a modification time the service is always rewritten (and never wrongly skipped).
    sourceModifiedAt: s.modified ?? new Date(0),
  };
}

function channelData(c: CatalogueChannel) {
  return {
    id: c.id,
    type: c.type,
    organizationId: c.organizationId,
    name: text(c.name),
    summary: text(c.summary),
    description: text(c.description),
    areaType: c.areaType,
    municipalityCodes: c.municipalityCodes,
    serviceLanguages: c.languages,
    address: c.address ? text(c.address) : Prisma.DbNull,
    latitude: c.latitude ?? null,
    longitude: c.longitude ?? null,
    phones: text(c.phones),
    emails: c.emails,
    webPages: text(c.webPages),
    openingHours: text(c.openingHours),
    accessibility: text(c.accessibility),
    sourceModifiedAt: c.modified ?? new Date(0),
  };
}

export { MalformedPtvError };
