/** The classroom server for browser tests: `src/server/main.ts` as `npm run classroom` runs it, on 127.0.0.1:0. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVER_NODE_FLAGS } from '../server/harness';

export interface ClassServer {
  /** The server's address, "http://127.0.0.1:PORT". */
  base: string;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and removes its data folder. */
  stop: () => Promise<void>;
}

/** Starts a classroom server with its own data folder and resolves once it prints the instructor's address. */
export async function startClassServer(name: string): Promise<ClassServer> {
  const dataDir = mkdtempSync(join(tmpdir(), `skywatch-${name}-`));
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /Instructor: (http:\/\/[^/\s]+)\//.exec(out);
      if (m) resolve(m[1]);
    });
    child.stderr?.on('data', (b: Buffer) => {
      out += b.toString();
    });
    child.on('exit', (code) => reject(new Error(`the classroom server stopped (${code}): ${out}`)));
  }).catch(async (e) => {
    await stop();
    throw e;
  });
  return { base, stop };
}
