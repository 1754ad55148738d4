/** A minimal LRS stand-in for the tests: records POSTed statements on 127.0.0.1 and can be told to fail. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LrsStub {
  endpoint: string;
  received: { headers: IncomingHttpHeaders; statements: Record<string, unknown>[] }[];
  failing: boolean;
  close: () => Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization, X-Experience-API-Version',
};

/**
 * Starts the stub on a free port; POST {endpoint}/statements answers 200 with the ids, or 503 while failing; a GET
 * of statements answers that it holds none (the real LRS in lrsServer.ts keeps them).
 */
export async function startLrsStub(): Promise<LrsStub> {
  const stub: LrsStub = { endpoint: '', received: [], failing: false, close: async () => {} };
  const server = createServer((req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      if (req.method === 'GET' && req.url?.startsWith('/xapi/statements?')) {
        res.writeHead(200, { ...CORS, 'Content-Type': 'application/json' }).end('{"statements":[],"more":""}');
        return;
      }
      if (req.method !== 'POST' || req.url !== '/xapi/statements') {
        res.writeHead(404, CORS).end();
        return;
      }
      if (stub.failing) {
        res.writeHead(503, 'Service Unavailable', CORS).end();
        return;
      }
      const statements = JSON.parse(body) as Record<string, unknown>[];
      stub.received.push({ headers: req.headers, statements });
      res
        .writeHead(200, { ...CORS, 'Content-Type': 'application/json' })
        .end(JSON.stringify(statements.map((s) => s.id)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stub.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/xapi`;
  stub.close = () => new Promise((resolve) => server.close(() => resolve()));
  return stub;
}
