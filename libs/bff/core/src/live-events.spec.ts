import { describe, expect, it } from 'vitest';
import { createLiveEvents } from './live-events';

describe('live events in memory', () => {
  it('deliver an event to the subscribers of its key only, from several keys in one stream', async () => {
    const live = createLiveEvents();
    const both = live.subscribe('queue', ['unit-a', 'unit-b']);
    const onlyC = live.subscribe('queue', ['unit-c']);
    // A stream listens from its first read on.
    const firstOfBoth = both.next();
    const firstOfC = onlyC.next();
    await new Promise((resolve) => setImmediate(resolve));
    live.publish('queue', 'unit-b', { id: 1 });
    live.publish('other-topic', 'unit-c', { id: 2 });
    live.publish('queue', 'unit-c', { id: 3 });
    expect((await firstOfBoth).value).toEqual({ id: 1 });
    expect((await firstOfC).value).toEqual({ id: 3 });
    await both.return?.(undefined);
    await onlyC.return?.(undefined);
  });

  it('give a subscriber without keys an open stream that ends when they leave', async () => {
    const live = createLiveEvents();
    const none = live.subscribe('queue', []);
    const next = none.next();
    live.publish('queue', 'unit-a', { id: 1 });
    await none.return?.(undefined);
    expect(await next).toEqual({ done: true, value: undefined });
  });
});
