/**
 * The queue's live events: a GraphQL subscription over server-sent events, read with `fetch`
 * streaming so the request carries the same CSRF header, language and persisted-operation id as
 * every other GraphQL request (EventSource cannot set headers). No client library: ~1 KB.
 */
import type { TypedDocument } from '@luotsi/graphql-client';

export interface LiveHandlers<T> {
  onEvent: (data: T) => void;
  /** The stream is (re)connected: anything sent while it was down must be read again. */
  onConnected: () => void;
  onDisconnected: () => void;
}

export type LiveSource = <T, V>(document: TypedDocument<T, V>, language: string, handlers: LiveHandlers<T>) => () => void;

/** Parses "event: next\ndata: {…}" blocks of a text/event-stream; returns the unfinished rest. */
export function parseEventStream(buffer: string, onMessage: (event: string, data: string) => void): string {
  const blocks = buffer.split(/\r?\n\r?\n/);
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) continue; // keep-alive comment
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0) onMessage(event, data.join('\n'));
  }
  return rest;
}

const maxDelayMs = 30_000;

/** Subscribes through the BFF and reconnects (1 s, 2 s, 4 s … 30 s) until stopped. */
export const sseSource: LiveSource = (document, language, handlers) => {
  const controller = new AbortController();
  let delay = 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const connect = async () => {
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-luotsi-csrf': '1', 'x-luotsi-language': language },
        body: JSON.stringify(
          document.persistedId
            ? { extensions: { persistedQuery: { version: 1, sha256Hash: document.persistedId } }, variables: {} }
            : { query: document.toString(), variables: {} },
        ),
        signal: controller.signal,
      });
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      handlers.onConnected();
      delay = 1000;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer = parseEventStream(buffer + value, (event, data) => {
          if (event !== 'next') return;
          const payload = JSON.parse(data) as { data?: unknown };
          if (payload.data) handlers.onEvent(payload.data as never);
        });
      }
    } catch {
      // Network error or refused: try again below.
    }
    if (controller.signal.aborted) return;
    handlers.onDisconnected();
    timer = setTimeout(() => void connect(), delay);
    delay = Math.min(delay * 2, maxDelayMs);
  };
  void connect();
  return () => {
    controller.abort();
    clearTimeout(timer);
  };
};
