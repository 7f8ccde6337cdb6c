import { createContext, useCallback, useContext, useEffect, useRef, useState, type Context, type ReactNode } from 'react';
import type { FieldError } from '@luotsi/validation';
import { GraphqlRequestError, type GraphqlClient, type TypedDocument } from './client';

/**
 * The client instance is a run-time singleton: the shell creates it and every remote reads the
 * same one through this context. The context object itself is kept on globalThis so that a remote
 * bundling its own copy of this small library still finds the shell's instance.
 */
const contextKey = Symbol.for('luotsi.graphql-client.context');
const globalStore = globalThis as unknown as Record<symbol, Context<GraphqlClient | null> | undefined>;
const ClientContext: Context<GraphqlClient | null> = (globalStore[contextKey] ??= createContext<GraphqlClient | null>(null));

export function GraphqlProvider({ client, children }: { client: GraphqlClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useGraphqlClient(): GraphqlClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useGraphqlClient needs a GraphqlProvider (the shell provides one)');
  return client;
}

export type QueryState<T> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'success'; data: T; error: undefined }
  | { status: 'error'; data: undefined; error: GraphqlRequestError };

function toError(error: unknown): GraphqlRequestError {
  return error instanceof GraphqlRequestError ? error : new GraphqlRequestError('INTERNAL_SERVER_ERROR', String(error));
}

/** Runs a query when mounted and whenever its variables change; stale responses are dropped. */
export function useQuery<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables?: TVariables,
): QueryState<TResult> & { refetch: () => void } {
  const client = useGraphqlClient();
  const [generation, setGeneration] = useState(0);
  const key = `${generation}|${JSON.stringify(variables ?? {})}`;
  // A result belongs to the request that produced it; until the current one answers, loading.
  const [result, setResult] = useState<{ key: string; document: unknown; state: QueryState<TResult> } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const variablesOfKey = JSON.parse(key.slice(key.indexOf('|') + 1)) as TVariables;
    client
      .request(document, variablesOfKey, { signal: controller.signal })
      .then((data) => setResult({ key, document, state: { status: 'success', data, error: undefined } }))
      .catch((error: unknown) => {
        if ((error as Error).name !== 'AbortError')
          setResult({ key, document, state: { status: 'error', data: undefined, error: toError(error) } });
      });
    return () => controller.abort();
  }, [client, document, key]);
  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  const state: QueryState<TResult> =
    result && result.key === key && result.document === document ? result.state : { status: 'loading', data: undefined, error: undefined };
  return { ...state, refetch };
}

export interface MutationState<T> {
  running: boolean;
  data: T | undefined;
  error: GraphqlRequestError | undefined;
  /**
   * The BFF's field errors of the last run (BAD_USER_INPUT), for the form to show next to its
   * fields: `fieldErrorsUnder(state.fieldErrors, ['input'])` when the fields are one `input`.
   */
  fieldErrors: readonly FieldError[];
}

/**
 * Runs a mutation on demand. While one is in flight a second call returns the same promise, so a
 * double click sends one request.
 */
export function useMutation<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
): [(variables: TVariables) => Promise<TResult>, MutationState<TResult>] {
  const client = useGraphqlClient();
  const inFlight = useRef<Promise<TResult> | null>(null);
  const [state, setState] = useState<MutationState<TResult>>({ running: false, data: undefined, error: undefined, fieldErrors: [] });
  const run = useCallback(
    (variables: TVariables) => {
      if (inFlight.current) return inFlight.current;
      setState({ running: true, data: undefined, error: undefined, fieldErrors: [] });
      const promise = client
        .request(document, variables)
        .then((data) => {
          setState({ running: false, data, error: undefined, fieldErrors: [] });
          return data;
        })
        .catch((error: unknown) => {
          const failure = toError(error);
          setState({ running: false, data: undefined, error: failure, fieldErrors: failure.fields });
          throw failure;
        })
        .finally(() => {
          inFlight.current = null;
        });
      inFlight.current = promise;
      return promise;
    },
    [client, document],
  );
  return [run, state];
}
