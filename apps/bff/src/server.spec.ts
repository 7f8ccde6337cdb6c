import { describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { createDrainableServer } from './server';

describe('draining on shutdown', () => {
  it('lets an in-flight request finish, refuses new connections, then closes', async () => {
    let release: () => void = () => undefined;
    const http = createDrainableServer((req, res) => {
      if (req.url === '/slow') release = () => res.end('done');
      else res.end('quick');
    }, 10);
    await new Promise<void>((r) => http.server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;

    const slow = fetch(`${base}/slow`).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 50));
    expect(http.isDraining()).toBe(false);
    const drained = http.drain();
    expect(http.isDraining()).toBe(true);
    expect(http.server.listening).toBe(false);
    release();
    expect(await slow).toBe('done');
    await drained;
    await expect(fetch(`${base}/quick`)).rejects.toThrow();
  });

  it('closes what is left after the grace period', async () => {
    const http = createDrainableServer(() => undefined /* never answers */, 0.2);
    await new Promise<void>((r) => http.server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;
    const hanging = fetch(`${base}/hang`).catch(() => 'closed');
    await new Promise((r) => setTimeout(r, 50));
    await http.drain();
    expect(await hanging).toBe('closed');
  });
});
