/** What an import left out, and why: kept for the curators next to the run's counts. */
export type EntityKind = 'organization' | 'service' | 'channel';

/** Why something was skipped, for a curators' view that words it in each language. */
export const skipCodes = [
  'unknown-field', // a field this importer does not know: ignored
  'missing-id', // no id, or not a UUID: the entity is skipped
  'missing-name', // no name in any language: the entity is skipped
  'missing-organization', // no (known) organisation: the entity is skipped
  'unknown-type', // an organisation, channel, opening-hours or charge type not known
  'unreadable-value', // a value in the wrong form (time, date, URL, code): left out
  'personal-data', // an employee's phone number or e-mail address: left out
  'outside-finland', // coordinates that are not in Finland: left out
  'not-an-entity', // a document or item that is not a service, channel or organisation
  'missing-link-target', // a link to an entity not in the catalogue: left out
] as const;
export type SkipCode = (typeof skipCodes)[number];

export interface SkipEntry {
  code: SkipCode;
  /** The file or URL the data came from. */
  file?: string;
  /** JSON path inside it, e.g. "$.itemList[3].serviceNames". */
  path: string;
  kind?: EntityKind;
  /** PTV id of the entity concerned, when it has one. */
  id?: string;
  reason: string;
  /** How many times the same thing was skipped (one entry per file, path pattern and reason). */
  count: number;
}

/**
 * Collects skips. The same field skipped in every item of a page is one entry with a count, so a
 * 50 000-service import does not give a 50 000-line report. Never holds field values: personal
 * contact data left out is reported by its place only.
 */
export class ImportReport {
  private readonly entries = new Map<string, SkipEntry>();

  add(entry: Omit<SkipEntry, 'count'>): void {
    // Item indexes are folded into [*] so repeated skips of one field aggregate; an entity's own skip keeps its id.
    const path = entry.path.replace(/\[\d+\]/g, '[*]');
    const key = `${entry.code}\u0000${entry.file ?? ''}\u0000${path}\u0000${entry.reason}\u0000${entry.id ?? ''}`;
    const existing = this.entries.get(key);
    if (existing) existing.count += 1;
    else this.entries.set(key, { ...entry, path: entry.id ? entry.path : path, count: 1 });
  }

  get list(): SkipEntry[] {
    return [...this.entries.values()];
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A file that is not what it claims to be: the whole import stops, nothing is written. */
export class MalformedPtvError extends Error {
  override name = 'MalformedPtvError';
  constructor(
    readonly file: string | undefined,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${file ?? '(input)'} at ${path}: ${reason}`);
  }
}
