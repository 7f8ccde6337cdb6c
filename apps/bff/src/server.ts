import { createServer, type RequestListener, type Server } from 'node:http';

export interface DrainableServer {
  server: Server;
  /** True from the first shutdown signal: /readyz answers 503 so the load balancer moves on. */
  isDraining(): boolean;
  /**
   * Stops taking connections, lets in-flight requests finish (closing idle keep-alive
   * connections at once), and after the grace period closes what is left. Resolves when closed.
   */
  drain(): Promise<void>;
}

export function createDrainableServer(app: RequestListener, graceSeconds: number): DrainableServer {
  const server = createServer(app);
  server.keepAliveTimeout = 65_000;
  let draining: Promise<void> | null = null;
  return {
    server,
    isDraining: () => draining !== null,
    drain() {
      draining ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceSeconds * 1000);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      return draining;
    },
  };
}
