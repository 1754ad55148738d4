/**
 * Debian's redis-server and PostgreSQL for the scale-out test, started on 127.0.0.1 in temporary folders
 * and stopped afterwards (`.ci/run` installs the packages). SKYWATCH_TEST_REDIS_URL and
 * SKYWATCH_TEST_DATABASE_URL point the test at running services instead.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, removeDir, tempDir } from './harness';

export interface Service {
  url: string;
  stop: () => Promise<void>;
}

const MISSING = (what: string) =>
  `${what} is not installed: the scale-out test needs Debian's redis-server and postgresql (apt-get install redis-server postgresql; .ci/run does this)`;

/** Waits (bounded) until `ready()` is true. */
async function until(ready: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > end) throw new Error(`${what} did not start in ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function stopProcess(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return;
  const exited = new Promise((r) => p.once('exit', r));
  p.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
}

/** A redis-server on 127.0.0.1 with no persistence. */
export async function startRedis(): Promise<Service> {
  const given = process.env.SKYWATCH_TEST_REDIS_URL;
  if (given) return { url: given, stop: async () => {} };
  if (!existsSync('/usr/bin/redis-server')) throw new Error(MISSING('redis-server'));
  const port = await freePort();
  const dir = tempDir('skywatch-redis-');
  const p = spawn(
    '/usr/bin/redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  p.stdout?.on('data', (d) => {
    out += String(d);
  });
  await until(() => /Ready to accept connections/.test(out) || p.exitCode !== null, 'redis-server');
  if (p.exitCode !== null) throw new Error(`redis-server exited: ${out}`);
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await stopProcess(p);
      removeDir(dir);
    },
  };
}

/** The newest installed PostgreSQL's bin folder, or null. */
function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  const found = versions.map((v) => join(root, v, 'bin')).find((b) => existsSync(join(b, 'initdb')));
  return found ?? null;
}

/** A throwaway PostgreSQL cluster on 127.0.0.1 (trust auth, run as the postgres user when we are root). */
export async function startPostgres(): Promise<Service> {
  const given = process.env.SKYWATCH_TEST_DATABASE_URL;
  if (given) return { url: given, stop: async () => {} };
  const bin = postgresBin();
  if (!bin) throw new Error(MISSING('PostgreSQL'));
  const port = await freePort();
  const dir = tempDir('skywatch-pg-');
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) spawnSync('chown', ['postgres', dir]);
  const run = (cmd: string, args: string[]) =>
    (asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]) as [string, string[]];
  const init = spawnSync(...run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']), {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const p = spawn(
    ...run(join(bin, 'postgres'), [
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
    ]),
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  p.stderr?.on('data', (d) => {
    out += String(d);
  });
  await until(() => /ready to accept connections/.test(out) || p.exitCode !== null, 'postgres', 60_000);
  if (p.exitCode !== null) throw new Error(`postgres exited: ${out}`);
  const created = spawnSync(
    ...run(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'skywatch']),
    {
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  if (created.status !== 0) throw new Error(`createdb failed: ${created.stderr}`);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/skywatch`,
    async stop() {
      await stopProcess(p);
      removeDir(dir);
    },
  };
}
