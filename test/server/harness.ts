/** Starting real classroom servers (child processes on 127.0.0.1) and driving them like the browser does. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { Client, type Room } from '@colyseus/sdk';
import type { CreateClassResponse } from '../../src/protocol';

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** A fresh temporary folder (removed by the caller). */
export function tempDir(prefix: string): string {
  return mkdtempSync(joinPath(tmpdir(), prefix));
}

export interface ServerProcess {
  port: number;
  base: string;
  proc: ChildProcess;
  output: () => string;
  /** SIGTERM, waiting (bounded) for the exit. */
  stop: () => Promise<void>;
  /** SIGKILL now. */
  kill: () => Promise<void>;
}

const STARTUP_MS = 90_000;
/** As `npm run classroom` starts it: Node 20 needs the WebSocket global that Colyseus's reconnection reads. */
export const SERVER_NODE_FLAGS = ['--experimental-websocket', '--disable-warning=ExperimentalWarning'];

/** Starts `src/server/main.ts` as a child process with `env`, resolved once it prints the join address. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const proc = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d) => {
    out += String(d);
  });
  proc.stderr?.on('data', (d) => {
    out += String(d);
  });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const endWithin = async (ms: number) => {
    await Promise.race([exited, new Promise((r) => setTimeout(r, ms))]);
  };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${STARTUP_MS} ms:\n${out}`)), STARTUP_MS);
    const check = () => {
      if (/Trainees join at: /.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    proc.stdout?.on('data', check);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before starting:\n${out}`));
    });
  });
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    proc,
    output: () => out,
    async stop() {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      await endWithin(15_000);
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
      await endWithin(5_000);
    },
    async kill() {
      proc.kill('SIGKILL');
      await endWithin(5_000);
    },
  };
}

/** POSTs JSON; the status and the parsed body. */
export async function post(url: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Creates a class from a scenario text. */
export async function createClass(base: string, scenario: string, seed?: number): Promise<CreateClassResponse> {
  const r = await post(`${base}/api/classes`, seed === undefined ? { scenario } : { scenario, seed });
  if (r.status !== 201) throw new Error(`create failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as unknown as CreateClassResponse;
}

/** A connected client that records every message it gets, in order. */
export interface Conn {
  room: Room;
  messages: { type: string; body: unknown; atMs: number }[];
  /** The last message of `type` (undefined if none). */
  last<T>(type: string): T | undefined;
  /** Waits (bounded) until `pred` holds for a message of `type` received after index `from`. */
  waitFor<T>(type: string, pred?: (body: T) => boolean, timeoutMs?: number, from?: number): Promise<T>;
}

/** Wraps a joined Colyseus room so its messages are recorded. */
export function record(room: Room): Conn {
  const messages: Conn['messages'] = [];
  const waiters = new Set<() => void>();
  room.onMessage('*', (type, body) => {
    messages.push({ type: String(type), body, atMs: Date.now() });
    for (const w of [...waiters]) w();
  });
  const find = <T>(type: string, pred: (b: T) => boolean, from: number) =>
    messages.slice(from).find((m) => m.type === type && pred(m.body as T))?.body as T | undefined;
  return {
    room,
    messages,
    last: <T>(type: string) => messages.filter((m) => m.type === type).at(-1)?.body as T | undefined,
    waitFor<T>(type: string, pred: (b: T) => boolean = () => true, timeoutMs = 20_000, from = 0): Promise<T> {
      return new Promise((resolve, reject) => {
        const done = () => {
          const hit = find(type, pred, from);
          if (hit === undefined) return;
          clearTimeout(timer);
          waiters.delete(done);
          resolve(hit);
        };
        const timer = setTimeout(() => {
          waiters.delete(done);
          reject(
            new Error(`no "${type}" message matching in ${timeoutMs} ms; got ${messages.map((m) => m.type).join(',')}`),
          );
        }, timeoutMs);
        waiters.add(done);
        done();
      });
    },
  };
}

/** Reserves a seat through the HTTP API and joins it with the Colyseus SDK. */
export async function join(base: string, code: string, options: Record<string, unknown>): Promise<Conn> {
  const r = await post(`${base}/api/classes/${code}/reservation`, options);
  if (r.status !== 200) throw new Error(`reservation ${r.status}: ${JSON.stringify(r.body)}`);
  const client = new Client(base);
  const room = await client.consumeSeatReservation(r.body as never);
  const conn = record(room);
  room.reconnection.enabled = false;
  return conn;
}

/** Leaves a room, waiting at most `ms` (a dropped connection may never answer). */
export async function leave(conn: Conn | undefined, ms = 3000): Promise<void> {
  if (!conn) return;
  await Promise.race([conn.room.leave(true).catch(() => 0), new Promise((r) => setTimeout(r, ms))]);
}

/** Removes a folder, ignoring a missing one. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
