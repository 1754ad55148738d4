/** Starts the classroom server: Colyseus (WebSocket transport) and express on one port, the store, scale-out. */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { type MatchMakerDriver, type Presence, Server } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { useStore } from './context';
import { mountRoutes } from './http';
import { MAX_FRAME_BYTES } from './limits';
import { CLASS_ROOM, restoreAll } from './restore';
import { ClassRoom } from './room';
import { openStore } from './storage/store';

export interface ClassroomOptions {
  port: number;
  host: string;
  dataDir: string;
  /** A PostgreSQL server instead of the embedded database. */
  databaseUrl?: string;
  /** Redis for presence and the room directory shared by several processes. */
  redisUrl?: string;
  /** How other processes' clients reach this one ("host:port"); default HOST:PORT. */
  publicAddress?: string;
  /** The built app to serve (null: API only). */
  distDir: string | null;
}

export interface RunningClassroom {
  port: number;
  /** Stops accepting, disposes the rooms (everything is already stored) and closes the store. */
  close(): Promise<void>;
}

/** Starts the classroom server and restores the classes left running. */
export async function startClassroom(o: ClassroomOptions): Promise<RunningClassroom> {
  const store = await openStore({ databaseUrl: o.databaseUrl, dataDir: o.dataDir });
  useStore(store);
  const scaleOut: { presence?: Presence; driver?: MatchMakerDriver } = o.redisUrl
    ? { presence: new RedisPresence(o.redisUrl), driver: new RedisDriver(o.redisUrl) }
    : {};
  const transport = new WebSocketTransport({ maxPayload: MAX_FRAME_BYTES });
  const server = new Server({
    transport,
    greet: false,
    gracefullyShutdown: false,
    publicAddress: o.publicAddress ?? (o.redisUrl ? `${o.host}:${o.port}` : undefined),
    ...scaleOut,
    express: (app) => mountRoutes(app, o.distDir && existsSync(o.distDir) ? o.distDir : null),
  });
  server.define(CLASS_ROOM, ClassRoom);
  await server.listen(o.port, o.host);
  await restoreAll();
  const address = transport.server?.address() as AddressInfo | null;
  return {
    port: address?.port ?? o.port,
    async close() {
      await server.gracefullyShutdown(false);
      await store.close();
      useStore(null);
    },
  };
}
