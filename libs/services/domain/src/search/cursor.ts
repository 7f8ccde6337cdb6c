/**
 * Opaque cursors for keyset pagination of search results. A cursor names the last hit of a page
 * by its sort key and id; the next page starts strictly after it in the (key, id) order, so pages
 * have neither duplicates nor gaps even when equal keys repeat. The sort is part of the cursor: a
 * cursor of one sort is refused by another rather than silently skipping results.
 */
export type SearchSort = 'relevance' | 'distance' | 'name';

export interface SearchCursor {
  sort: SearchSort;
  /** Relevance (descending), distance in km (ascending, null when unknown: last) or name key. */
  key: number | string | null;
  id: string;
}

const sorts: readonly SearchSort[] = ['relevance', 'distance', 'name'];
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeCursor(cursor: SearchCursor): string {
  return toBase64Url(JSON.stringify([cursor.sort, cursor.key, cursor.id]));
}

/** The cursor, or null when it is not one of ours (tampered, truncated, another sort). */
export function decodeCursor(value: string, expectedSort: SearchSort): SearchCursor | null {
  if (value.length > 500 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(value));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return null;
  const [sort, key, id] = parsed as unknown[];
  if (!sorts.includes(sort as SearchSort) || sort !== expectedSort) return null;
  if (typeof id !== 'string' || !uuid.test(id)) return null;
  const keyOk =
    sort === 'name' ? typeof key === 'string' && key.length <= 300
    : sort === 'distance' ? key === null || (typeof key === 'number' && Number.isFinite(key))
    : typeof key === 'number' && Number.isFinite(key);
  return keyOk ? { sort: sort as SearchSort, key: key as SearchCursor['key'], id } : null;
}
