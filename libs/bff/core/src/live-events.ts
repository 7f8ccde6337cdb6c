/**
 * Live events for GraphQL subscriptions (docs/adr/0008-live-updates-sse-redis.md).
 *
 * One instance: an in-memory event target. Several instances behind a load balancer: Redis
 * pub/sub, so an event published by the instance that handled a mutation reaches the subscribers
 * of every instance. Redis needs two connections: one in subscriber mode cannot publish.
 *
 * Payloads carry ids and codes only, never personal data: Redis is not a place for client data,
 * and a subscriber reads the data itself through the authorised, access-logged queries.
 */
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, Repeater, type PubSub } from 'graphql-yoga';
import type { Redis } from 'ioredis';

export type LivePayload = Readonly<Record<string, string | number | boolean | null>>;

type Topics = Record<string, [key: string, payload: LivePayload]>;

export interface LiveEvents {
  /** 'redis' when events cross instances, 'memory' within this process only. */
  readonly transport: 'redis' | 'memory';
  /** Publishes to the subscribers of `topic` for `key` (e.g. a unit id), on every instance. */
  publish(topic: string, key: string, payload: LivePayload): void;
  /** The events of `topic` for any of `keys`, until the consumer stops (client disconnects). */
  subscribe(topic: string, keys: readonly string[]): AsyncIterableIterator<LivePayload>;
  /** Closes the Redis connections (not the ones given by the caller's own client). */
  close(): Promise<void>;
}

export interface LiveEventsOptions {
  /**
   * Two connections for Redis pub/sub (publishing, and a dedicated subscriber), or null for
   * memory. Both are closed by `close()`.
   */
  redis?: { publish: Redis; subscribe: Redis } | null;
  /** Namespace of the channels: environments (or test runs) sharing a Redis stay apart. */
  channelPrefix?: string;
  /** Told when Redis fails a command (the event is lost; pages read the queue again on reconnect). */
  onError?: (error: unknown) => void;
}

/**
 * The Redis event target fires its commands without awaiting them: a Redis outage would surface
 * as unhandled rejections, which end a Node process. This client catches and reports them.
 */
function reporting(client: Redis, onError: (error: unknown) => void): Redis {
  client.on('error', onError);
  const wrapper = {
    on: (event: string, listener: (...args: unknown[]) => void) => {
      client.on(event, listener);
      return wrapper;
    },
    subscribe: (...channels: string[]) => client.subscribe(...channels).catch(onError),
    unsubscribe: (...channels: string[]) => client.unsubscribe(...channels).catch(onError),
    publish: (channel: string, message: string) => client.publish(channel, message).catch(onError),
  };
  return wrapper as unknown as Redis;
}

export function createLiveEvents(options: LiveEventsOptions = {}): LiveEvents {
  const prefix = options.channelPrefix ?? 'luotsi:live';
  const redis = options.redis ?? null;
  const onError = options.onError ?? (() => undefined);
  const pubsub: PubSub<Topics> = createPubSub<Topics>(
    redis
      ? { eventTarget: createRedisEventTarget({ publishClient: reporting(redis.publish, onError), subscribeClient: reporting(redis.subscribe, onError) }) }
      : {},
  );
  const channel = (topic: string) => `${prefix}:${topic}`;
  return {
    transport: redis ? 'redis' : 'memory',
    publish: (topic, key, payload) => pubsub.publish(channel(topic), key, payload),
    subscribe: (topic, keys) => {
      const unique = [...new Set(keys)];
      // No key (a professional without units): an open stream that never yields.
      if (unique.length === 0) return new Repeater<LivePayload>(async (_push, stop) => void (await stop));
      const streams = unique.map((key) => pubsub.subscribe(channel(topic), key));
      return streams.length === 1 ? streams[0]! : Repeater.merge(streams);
    },
    close: async () => {
      if (redis) await Promise.allSettled([redis.publish.quit(), redis.subscribe.quit()]);
    },
  };
}
