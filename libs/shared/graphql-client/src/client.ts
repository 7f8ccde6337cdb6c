// The codes only, not the zod-based rules: the client is on every page's first load.
import { parseFieldErrors, type FieldError } from '@luotsi/validation/field-error-wire';

/**
 * The one GraphQL client of the portal. Operations are typed documents generated from
 * apps/bff/schema.graphql (see codegen.ts); at run time a document is just its query string.
 * No GraphQL runtime is shipped to the browser.
 */
export interface TypedDocument<TResult, TVariables> {
  toString(): string;
  /**
   * Production builds replace a document by its persisted-operation id (the SHA-256 of its text,
   * see tools/vite/graphql-documents.ts): the text is not shipped, and the BFF runs only those.
   */
  readonly persistedId?: string;
  /** Phantom member carrying the types; generated documents declare it. */
  __apiType?: (variables: TVariables) => TResult;
}

export type ResultOf<D> = D extends TypedDocument<infer R, unknown> ? R : never;
export type VariablesOf<D> = D extends TypedDocument<unknown, infer V> ? V : never;

export type GraphqlErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'RATE_LIMITED'
  /** The BFF gave up on a slow operation. */
  | 'TIMEOUT'
  /** The page's code is older than the BFF's list of operations (a new version was deployed). */
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'NETWORK'
  | 'INTERNAL_SERVER_ERROR';

/** What went wrong, as a code the UI turns into a sentence in the reader's language. */
export class GraphqlRequestError extends Error {
  constructor(
    readonly code: GraphqlErrorCode,
    message: string,
    readonly requestId?: string,
    /** With BAD_USER_INPUT: which fields were wrong, as stable codes (see @luotsi/validation). */
    readonly fields: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'GraphqlRequestError';
  }
}

export const csrfHeader = 'x-luotsi-csrf';

export interface GraphqlClientOptions {
  endpoint?: string;
  /** The reader's language, sent with every request so the BFF picks localized content. */
  language: () => string;
  fetch?: typeof fetch;
  /** Told when the BFF says the session has ended, so the shell can offer sign-in again. */
  onUnauthenticated?: () => void;
}

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; requestId?: string; fields?: unknown } }[];
}

const knownCodes = new Set<GraphqlErrorCode>([
  'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'RATE_LIMITED', 'TIMEOUT', 'PERSISTED_QUERY_NOT_FOUND',
]);

export class GraphqlClient {
  private readonly endpoint: string;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: GraphqlClientOptions) {
    this.endpoint = options.endpoint ?? '/graphql';
    this.fetchImpl = options.fetch ?? ((...args) => globalThis.fetch(...args));
  }

  async request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables?: TVariables,
    init?: { signal?: AbortSignal },
  ): Promise<TResult> {
    let response: Response;
    try {
      response = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          [csrfHeader]: '1',
          'x-luotsi-language': this.options.language(),
        },
        body: JSON.stringify(
          document.persistedId
            ? { extensions: { persistedQuery: { version: 1, sha256Hash: document.persistedId } }, variables: variables ?? {} }
            : { query: document.toString(), variables: variables ?? {} },
        ),
        signal: init?.signal,
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new GraphqlRequestError('NETWORK', 'The service could not be reached.');
    }
    const requestId = response.headers.get('x-request-id') ?? undefined;
    if (response.status === 429) throw new GraphqlRequestError('RATE_LIMITED', 'Too many requests.', requestId);
    let body: GraphqlResponse<TResult>;
    try {
      body = (await response.json()) as GraphqlResponse<TResult>;
    } catch {
      throw new GraphqlRequestError('INTERNAL_SERVER_ERROR', `Unexpected response (HTTP ${response.status}).`, requestId);
    }
    const first = body.errors?.[0];
    if (first) {
      const code = (first.extensions?.code ?? 'INTERNAL_SERVER_ERROR') as GraphqlErrorCode;
      const known = knownCodes.has(code) ? code : 'INTERNAL_SERVER_ERROR';
      if (known === 'UNAUTHENTICATED') this.options.onUnauthenticated?.();
      const fields = known === 'BAD_USER_INPUT' ? parseFieldErrors(first.extensions?.fields) : [];
      throw new GraphqlRequestError(known, first.message, first.extensions?.requestId ?? requestId, fields);
    }
    if (!body.data) throw new GraphqlRequestError('INTERNAL_SERVER_ERROR', 'The response had no data.', requestId);
    return body.data;
  }
}
