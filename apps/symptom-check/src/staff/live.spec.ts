import { describe, expect, it } from 'vitest';
import { parseEventStream } from './live';

describe('parseEventStream', () => {
  it('reads complete events, skips keep-alive comments and keeps an unfinished one for the next chunk', () => {
    const seen: [string, string][] = [];
    const rest = parseEventStream(':\n\nevent: next\ndata: {"data":{"a":1}}\n\nevent: next\ndata: {"da', (e, d) => seen.push([e, d]));
    expect(seen).toEqual([['next', '{"data":{"a":1}}']]);
    parseEventStream(`${rest}ta":{"a":2}}\n\nevent: complete\ndata:\n\n`, (e, d) => seen.push([e, d]));
    expect(seen).toEqual([
      ['next', '{"data":{"a":1}}'],
      ['next', '{"data":{"a":2}}'],
      ['complete', ''],
    ]);
  });
});
