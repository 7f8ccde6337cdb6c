import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { GraphqlClient, GraphqlProvider, GraphqlRequestError, useMutation, type TypedDocument } from './index';

const doc = 'query Hello { hello }' as unknown as TypedDocument<{ hello: string }, Record<string, never>>;

function respond(body: unknown, init: ResponseInit = {}) {
  return vi.fn(async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', 'x-request-id': 'req-12345678' }, ...init }));
}

describe('GraphqlClient', () => {
  it('sends the CSRF header and the reader language, and returns data', async () => {
    const fetch = respond({ data: { hello: 'moi' } });
    const client = new GraphqlClient({ language: () => 'sv', fetch });
    await expect(client.request(doc)).resolves.toEqual({ hello: 'moi' });
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({ 'x-luotsi-csrf': '1', 'x-luotsi-language': 'sv' });
    expect(JSON.parse(String(init.body))).toEqual({ query: 'query Hello { hello }', variables: {} });
  });

  it('turns an ended session into UNAUTHENTICATED and tells the shell', async () => {
    const onUnauthenticated = vi.fn();
    const client = new GraphqlClient({
      language: () => 'fi',
      fetch: respond({ errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] }),
      onUnauthenticated,
    });
    await expect(client.request(doc)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('keeps the request id of a masked server error for the user to quote', async () => {
    const client = new GraphqlClient({ language: () => 'fi', fetch: respond({ errors: [{ message: 'oops', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) });
    const error = await client.request(doc).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphqlRequestError);
    expect(error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-12345678' });
  });

  it('sends a production build’s persisted operation by its id only, never its text', async () => {
    const fetch = respond({ data: { hello: 'moi' } });
    const client = new GraphqlClient({ language: () => 'fi', fetch });
    const persisted = { persistedId: 'ab12' } as TypedDocument<{ hello: string }, { name: string }>;
    await client.request(persisted, { name: 'x' });
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab12' } }, variables: { name: 'x' } });
  });

  it('turns HTTP 429 and the BFF’s refusals into codes the UI can explain', async () => {
    const limited = new GraphqlClient({ language: () => 'fi', fetch: respond({ errors: [{ message: 'Too many', extensions: { code: 'RATE_LIMITED' } }] }, { status: 429 }) });
    await expect(limited.request(doc)).rejects.toMatchObject({ code: 'RATE_LIMITED', requestId: 'req-12345678' });
    for (const code of ['TIMEOUT', 'PERSISTED_QUERY_NOT_FOUND'] as const) {
      const client = new GraphqlClient({ language: () => 'fi', fetch: respond({ errors: [{ message: 'no', extensions: { code } }] }) });
      await expect(client.request(doc)).rejects.toMatchObject({ code });
    }
  });

  it('reports an unreachable service as a network error', async () => {
    const client = new GraphqlClient({ language: () => 'fi', fetch: vi.fn(async () => { throw new TypeError('Failed to fetch'); }) });
    await expect(client.request(doc)).rejects.toMatchObject({ code: 'NETWORK' });
  });
});

describe('useMutation', () => {
  it('sends one request for a double click', async () => {
    let release: () => void = () => undefined;
    const fetch = vi.fn(() => new Promise<Response>((resolve) => {
      release = () => resolve(new Response(JSON.stringify({ data: { hello: 'ok' } }), { headers: { 'content-type': 'application/json' } }));
    }));
    const client = new GraphqlClient({ language: () => 'fi', fetch });
    function Save() {
      const [run, state] = useMutation(doc);
      return <button type="button" onClick={() => void run({}).catch(() => undefined)}>{state.running ? 'saving' : state.data ? 'saved' : 'save'}</button>;
    }
    render(<GraphqlProvider client={client}><Save /></GraphqlProvider>);
    const button = screen.getByRole('button');
    act(() => { button.click(); button.click(); });
    expect(fetch).toHaveBeenCalledTimes(1);
    await act(async () => release());
    await waitFor(() => expect(button.textContent).toBe('saved'));
  });
});
