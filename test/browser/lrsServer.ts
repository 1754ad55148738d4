/**
 * A real LRS for the tests: Learning Locker's xapi-statements (GPL, a dev dependency used only here) started as a
 * child process on 127.0.0.1 on a free port, statements kept in memory (no Mongo, no Redis; the "test" auth repo
 * accepts any Basic credentials), stopped by close().
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RealLrs {
  /** The xAPI endpoint ("http://127.0.0.1:PORT/xAPI"). */
  endpoint: string;
  /** Every statement the LRS stored for a registration (GET /statements?registration=…). */
  statementsOf: (registration: string) => Promise<Record<string, unknown>[]>;
  /** Every statement the LRS stored. */
  all: () => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
}

const AUTH = `Basic ${Buffer.from('key:secret').toString('base64')}`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`xapi-statements exited (${child.exitCode}): ${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`xapi-statements did not start: ${output()}`);
}

/** Starts xapi-statements in memory mode on loopback and resolves once it answers. */
export async function startRealLrs(): Promise<RealLrs> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'skywatch-lrs-'));
  const child = spawn(process.execPath, [resolve('node_modules/xapi-statements/dist/index.js')], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      EXPRESS_PORT: String(port),
      MODELS_REPO: 'memory',
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      STORAGE_REPO: 'local',
      FS_LOCAL_STORAGE_DIR: join(dir, 'attachments'),
      EXPRESS_MORGAN_DIRECTORY: join(dir, 'access-logs'),
      SERVICE_AWAIT_UPDATES: 'true',
      WINSTON_CONSOLE_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const root = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${root}/xAPI/about`, child, () => output);
  const get = async (query: string): Promise<Record<string, unknown>[]> => {
    const res = await fetch(`${root}/xAPI/statements?${query}`, {
      headers: { Authorization: AUTH, 'X-Experience-API-Version': '1.0.3' },
    });
    if (!res.ok) throw new Error(`LRS GET answered ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { statements: Record<string, unknown>[] }).statements;
  };
  return {
    endpoint: `${root}/xAPI`,
    statementsOf: (registration) => get(new URLSearchParams({ registration, limit: '0' }).toString()),
    all: () => get('limit=0'),
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
