/** The classroom's HTTP API on the Colyseus port: create a class, reserve a seat, read the results. */
import { matchMaker } from '@colyseus/core';
import express from 'express';
import {
  type ClassResults,
  type CreateClassResponse,
  codeSchema,
  createClassSchema,
  type ErrorReason,
  type ErrorResponse,
  endedClassText,
  joinOptionsSchema,
  MAX_SCENARIO_BYTES,
  unknownClassText,
} from '../protocol';
import { formatProblem, parseScenario } from '../scenario';
import { hashScenario } from '../scenario/hash';
import { scoreRun } from '../scoring';
import { store } from './context';
import { ensureRoom } from './restore';
import { hashSecret, newCode, newSecret, secretMatches } from './secrets';

type Res = express.Response;
const fail = (res: Res, status: number, error: string, reason: ErrorReason) =>
  res.status(status).json({ error, reason } satisfies ErrorResponse);

/** The class for `:code`, or an answer already sent (400 bad code, 404 unknown). */
async function classFor(raw: string, res: Res) {
  const code = codeSchema.safeParse(raw);
  if (!code.success) {
    fail(res, 400, 'A class code is 6 letters and digits — check the code with your instructor.', 'bad-code');
    return null;
  }
  const record = await store().getClass(code.data);
  if (!record) fail(res, 404, unknownClassText(code.data), 'unknown-class');
  return record;
}

async function create(req: express.Request, res: Res): Promise<void> {
  const body = createClassSchema.safeParse(req.body);
  if (!body.success) {
    fail(res, 400, body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '), 'bad-body');
    return;
  }
  const parsed = parseScenario(body.data.scenario);
  if (!parsed.ok) {
    res.status(400).json({ problems: parsed.error.map((p) => formatProblem('scenario', p)) });
    return;
  }
  const key = newSecret();
  let code = newCode();
  while (await store().getClass(code)) code = newCode();
  await store().createClass({
    code,
    keyHash: hashSecret(key),
    scenarioText: body.data.scenario,
    scenarioHash: hashScenario(body.data.scenario),
    seed: body.data.seed ?? parsed.value.seed,
  });
  await ensureRoom(code);
  const out: CreateClassResponse = { code, key };
  res.status(201).json(out);
}

async function reserve(req: express.Request, res: Res): Promise<void> {
  const record = await classFor(String(req.params.code), res);
  if (!record) return;
  if (record.phase === 'ended') return void fail(res, 410, endedClassText(record.code), 'ended-class');
  const options = joinOptionsSchema.safeParse(req.body);
  if (!options.success) return void fail(res, 400, options.error.issues.map((i) => i.message).join('; '), 'bad-join');
  if (options.data.role === 'instructor' && !secretMatches(options.data.key, record.keyHash)) {
    return void fail(res, 401, 'Wrong instructor key for this class.', 'wrong-key');
  }
  await ensureRoom(record.code);
  try {
    res.json(await matchMaker.joinById(record.code, options.data));
  } catch (e) {
    fail(
      res,
      503,
      `Could not reserve a seat in class ${record.code}: ${e instanceof Error ? e.message : String(e)}`,
      'no-seat',
    );
  }
}

async function results(req: express.Request, res: Res): Promise<void> {
  const record = await classFor(String(req.params.code), res);
  if (!record) return;
  const key = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
  if (!key || !secretMatches(key, record.keyHash))
    return void fail(res, 401, 'Wrong instructor key for this class.', 'wrong-key');
  const parsed = parseScenario(record.scenarioText);
  if (!parsed.ok) return void fail(res, 500, 'The class scenario no longer parses.', 'broken-scenario');
  const [seats, actions] = await Promise.all([store().seats(record.code), store().actions(record.code)]);
  const out: ClassResults = {
    code: record.code,
    scenarioText: record.scenarioText,
    seed: record.seed,
    phase: record.phase,
    seats: seats.map((s) => {
      const run = {
        scenario: parsed.value.id,
        scenarioHash: record.scenarioHash,
        seed: record.seed,
        actions: actions.get(s.seatId) ?? [],
      };
      return { seatId: s.seatId, name: s.name, run, card: scoreRun(parsed.value, run).card };
    }),
  };
  res.json(out);
}

/** Wraps an async handler so a thrown error answers 500 instead of hanging the request. */
const safe =
  (fn: (req: express.Request, res: Res) => Promise<void>) =>
  (req: express.Request, res: Res): void => {
    fn(req, res).catch((e: unknown) => {
      console.error('classroom http:', e);
      if (!res.headersSent) fail(res, 500, 'The classroom server failed on this request.', 'server-failed');
    });
  };

/** Mounts the API (JSON bodies bounded) and, when given, the built app from `distDir`. */
export function mountRoutes(app: express.Application, distDir: string | null): void {
  const json = express.json({ limit: MAX_SCENARIO_BYTES * 2 });
  app.post('/api/classes', json, safe(create));
  app.post('/api/classes/:code/reservation', json, safe(reserve));
  app.get('/api/classes/:code/results', safe(results));
  app.use('/api', (_req, res) => void fail(res, 404, 'No such classroom API.', 'no-api'));
  if (distDir) app.use(express.static(distDir));
  app.use((err: unknown, _req: express.Request, res: Res, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const status = typeof err === 'object' && err && 'status' in err ? Number(err.status) : 500;
    const code = status >= 400 && status < 600 ? status : 500;
    if (status === 413) fail(res, code, 'Request too large.', 'too-large');
    else fail(res, code, 'Bad request.', 'bad-request');
  });
}
