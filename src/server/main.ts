/**
 * `npm run classroom` (after the build): the classroom server on one machine.
 * PORT (default 2567), HOST (default 127.0.0.1), DATA_DIR (the embedded database's folder, default
 * ./classroom-data); DATABASE_URL (a PostgreSQL server instead), REDIS_URL (scale-out), PUBLIC_ADDRESS.
 * Prints the instructor's address and the trainees' join address, each on its own line.
 */
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startClassroom } from './app';

/** This machine's first LAN (non-loopback IPv4) address, for a server listening on every interface. */
function lanAddress(): string {
  const found = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal);
  return found?.address ?? 'THIS-MACHINE';
}

/** The addresses people open, for a server listening on host:port. */
function addresses(host: string, port: number): { instructor: string; join: string } {
  const shown = host === '0.0.0.0' || host === '::' ? lanAddress() : host.includes(':') ? `[${host}]` : host;
  const base = `http://${shown}:${port}/`;
  return { instructor: `${base}?classroom=instructor`, join: `${base}?join` };
}

async function main(): Promise<void> {
  if (!('WebSocket' in globalThis)) {
    throw new Error(
      'this Node has no global WebSocket, which Colyseus 0.18 reads when a seat reconnects: on Node 20 start with `node --experimental-websocket` (npm run classroom does)',
    );
  }
  const env = process.env;
  const port = Number(env.PORT ?? 2567);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, not "${env.PORT}"`);
  const host = env.HOST || '127.0.0.1';
  const running = await startClassroom({
    port,
    host,
    dataDir: env.DATA_DIR || './classroom-data',
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    publicAddress: env.PUBLIC_ADDRESS || undefined,
    distDir: fileURLToPath(new URL('../../dist/', import.meta.url)),
  });
  const a = addresses(host, running.port);
  process.stdout.write(
    `Skywatch classroom server (${env.DATABASE_URL ? 'PostgreSQL' : `embedded database in ${env.DATA_DIR || './classroom-data'}`}${env.REDIS_URL ? ', scale-out through Redis' : ''})\n`,
  );
  process.stdout.write(`Instructor: ${a.instructor}\n`);
  process.stdout.write(`Trainees join at: ${a.join}\n`);
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    running.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error('classroom: error while stopping:', e);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`classroom: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
