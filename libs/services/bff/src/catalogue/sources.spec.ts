import { describe, expect, it } from 'vitest';
import { MalformedPtvError } from '@luotsi/services-domain';
import { getJson, parseJson, PtvHttpError, syntaxErrorOffset } from './sources';

/** A fetch that answers from a script, one step per call. */
function scripted(steps: (() => Response)[]) {
  const calls: string[] = [];
  const fetch = (async (url: string) => {
    calls.push(url);
    const step = steps.shift();
    if (!step) throw new Error('no more steps');
    return step();
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) => () => new Response(JSON.stringify(body), { status, headers });
const networkError = () => {
  throw new TypeError('fetch failed');
};

describe('fetching from the PTV API', () => {
  it('retries server errors and network errors, waiting twice as long each time', async () => {
    const waits: number[] = [];
    const { fetch, calls } = scripted([json({}, 504), networkError, json({}, 502), json({ id: 'x' })]);
    const result = await getJson('http://ptv.test/api/v11/Service/list', { fetch, sleep: async (ms) => void waits.push(ms), baseDelayMs: 1000 });
    expect(result).toEqual({ id: 'x' });
    expect(calls).toHaveLength(4);
    // 1 s, 2 s, 4 s, each with ±25 % jitter.
    expect(waits).toHaveLength(3);
    waits.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(750 * 2 ** i);
      expect(ms).toBeLessThanOrEqual(1250 * 2 ** i);
    });
  });

  it('waits as long as the server asks when it says so', async () => {
    const waits: number[] = [];
    const { fetch } = scripted([json({}, 429, { 'retry-after': '30' }), json([])]);
    await getJson('http://ptv.test/x', { fetch, sleep: async (ms) => void waits.push(ms), baseDelayMs: 1000 });
    expect(waits).toEqual([30_000]);
  });

  it('does not retry a client error, and gives up after its retries', async () => {
    const sleep = async () => undefined;
    const notFound = scripted([json({}, 404)]);
    await expect(getJson('http://ptv.test/missing', { fetch: notFound.fetch, sleep })).rejects.toThrow(PtvHttpError);
    expect(notFound.calls).toHaveLength(1);
    const down = scripted([networkError, networkError, networkError]);
    await expect(getJson('http://ptv.test/down', { fetch: down.fetch, sleep, retries: 2 })).rejects.toThrow('network error: fetch failed');
    expect(down.calls).toHaveLength(3);
  });

  it('reports a response that is not JSON with its URL', async () => {
    const { fetch } = scripted([() => new Response('<html>Service Unavailable</html>', { status: 200 })]);
    await expect(getJson('http://ptv.test/html', { fetch })).rejects.toThrow(MalformedPtvError);
  });
});

describe('JSON syntax errors', () => {
  it('are placed at their line and column', () => {
    expect(() => parseJson('{\n  "a": 1,\n  "b": [1, 2,]\n}', 'x.json')).toThrow(/^x\.json at \$ \(line 3, column \d+\): not valid JSON/);
    expect(syntaxErrorOffset('{"a": tru}')).toBe(6);
    expect(syntaxErrorOffset('[1, 2] 3')).toBe(7);
    expect(syntaxErrorOffset('{"a": "b"}')).toBeUndefined();
  });
});
