/**
 * Where PTV JSON comes from: files in a folder (recorded responses, the demo generator's output)
 * or the PTV open API over HTTP, with paging and retries.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MalformedPtvError } from '@luotsi/services-domain';

export interface PtvDocument {
  /** File path or URL, for the report. */
  source: string;
  json: unknown;
  /** What a list endpoint holds, for items that only name an entity. */
  listKind?: 'service' | 'channel' | 'organization';
}

/** Parses JSON; a syntax error names the file, line and column. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : syntaxErrorOffset(text);
    let where = '$';
    if (offset !== undefined) {
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      where = `$ (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
    }
    throw new MalformedPtvError(source, where, `not valid JSON: ${message}`);
  }
}

/**
 * Where JSON text first goes wrong (Node's messages do not always say): a small validating scan,
 * used only after JSON.parse has failed.
 */
export function syntaxErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail());
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return void literal('true');
    if (c === 'f') return void literal('false');
    if (c === 'n') return void literal('null');
    number();
  };
  try {
    value();
    space();
    return i < text.length ? i : undefined;
  } catch (offset) {
    return typeof offset === 'number' ? offset : undefined;
  }
}

/** Every *.json file under a folder (or the one file given), sorted for a repeatable order. */
export function readFolder(path: string): PtvDocument[] {
  const files: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name));
    else if (p.endsWith('.json')) files.push(p);
  };
  walk(path);
  const base = statSync(path).isDirectory() ? path : join(path, '..');
  return files.map((file) => ({ source: relative(base, file) || file, json: parseJson(readFileSync(file, 'utf8'), relative(base, file) || file) }));
}

export interface HttpOptions {
  /** Retries after the first attempt on 5xx, 429 and network errors (default 4). */
  retries?: number;
  /** First wait; doubles on each retry (default 1 s). */
  baseDelayMs?: number;
  /** Per request (default 60 s: PTV's large lists are slow). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  log?: (message: string) => void;
}

export class PtvHttpError extends Error {
  override name = 'PtvHttpError';
  constructor(
    readonly url: string,
    readonly status: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** GETs JSON with exponential backoff on server errors (PTV answers large lists with 504 now and then). */
export async function getJson(url: string, options: HttpOptions = {}): Promise<unknown> {
  const retries = options.retries ?? 4;
  const baseDelay = options.baseDelayMs ?? 1000;
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  let lastError: PtvHttpError | undefined;
  let retryAfterMs = 0;
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) {
      // Jitter keeps several instances from retrying in step; a server's Retry-After (capped) wins when longer.
      const delay = Math.max(baseDelay * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5), retryAfterMs);
      options.log?.(`${url}: ${lastError?.message}; retrying in ${Math.round(delay)} ms`);
      await sleep(delay);
    }
    let response: Response;
    try {
      response = await doFetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(options.timeoutMs ?? 60_000) });
    } catch (error) {
      lastError = new PtvHttpError(url, undefined, `network error: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (response.ok) return parseJson(await response.text(), url);
    lastError = new PtvHttpError(url, response.status, `HTTP ${response.status}`);
    const retryAfter = Number(response.headers.get('retry-after'));
    retryAfterMs = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter, 60) * 1000 : 0;
    await response.body?.cancel();
    if (response.status < 500 && response.status !== 429) throw lastError;
  }
  throw lastError ?? new PtvHttpError(url, undefined, 'no response');
}

/** Follows a paged list ({pageNumber, pageCount, itemList}) from page 1 to pageCount. */
export async function getPages(url: string, listKind: PtvDocument['listKind'], options: HttpOptions = {}): Promise<PtvDocument[]> {
  const pages: PtvDocument[] = [];
  for (let page = 1; ; page++) {
    const pageUrl = `${url}${url.includes('?') ? '&' : '?'}page=${page}`;
    const json = await getJson(pageUrl, options);
    pages.push({ source: pageUrl, json, ...(listKind ? { listKind } : {}) });
    const record = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
    const pageCount = typeof record['pageCount'] === 'number' ? record['pageCount'] : 0;
    const items = Array.isArray(record['itemList']) ? record['itemList'] : [];
    // PTV counts pages from 1 (older versions from 0): stop at the last page or an empty one.
    const pageNumber = typeof record['pageNumber'] === 'number' ? record['pageNumber'] : page;
    if (items.length === 0 || pageNumber >= pageCount || page >= pageCount || page > 10_000) break;
  }
  return pages;
}
