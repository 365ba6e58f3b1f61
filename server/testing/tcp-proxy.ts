import { createServer, type Socket, connect as tcpConnect } from 'node:net';

export type TcpProxy = {
  port: number;
  /** The database "goes away": every open connection is reset and new ones are refused. */
  cut(): Promise<void>;
  /** The database is back on the same address. */
  restore(): Promise<void>;
  close(): Promise<void>;
};

/**
 * A TCP relay on 127.0.0.1 in front of a database, so a test can take the database away from a
 * server for a moment — as a failover or a restart looks to it — without touching the database
 * server other tests use.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = tcpConnect(target.port, target.host);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of open) socket.resetAndDestroy();
    });
  await listen(0);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    cut: stop,
    restore: () => listen(port),
    close: () => (server.listening ? stop() : Promise.resolve()),
  };
}
